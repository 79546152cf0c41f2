import { sql } from 'drizzle-orm';
import { MEMBER_STATUSES } from '@xianfeng/shared/domain';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike } from '../../core/scope-sql';
import { type FigureRow, type FiguresInput, periodsCte, rollup, statusCase } from './compliance.queries';

/**
 * Member rules ("each member attends kind K ≥ N times per period"), counted per member of the subtree's
 * current roster, in one statement: expected in a period when in the organisation since its start (first
 * membership); exempt when a node above the member's is exempted for the period.
 */
export function memberFigures(db: Executor, f: FiguresInput) {
  const prefix = escapeLike(f.rootPath) + '%';
  return rowsOf<FigureRow>(
    db,
    sql`
    with ${periodsCte(f.periods)},
    mrules as (
      select r.id, r.kind, r.period, r.min_count, o.path as owner_path
      from frequency_rules r join orgs o on o.id = r.owner_org_id
      where r.active and r.org_type = 'member' and (${f.rootPath} like o.path || '%' or o.path like ${prefix})),
    members as (
      select p.id as person_id, p.org_path as path, (select min(m.start_on) from memberships m where m.person_id = p.id) as since
      from people p where p.org_path like ${prefix} and p.party_status = any(${sql.param([...MEMBER_STATUSES])}::text[])),
    member_rules as (
      select mb.person_id, mb.path, mb.since, r.kind, r.period, max(r.min_count) as min_count
      from members mb join mrules r on mb.path like r.owner_path || '%'
      group by mb.person_id, mb.path, mb.since, r.kind, r.period),
    attended as (
      select a.person_id, rec.kind, p.period, p.start, count(*)::int as n
      from members mb
      join record_attendees a on a.person_id = mb.person_id and a.attendance = 'present'
        and a.held_on >= ${f.spanStart}::date and a.held_on < ${f.spanEnd}::date
      join records rec on rec.id = a.record_id and rec.status = 'held' and rec.kind in (select kind from mrules)
      join periods p on a.held_on >= p.start and a.held_on < p.end_excl
      group by a.person_id, rec.kind, p.period, p.start),
    evaluated as (
      select mr.person_id, mr.path, mr.kind, mr.period, coalesce(at.n, 0) as held,
        ${statusCase(
          sql`coalesce(at.n, 0)`,
          sql`mr.min_count`,
          sql`(mr.since is null or mr.since > p.start)`,
          sql`exists (select 1 from rule_exemptions e join frequency_rules er on er.id = e.rule_id join orgs eo on eo.id = e.org_id
            where er.kind = mr.kind and er.org_type = 'member' and er.period = mr.period and e.period_start = p.start
              and mr.path like eo.path || '%')`,
          f.today,
        )} as status
      from member_rules mr join periods p on p.period = mr.period
      left join attended at on at.person_id = mr.person_id and at.kind = mr.kind and at.period = p.period and at.start = p.start),
    node_slot as (
      select person_id as org_id, nullif(split_part(path, '/', ${f.rootIds + 2}), '')::bigint as child_id, kind || '|member|' || period as slot,
        bool_or(status <> 'not_expected') as expected, bool_and(status <> 'missed') as ok,
        count(*) filter (where status in ('met', 'exempt', 'missed'))::int as due,
        count(*) filter (where status in ('met', 'exempt'))::int as met,
        sum(held)::int as held, 0 as on_time
      from evaluated group by person_id, path, kind, period),
    ${rollup}`,
  );
}
