import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike } from '../../core/scope-sql';

export interface ParticipationInput {
  rootPath: string;
  rootIds: number;
  /** First day of the window and the day after it. */
  start: string;
  endExclusive: string;
}

/**
 * Memberships (dated) at nodes of the subtree overlapping the window: a person's attendance and study
 * count where they were a member on the day (transfers split them), whoever held the meeting.
 */
const membershipsCte = (f: ParticipationInput, personFilter: SQL = sql``) => sql`
  mem as (
    select m.person_id, o.path, greatest(m.start_on, ${f.start}::date) as since,
      least(coalesce(m.end_on, ${f.endExclusive}::date), ${f.endExclusive}::date) as until
    from memberships m join orgs o on o.id = m.org_id
    where o.path like ${escapeLike(f.rootPath) + '%'} and m.start_on < ${f.endExclusive}::date
      and (m.end_on is null or m.end_on > ${f.start}::date) ${personFilter}),
  facts as (
    select mem.path, a.person_id, 1 as listed, (a.attendance = 'present')::int as present,
      (a.attendance = 'excused')::int as excused, (a.attendance = 'absent')::int as absent,
      case when a.attendance = 'present' then coalesce(r.study_hours, 0) else 0 end as hours
    from mem
    join record_attendees a on a.person_id = mem.person_id and a.held_on >= mem.since and a.held_on < mem.until
    join records r on r.id = a.record_id and r.status = 'held'
    union all
    select mem.path, s.person_id, 0, 0, 0, 0, s.hours
    from mem join study_records s on s.person_id = mem.person_id and s.studied_on >= mem.since and s.studied_on < mem.until)`;

export interface ParticipationFigureRow {
  childId: number | null;
  isTotal: boolean;
  people: number;
  listed: number;
  present: number;
  excused: number;
  absent: number;
  studyHours: number;
}

const sums = sql`count(distinct person_id) filter (where listed = 1)::int as people, coalesce(sum(listed), 0)::int as listed,
  coalesce(sum(present), 0)::int as present, coalesce(sum(excused), 0)::int as excused, coalesce(sum(absent), 0)::int as absent,
  coalesce(sum(hours), 0)::float8 as "studyHours"`;

/** Participation per child of the viewed node and in total, in one statement. */
export function participationFigures(db: Executor, f: ParticipationInput) {
  return rowsOf<ParticipationFigureRow>(
    db,
    sql`
    with ${membershipsCte(f)},
    keyed as (select nullif(split_part(path, '/', ${f.rootIds + 2}), '')::bigint as child_id, * from facts)
    select child_id as "childId", grouping(child_id) = 1 as "isTotal", ${sums}
    from keyed group by grouping sets ((child_id), ())`,
  );
}

/** People with a membership in the subtree during the window: one page, ordered by name (pinyin). */
export async function participationPeoplePage(db: Executor, f: ParticipationInput, desc: boolean, limit: number, offset: number) {
  const members = sql`
    select distinct m.person_id from memberships m join orgs o on o.id = m.org_id
    where o.path like ${escapeLike(f.rootPath) + '%'} and m.start_on < ${f.endExclusive}::date
      and (m.end_on is null or m.end_on > ${f.start}::date)`;
  const order = desc ? sql`p.name_pinyin desc, p.id desc` : sql`p.name_pinyin, p.id`;
  const [rows, [count]] = await Promise.all([
    rowsOf<{ id: number; name: string; partyStatus: string }>(
      db,
      sql`
      select p.id, p.name, p.party_status as "partyStatus" from people p where p.id in (${members})
      order by ${order} limit ${limit} offset ${offset}`,
    ),
    rowsOf<{ n: number }>(db, sql`select count(*)::int as n from (${members}) x`),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** The figures of the given people while members of the subtree. */
export function participationOfPeople(db: Executor, f: ParticipationInput, personIds: number[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return rowsOf<Omit<ParticipationFigureRow, 'childId' | 'isTotal'> & { personId: number }>(
    db,
    sql`
    with ${membershipsCte(f, sql`and m.person_id = any(${sql.param(personIds)}::bigint[])`)}
    select person_id as "personId", ${sums} from facts group by person_id`,
  );
}
