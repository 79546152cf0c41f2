// SQL of who is on a record: the roll (members of the node or its subtree on a day), attendees, guests.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike } from '../../core/scope-sql';
import { pinyinTerm } from '../people';
import { people } from '../people/people.schema';
import { recordAttendees, recordGuests } from './records.schema';

export interface RollRow {
  personId: number;
  name: string;
  orgId: number;
  orgName: string;
  partyStatus: string;
}

const anyId = (ids: readonly number[]) => sql`any(${sql.param(ids)}::bigint[])`;

/**
 * People whose membership (组织关系) was open on `on` at the node with `path` or below it (its party groups).
 * A membership ends the day a transfer takes effect, so end_on is exclusive. Restricted to `ids` when given.
 */
export function rollOn(db: Executor, path: string, on: string, ids?: readonly number[], filter: RollFilter = {}): Promise<RollRow[]> {
  const pinyin = filter.q ? pinyinTerm(filter.q) : undefined;
  const named = filter.q
    ? sql`and (p.name like ${'%' + escapeLike(filter.q) + '%'} ${pinyin ? sql`or p.name_initials like ${escapeLike(pinyin) + '%'} or p.name_pinyin like ${escapeLike(pinyin) + '%'}` : sql``})`
    : sql``;
  return rowsOf<RollRow>(
    db,
    sql`
    select distinct on (p.name_pinyin, p.id) p.id as "personId", p.name, o.id as "orgId", o.name as "orgName", p.party_status as "partyStatus"
    from memberships m
    join orgs o on o.id = m.org_id
    join people p on p.id = m.person_id
    where o.path like ${escapeLike(path) + '%'} and m.start_on <= ${on}::date and (m.end_on is null or m.end_on > ${on}::date)
      ${ids ? sql`and m.person_id = ${anyId(ids)}` : sql``} ${named}
      ${filter.membersOnly ? membersOn(on) : sql``}
    order by p.name_pinyin, p.id
    ${filter.limit ? sql`limit ${filter.limit}` : sql``}`,
  );
}

export interface RollFilter {
  q?: string;
  limit?: number;
  /** Only party members (probationary or full) as of that day, by their dated status history. */
  membersOnly?: boolean;
}

/** The person's party status on `on` (the latest change up to that day) makes them a member. */
const membersOn = (on: string) => sql`and (
  select s.status from party_status_changes s where s.person_id = p.id and s.effective_on <= ${on}::date
  order by s.effective_on desc, s.id desc limit 1
) in ('probationary_member', 'full_member')`;

/** Which of `ids` are people now in the subtree (host and recorder may be any of them). */
export async function peopleUnder(db: Executor, path: string, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await rowsOf<{ id: number }>(db, sql`select id from people where id = ${anyId(ids)} and org_path like ${escapeLike(path) + '%'}`);
  return rows.map((r) => Number(r.id));
}

export function peopleByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: people.id, name: people.name, orgPath: people.orgPath }).from(people).where(inArray(people.id, [...ids]));
}

export interface AttendeeInput {
  personId: number;
  attendance: string;
  reason: string | null;
}

/**
 * Makes the list exactly `list`: drops the others, adds the new, updates the rest; a check-in already
 * made is kept (it is a fact).
 */
export async function replaceAttendees(db: Executor, recordId: number, heldOn: string, list: readonly AttendeeInput[]) {
  const ids = list.map((a) => a.personId);
  await db.execute(sql`delete from ${recordAttendees} where record_id = ${recordId} and not (person_id = ${anyId(ids)})`);
  if (list.length === 0) return;
  await db.execute(sql`
    insert into ${recordAttendees} (record_id, person_id, attendance, reason, held_on)
    select ${recordId}::bigint, x.pid, x.att, x.reason, ${heldOn}::date
    from unnest(${sql.param(ids)}::bigint[], ${sql.param(list.map((a) => a.attendance))}::text[], ${sql.param(list.map((a) => a.reason))}::text[]) as x(pid, att, reason)
    on conflict (record_id, person_id) do update set attendance = excluded.attendance, reason = excluded.reason, held_on = excluded.held_on`);
}

/** Moves the list's dates with the record's. */
export async function redateAttendees(db: Executor, recordId: number, heldOn: string) {
  await db.update(recordAttendees).set({ heldOn }).where(eq(recordAttendees.recordId, recordId));
}

export function attendeesOf(db: Executor, recordId: number) {
  return db
    .select({
      personId: recordAttendees.personId,
      name: people.name,
      attendance: recordAttendees.attendance,
      reason: recordAttendees.reason,
      checkedInAt: recordAttendees.checkedInAt,
      late: recordAttendees.late,
    })
    .from(recordAttendees)
    .innerJoin(people, eq(people.id, recordAttendees.personId))
    .where(eq(recordAttendees.recordId, recordId))
    .orderBy(asc(people.namePinyin), asc(people.id));
}

export async function listedIds(db: Executor, recordId: number): Promise<number[]> {
  const rows = await db.select({ id: recordAttendees.personId }).from(recordAttendees).where(eq(recordAttendees.recordId, recordId));
  return rows.map((r) => r.id);
}

export async function findAttendee(db: Executor, recordId: number, personId: number) {
  const [row] = await db
    .select()
    .from(recordAttendees)
    .where(and(eq(recordAttendees.recordId, recordId), eq(recordAttendees.personId, personId)));
  return row;
}

/** 签到: present from now; late when after `lateAfter`. The first check-in stands. */
export async function checkIn(db: Executor, recordId: number, personId: number, at: Date, late: boolean) {
  const [row] = await db
    .update(recordAttendees)
    .set({ attendance: 'present', reason: null, checkedInAt: at, late })
    .where(and(eq(recordAttendees.recordId, recordId), eq(recordAttendees.personId, personId)))
    .returning();
  return row!;
}

export function guestsOf(db: Executor, recordId: number) {
  return db
    .select({ id: recordGuests.id, name: recordGuests.name, title: recordGuests.title, personId: recordGuests.personId })
    .from(recordGuests)
    .where(eq(recordGuests.recordId, recordId))
    .orderBy(asc(recordGuests.id));
}

export async function replaceGuests(db: Executor, recordId: number, guests: readonly { name: string; title: string | null; personId: number | null }[]) {
  await db.delete(recordGuests).where(eq(recordGuests.recordId, recordId));
  if (guests.length > 0) await db.insert(recordGuests).values(guests.map((g) => ({ recordId, ...g })));
}
