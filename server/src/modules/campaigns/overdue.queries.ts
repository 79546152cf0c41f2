// SQL of deadlines: the overdue assignments below a node (督办), and the assignments falling due (reminders).
import { type SQL, sql } from 'drizzle-orm';
import type { OverdueItem } from '@xianfeng/shared/schemas/campaigns';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike } from '../../core/scope-sql';
import { assignmentEvents } from './campaigns.schema';
import { doneSql, overdueSql, stateSql } from './evidence.queries';

/**
 * Overdue assignments of launched campaigns in the subtree at `path`, with the unit one level below the node
 * (null for the node's own), most overdue first, then by that unit.
 */
export async function overdueBelow(db: Executor, f: { path: string; campaignId?: number; today: string; limit: number; offset: number }) {
  const where: SQL = sql`a.org_path like ${escapeLike(f.path) + '%'} and c.status = 'launched' and ${overdueSql(f.today)}
    ${f.campaignId === undefined ? sql`` : sql`and a.campaign_id = ${f.campaignId}`}`;
  const from = sql`from assignments a
    join campaigns c on c.id = a.campaign_id
    join required_actions ra on ra.id = a.action_id`;
  const rows = await rowsOf<OverdueItem>(
    db,
    sql`
    select a.id::int as "assignmentId", a.campaign_id::int as "campaignId", c.title as "campaignTitle", ra.title as "actionTitle",
      a.org_id::int as "orgId", o.name as "orgName", u.name as "underName", a.deadline::text as deadline,
      (${f.today}::date - a.deadline)::int as "daysOverdue", ${stateSql} as state, cp.name as "contactName"
    ${from}
    join orgs o on o.id = a.org_id
    left join orgs u on u.id = nullif(split_part(substr(a.org_path, ${f.path.length + 1}), '/', 1), '')::bigint
    left join people cp on cp.id = ra.contact_person_id
    where ${where}
    order by a.deadline, u.sort_order nulls first, u.id nulls first, o.path, a.id
    limit ${f.limit} offset ${f.offset}`,
  );
  const [count] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n ${from} where ${where}`);
  return { rows, total: count?.n ?? 0 };
}

type Who = { today: string; roles: readonly string[]; titles: readonly string[] };

/** The people answering for a node: accounts granted a staff role at it, and the holders of its 书记 positions today. */
const responsibleSql = (orgId: SQL, f: Who) => sql`coalesce((select json_agg(distinct x.pid) from (
        select ac.person_id as pid from role_grants g join accounts ac on ac.id = g.account_id
        where g.org_id = ${orgId} and g.role = any(${sql.param([...f.roles])}::text[]) and not ac.disabled
        union
        select p.person_id from positions p
        where p.org_id = ${orgId} and p.title = any(${sql.param([...f.titles])}::text[])
          and p.start_on <= ${f.today}::date and (p.end_on is null or p.end_on >= ${f.today}::date)) x), '[]'::json)`;

export async function responsibleFor(db: Executor, orgId: number, f: Who): Promise<number[]> {
  const [row] = await rowsOf<{ ids: number[] }>(db, sql`select ${responsibleSql(sql`${orgId}::bigint`, f)} as ids`);
  return (row?.ids ?? []).map(Number);
}

export type ReminderMark = 'remind_3d' | 'remind_0d';

export interface DueRow {
  id: number;
  mark: ReminderMark;
  deadline: string;
  actionTitle: string;
  campaignTitle: string;
  orgName: string;
  personIds: number[];
}

/**
 * Open assignments of launched campaigns (not done, not awaiting review) due today or within 3 days that have
 * not had that reminder yet, with the people to remind: accounts granted a staff role at the node itself and
 * the holders of its role-carrying positions (书记) today.
 */
export function dueUnreminded(db: Executor, f: { today: string; roles: readonly string[]; titles: readonly string[]; limit: number }) {
  return rowsOf<DueRow>(
    db,
    sql`
    with due as (
      select a.id, a.org_id, a.deadline, a.action_id, a.campaign_id,
        case when a.deadline = ${f.today}::date then 'remind_0d' else 'remind_3d' end as mark
      from assignments a
      join required_actions ra on ra.id = a.action_id
      join campaigns c on c.id = a.campaign_id
      where a.deadline between ${f.today}::date and ${f.today}::date + 3
        and c.status = 'launched' and not ${doneSql} and a.status <> 'submitted')
    select d.id::int, d.mark, d.deadline::text, ra.title as "actionTitle", c.title as "campaignTitle", o.name as "orgName",
      ${responsibleSql(sql`d.org_id`, f)} as "personIds"
    from due d
    join required_actions ra on ra.id = d.action_id
    join campaigns c on c.id = d.campaign_id
    join orgs o on o.id = d.org_id
    where not exists (select 1 from assignment_events e where e.assignment_id = d.id and e.kind = d.mark)
    order by d.id
    limit ${f.limit}`,
  );
}

export async function markReminded(db: Executor, rows: { id: number; mark: ReminderMark }[]) {
  if (rows.length > 0) await db.insert(assignmentEvents).values(rows.map((r) => ({ assignmentId: r.id, kind: r.mark })));
}

/** One instance at a time sends reminders (several servers may share the database). */
export async function tryReminderLock(db: Executor) {
  const [row] = await rowsOf<{ ok: boolean }>(db, sql`select pg_try_advisory_xact_lock(hashtext('campaigns.reminders')) as ok`);
  return row?.ok === true;
}
