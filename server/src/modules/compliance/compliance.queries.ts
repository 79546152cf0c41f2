import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike } from '../../core/scope-sql';
import type { Period } from './compliance.periods';

// Figures are SQL over indexed records (docs/decisions/0006-figures-read-records.md): one statement per
// table, nodes × rules × periods, with the periods passed as arrays and records counted once per period.

export interface FiguresInput {
  /** The viewed node: its path, and how many ids the path holds (its depth + 1). */
  rootPath: string;
  rootIds: number;
  periods: Period[];
  /** Earliest period start and latest period end (exclusive): the records read. */
  spanStart: string;
  spanEnd: string;
  /** Today in the deployment's time zone: periods not ended by then are pending, not missed. */
  today: string;
  timeZone: string;
}

/** Figures of one row (a child of the viewed node, or the total) for one column, or overall (slot null). */
export interface FigureRow {
  childId: number | null;
  isTotal: boolean;
  slot: string | null;
  nodes: number;
  compliant: number;
  due: number;
  met: number;
  held: number;
  onTime: number;
}

/** Children of a node that still existed when the window began, in the tree's order. */
export function childrenOf(db: Executor, orgId: number, since: string) {
  return rowsOf<{ id: number; name: string; type: string }>(
    db,
    sql`
    select id, name, type from orgs
    where parent_id = ${orgId} and (dissolved_on is null or dissolved_on >= ${since}::date)
    order by sort_order, id`,
  );
}

export const periodsCte = (periods: Period[]) => sql`periods as (
  select * from unnest(${sql.param(periods.map((p) => p.period))}::text[], ${sql.param(periods.map((p) => p.start))}::date[],
      ${sql.param(periods.map((p) => p.endExclusive))}::date[])
    as p(period, start, end_excl))`;

/** The first day of the `period` (a column: month, quarter, half_year, year) holding the date `day`. */
const periodStartOf = (day: SQL, period: SQL) => sql`(case ${period}
  when 'month' then date_trunc('month', ${day}::timestamp)
  when 'quarter' then date_trunc('quarter', ${day}::timestamp)
  when 'half_year' then make_date(extract(year from ${day})::int, case when extract(month from ${day}) <= 6 then 1 else 7 end, 1)
  else date_trunc('year', ${day}::timestamp) end)::date`;

const periodLength = (period: SQL) =>
  sql`case ${period} when 'month' then interval '1 month' when 'quarter' then interval '3 months' when 'half_year' then interval '6 months' else interval '1 year' end`;

/** A node is expected in a period unless established after its start or dissolved before its last day. */
const expectedIn = (nr: string, p: string) =>
  sql.raw(
    `(${nr}.established_on is null or ${nr}.established_on <= ${p}.start) and (${nr}.dissolved_on is null or ${nr}.dissolved_on >= ${p}.end_excl - 1)`,
  );

/**
 * The shared part of both statements: active node rules reaching the subtree (defaults, ancestors', the
 * subtree's own), the nodes they apply to, held records counted per node, kind and period (a record falls
 * into its period by computing the period's start: equi-joins only), and the exemptions.
 */
function baseCtes(f: FiguresInput, nodeId: number | null): SQL {
  const prefix = escapeLike(f.rootPath) + '%';
  const nodes = nodeId === null ? sql`n.path like ${prefix}` : sql`n.id = ${nodeId}`;
  const recs = nodeId === null ? sql`rec.org_path like ${prefix}` : sql`rec.org_id = ${nodeId}`;
  const exemptOrgs = nodeId === null ? sql`eo.path like ${prefix}` : sql`eo.id = ${nodeId}`;
  const onTime = sql`(rec.created_at at time zone ${f.timeZone})::date <= rec.held_on + 7`;
  return sql`${periodsCte(f.periods)},
  rules_all as (
    select r.id, r.kind, r.org_type, r.period, r.min_count, o.path as owner_path
    from frequency_rules r left join orgs o on o.id = r.owner_org_id
    where r.active and r.org_type <> 'member'
      and (r.owner_org_id is null or ${f.rootPath} like o.path || '%' or o.path like ${prefix})),
  period_types as (
    select period, min(start) as first_start, max(end_excl) as last_end, count(*)::int as n,
      count(*) filter (where end_excl <= ${f.today}::date)::int as n_ended
    from periods group by period),
  -- each kind with the span of its rules' periods: a record outside them counts for no period
  kind_periods as (select distinct r.kind, r.period, pt.first_start, pt.last_end from rules_all r join period_types pt on pt.period = r.period),
  subject as (
    select n.id, n.path, n.type, n.established_on, n.dissolved_on from orgs n
    where ${nodes} and n.type in (select org_type from rules_all)
      and (n.dissolved_on is null or n.dissolved_on > ${f.spanStart}::date)),
  held as (
    select rec.org_id, rec.kind, kp.period, ${periodStartOf(sql`rec.held_on`, sql`kp.period`)} as start,
      (${periodStartOf(sql`rec.held_on`, sql`kp.period`)} + ${periodLength(sql`kp.period`)})::date as end_excl, count(*)::int as held, count(*) filter (where ${onTime})::int as on_time,
      ${nodeId === null ? sql`null::bigint[]` : sql`array_agg(rec.id order by rec.held_on, rec.id)`} as ids
    from records rec join kind_periods kp on kp.kind = rec.kind
    where ${recs} and rec.status = 'held' and rec.held_on >= kp.first_start and rec.held_on < kp.last_end
      and rec.held_on >= ${f.spanStart}::date and rec.held_on < ${f.spanEnd}::date
    group by 1, 2, 3, 4, 5),
  -- an exemption from any rule of the slot (a default or a tightened one) excuses the node
  exempt as (
    select distinct e.org_id, e.period_start, er.kind, er.org_type, er.period
    from rule_exemptions e join frequency_rules er on er.id = e.rule_id join orgs eo on eo.id = e.org_id
    where ${exemptOrgs} and e.period_start >= ${f.spanStart}::date)`;
}

const applies = sql`from subject n join rules_all r on r.org_type = n.type and (r.owner_path is null or n.path like r.owner_path || '%')`;

/** Aggregates node_slot (org_id, child_id, slot, expected, ok, due, met, held, on_time) per child, slot and overall. */
export const rollup = sql`
  per_node as (
    select org_id, child_id, bool_or(expected) as expected, bool_and(ok or not expected) as ok
    from node_slot group by org_id, child_id)
  select child_id as "childId", grouping(child_id) = 1 as "isTotal", null as slot,
    count(*) filter (where expected)::int as nodes, count(*) filter (where expected and ok)::int as compliant,
    0 as due, 0 as met, 0 as held, 0 as "onTime"
  from per_node group by grouping sets ((child_id), ())
  union all
  select child_id, grouping(child_id) = 1, slot,
    count(*) filter (where expected)::int, count(*) filter (where expected and ok)::int,
    coalesce(sum(due), 0)::int, coalesce(sum(met), 0)::int, coalesce(sum(held), 0)::int, coalesce(sum(on_time), 0)::int
  from node_slot group by grouping sets ((child_id, slot), (slot))`;

/**
 * The compliance table of node rules in one statement. Periods are not expanded per node: a node that
 * existed through the whole span is due every ended period of the rule; only nodes formed or dissolved
 * within it count their periods one by one. Met periods come from the held counts, exemptions from the
 * few exemption rows. A period is due when ended, or when already met or exempt.
 */
export function nodeFigures(db: Executor, f: FiguresInput) {
  const today = sql`${f.today}::date`;
  const perPeriod = (ended: boolean) => sql`(select count(*)::int from periods p
    where p.period = nr.period ${ended ? sql`and p.end_excl <= ${today}` : sql``} and ${expectedIn('nr', 'p')})`;
  const whole = sql`(nr.established_on is null or nr.established_on <= pt.first_start) and (nr.dissolved_on is null or nr.dissolved_on >= pt.last_end - 1)`;
  // The planner cannot estimate these CTEs (subtree × rules × periods): one misjudged nested loop over two
  // of them costs seconds at a root, while hash joins stay linear. SET LOCAL lasts for this transaction.
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_nestloop = off`);
    return rowsOf<FigureRow>(
      tx,
      sql`
    with ${baseCtes(f, null)},
    -- Each slot's default applies to every node of its type (a plain hash join); the rules owned inside
    -- the tree reach only their owner's subtree and may raise the count there.
    slots as (
      select kind, org_type, period, max(min_count) filter (where owner_path is null) as base
      from rules_all group by kind, org_type, period),
    owned as (
      select n.id, r.kind, r.org_type, r.period, max(r.min_count) as min_count
      from rules_all r join subject n on n.type = r.org_type and n.path like r.owner_path || '%'
      where r.owner_path is not null group by n.id, r.kind, r.org_type, r.period),
    node_rules as (
      select n.id as org_id, nullif(split_part(n.path, '/', ${f.rootIds + 2}), '')::bigint as child_id, n.established_on, n.dissolved_on,
        s.kind, s.org_type, s.period, greatest(s.base, o.min_count) as min_count
      from subject n join slots s on s.org_type = n.type
      left join owned o on o.id = n.id and o.kind = s.kind and o.org_type = s.org_type and o.period = s.period
      where s.base is not null or o.min_count is not null),
    scored as (
      select nr.org_id, nr.kind, nr.period,
        count(*) filter (where h.held >= nr.min_count and ${expectedIn('nr', 'h')})::int as met,
        count(*) filter (where h.held >= nr.min_count and ${expectedIn('nr', 'h')} and h.end_excl > ${today})::int as met_open,
        sum(h.held)::int as held, sum(h.on_time)::int as on_time
      from held h join node_rules nr on nr.org_id = h.org_id and nr.kind = h.kind and nr.period = h.period
      group by nr.org_id, nr.kind, nr.period),
    exempt_unmet as (
      select nr.org_id, nr.kind, nr.period, count(*)::int as n, count(*) filter (where p.end_excl > ${today})::int as n_open
      from exempt ex
      join node_rules nr on nr.org_id = ex.org_id and nr.kind = ex.kind and nr.org_type = ex.org_type and nr.period = ex.period
      join periods p on p.period = ex.period and p.start = ex.period_start
      left join held h on h.org_id = ex.org_id and h.kind = ex.kind and h.period = ex.period and h.start = ex.period_start
      where coalesce(h.held, 0) < nr.min_count and ${expectedIn('nr', 'p')}
      group by nr.org_id, nr.kind, nr.period),
    counted as (
      select nr.org_id, nr.child_id, nr.kind || '|' || nr.org_type || '|' || nr.period as slot,
        case when ${whole} then pt.n else ${perPeriod(false)} end as expected_periods,
        case when ${whole} then pt.n_ended else ${perPeriod(true)} end + coalesce(s.met_open, 0) + coalesce(x.n_open, 0) as due,
        coalesce(s.met, 0) + coalesce(x.n, 0) as met, coalesce(s.held, 0) as held, coalesce(s.on_time, 0) as on_time
      from node_rules nr join period_types pt on pt.period = nr.period
      left join scored s on s.org_id = nr.org_id and s.kind = nr.kind and s.period = nr.period
      left join exempt_unmet x on x.org_id = nr.org_id and x.kind = nr.kind and x.period = nr.period),
    node_slot as (
      select org_id, child_id, slot, expected_periods > 0 as expected, met >= due as ok, due, met, held, on_time from counted),
    ${rollup}`,
    );
  });
}

export interface NodePeriodRow {
  ruleId: number;
  kind: string;
  orgType: string;
  period: string;
  minCount: number;
  start: string;
  endExclusive: string;
  held: number;
  onTime: number;
  exempt: boolean;
  status: string;
  ids: number[];
}

/** Which period status a node (or member) has; `open` periods have not ended yet. */
export const statusCase = (heldCol: SQL, minCol: SQL, notExpected: SQL, exempt: SQL, today: string) => sql`case
  when ${notExpected} then 'not_expected'
  when ${heldCol} >= ${minCol} then 'met'
  when ${exempt} then 'exempt'
  when p.end_excl > ${today}::date then 'pending'
  else 'missed' end`;

/** One node's rule × period evaluation (the drill-down), with the ids of the records counted. */
export function nodePeriods(db: Executor, f: FiguresInput, nodeId: number) {
  return rowsOf<NodePeriodRow>(
    db,
    sql`
    with ${baseCtes(f, nodeId)},
    node_rules as (
      select distinct on (n.id, r.kind, r.org_type, r.period)
        n.id as org_id, n.established_on, n.dissolved_on, r.id as rule_id, r.kind, r.org_type, r.period, r.min_count ${applies}
      order by n.id, r.kind, r.org_type, r.period, r.min_count desc, length(r.owner_path) desc nulls last)
    select nr.rule_id as "ruleId", nr.kind, nr.org_type as "orgType", nr.period, nr.min_count as "minCount", p.start::text as start,
      p.end_excl::text as "endExclusive", coalesce(h.held, 0) as held, coalesce(h.on_time, 0) as "onTime",
      ex.org_id is not null as exempt, coalesce(h.ids, '{}') as ids,
      ${statusCase(sql`coalesce(h.held, 0)`, sql`nr.min_count`, sql`not (${expectedIn('nr', 'p')})`, sql`ex.org_id is not null`, f.today)} as status
    from node_rules nr join periods p on p.period = nr.period
    left join held h on h.org_id = nr.org_id and h.kind = nr.kind and h.period = p.period and h.start = p.start
    left join exempt ex on ex.org_id = nr.org_id and ex.period_start = p.start and ex.kind = nr.kind
      and ex.org_type = nr.org_type and ex.period = nr.period
    order by nr.kind, nr.org_type, nr.period, p.start`,
  );
}
