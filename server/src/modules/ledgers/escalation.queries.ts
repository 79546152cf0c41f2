// SQL of the escalation ladder (督办阶梯): the step an item has reached, the items due for a step, who hears of it.
import { type SQL, sql } from 'drizzle-orm';
import { ESCALATION_STEPS } from '@xianfeng/shared/schemas/ledgers';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { ledgerItemUpdates } from './ledgers.schema';

const STEPS = sql.raw(`array[${ESCALATION_STEPS.map((s) => `'${s}'`).join(',')}]::text[]`);
/** A step's rank on the ladder (1 = reminder … 4 = interview). */
const rank = (step: SQL) => sql`array_position(${STEPS}, ${step})`;

/**
 * The highest step taken against the item's current deadline: its 'escalate' updates after its latest approved
 * extension (an extension starts the ladder afresh). With `asOf`, as it stood at the end of that day.
 */
export function escalationSql(itemId: SQL, asOf?: string): SQL<string | null> {
  const by = (alias: string) => (asOf === undefined ? sql`` : sql`and ${sql.identifier(alias)}."on" <= ${asOf}::date`);
  return sql<string | null>`(select u.step from ledger_item_updates u
    where u.item_id = ${itemId} and u.kind = 'escalate' ${by('u')}
      and not exists (select 1 from ledger_item_updates e where e.item_id = u.item_id and e.kind = 'extend' and e.id > u.id ${by('e')})
    order by ${rank(sql`u.step`)} desc, u.id desc limit 1)`;
}

/** Who answers for a node: accounts granted a role with ledger.write at the node itself, and its 书记 today. */
const answeringSql = (orgId: SQL, f: { today: string; roles: readonly string[]; titles: readonly string[] }) =>
  sql`coalesce((select json_agg(distinct x.pid) from (
        select ac.person_id as pid from role_grants g join accounts ac on ac.id = g.account_id
        where g.org_id = ${orgId} and g.role = any(${sql.param([...f.roles])}::text[]) and not ac.disabled
        union
        select p.person_id from positions p
        where p.org_id = ${orgId} and p.title = any(${sql.param([...f.titles])}::text[])
          and p.start_on <= ${f.today}::date and (p.end_on is null or p.end_on >= ${f.today}::date)) x), '[]'::json)`;

/** The responsible person, when an enabled account lets them read notifications. */
const personWithAccountSql = (personId: SQL) =>
  sql`(select ac.person_id from accounts ac where ac.person_id = ${personId} and not ac.disabled limit 1)`;

export interface Recipients {
  personIds: number[];
  responsiblePersonId: number | null;
}

export interface DueRow {
  id: number;
  title: string;
  deadline: string;
  daysOverdue: number;
  step: string;
  ledgerTitle: string;
  orgId: number;
  orgName: string;
  personIds: number[];
  responsiblePersonId: number | null;
}

type Who = { today: string; roles: readonly string[]; titles: readonly string[] };

/** One item of a window of overdue items; `step` is set when the item is due for it (then with its recipients). */
export interface WindowRow extends Omit<DueRow, 'step'> {
  step: string | null;
}

/**
 * The next window of `limit` open items of live lists with a ladder, overdue on `today`, after item `afterId` (in id
 * order), each with the step it is due for: the highest step reached, if higher than any taken against the current
 * deadline (a late run takes one step, not all those it missed), else null. A step with afterDays N is due once
 * deadline + N < today. Walking windows reads each overdue item once per run, however many there are.
 */
export function overdueWindow(db: Executor, f: Who & { afterId: number; limit: number }) {
  return rowsOf<WindowRow>(
    db,
    sql`
    with win as (
      select li.id, li.title, li.deadline, li.responsible_org_id, li.responsible_person_id, l.title as ledger_title, l.escalation
      from ledger_items li join ledgers l on l.id = li.ledger_id
      where li.id > ${f.afterId} and li.status <> 'closed' and li.deadline < ${f.today}::date
        and l.archived_at is null and jsonb_array_length(l.escalation) > 0
      order by li.id
      limit ${f.limit}),
    due as (
      select w.*, ${escalationSql(sql`w.id`)} as taken,
        (select s.step from jsonb_to_recordset(w.escalation) as s(step text, "afterDays" int)
          where w.deadline + s."afterDays" < ${f.today}::date order by ${rank(sql`s.step`)} desc limit 1) as reached
      from win w),
    marked as (
      select d.*, case when d.reached is not null and (d.taken is null or ${rank(sql`d.reached`)} > ${rank(sql`d.taken`)})
        then d.reached end as step
      from due d)
    select m.id::int, m.title, m.deadline::text, (${f.today}::date - m.deadline)::int as "daysOverdue", m.step,
      m.ledger_title as "ledgerTitle", o.id::int as "orgId", o.name as "orgName",
      case when m.step is null then '[]'::json else ${answeringSql(sql`m.responsible_org_id`, f)} end as "personIds",
      case when m.step is null then null else ${personWithAccountSql(sql`m.responsible_person_id`)}::int end as "responsiblePersonId"
    from marked m join orgs o on o.id = m.responsible_org_id
    order by m.id`,
  );
}

/** The people to notify of a step taken on one item. */
export async function recipientsOf(db: Executor, item: { responsibleOrgId: number; responsiblePersonId: number | null }, f: Who) {
  const [row] = await rowsOf<Recipients>(
    db,
    sql`select ${answeringSql(sql`${item.responsibleOrgId}::bigint`, f)} as "personIds",
      ${personWithAccountSql(sql`${item.responsiblePersonId}::bigint`)}::int as "responsiblePersonId"`,
  );
  return [...(row?.personIds ?? []), ...(row?.responsiblePersonId ? [row.responsiblePersonId] : [])].map(Number);
}

export async function insertEscalations(
  db: Executor,
  rows: { itemId: number; step: string; on: string; text?: string | null; personId?: number | null }[],
) {
  if (rows.length === 0) return [];
  return db
    .insert(ledgerItemUpdates)
    .values(
      rows.map((r) => ({
        itemId: r.itemId,
        kind: 'escalate',
        on: r.on,
        step: r.step,
        text: r.text ?? null,
        personId: r.personId ?? null,
      })),
    )
    .returning();
}

/** One instance at a time escalates (several servers may share the database). */
export async function tryEscalationLock(db: Executor) {
  const [row] = await rowsOf<{ ok: boolean }>(db, sql`select pg_try_advisory_xact_lock(hashtext('ledgers.escalation')) as ok`);
  return row?.ok === true;
}

/** Items by the highest step reached by `asOf` against the deadline then current, among `items` (a subquery of ids). */
export function escalatedCounts(db: Executor, items: SQL, asOf: string) {
  return rowsOf<{ step: string; items: number }>(
    db,
    sql`select h.step, count(*)::int as items from (
      select distinct on (u.item_id) u.item_id, u.step from ledger_item_updates u
      where u.kind = 'escalate' and u."on" <= ${asOf}::date and u.item_id in (${items})
        and not exists (select 1 from ledger_item_updates e where e.item_id = u.item_id and e.kind = 'extend' and e.id > u.id and e."on" <= ${asOf}::date)
      order by u.item_id, ${rank(sql`u.step`)} desc) h
    group by h.step`,
  );
}
