// SQL of the ledgers' figures at a node as of a day: one grouping-sets pass over the subtree's items, and the weekly trend.
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike } from '../../core/scope-sql';
import { closedBySql, colourSql } from './item-state';

export interface FiguresScope {
  orgId: number;
  path: string;
  asOf: string;
  ledgerId?: number;
  kind?: string;
  campaignId?: number;
}

/** The subtree's items (alias li) registered by asOf, of the list, kind or campaign asked for. */
function whereAsOf(s: FiguresScope): SQL {
  const filters = [
    s.ledgerId === undefined ? sql`` : sql`and li.ledger_id = ${s.ledgerId}`,
    s.kind === undefined ? sql`` : sql`and li.kind = ${s.kind}`,
    s.campaignId === undefined ? sql`` : sql`and li.ledger_id in (select id from ledgers where campaign_id = ${s.campaignId})`,
  ];
  return sql`li.responsible_path like ${escapeLike(s.path) + '%'} and li.registered_on <= ${s.asOf}::date ${sql.join(filters, sql` `)}`;
}

/** The ids of the items the figures count (for the escalation counts, escalation.queries.ts). */
export const itemIdsAsOf = (s: FiguresScope): SQL => sql`select li.id from ledger_items li where ${whereAsOf(s)}`;

/** The subtree's items registered by asOf, with their status, colour and responsible child as of that day. */
function itemsAsOf(s: FiguresScope): SQL {
  const closed = closedBySql(s.asOf, 'li');
  return sql`
    select li.kind, li.category, li.fixed_at_once, li.registered_on, li.closed_on, ${closed} as closed,
      case when li.status = 'closed' and not ${closed} then 'in_progress' else li.status end as status,
      ${colourSql(s.asOf, 'li')} as colour,
      case when li.responsible_path = ${s.path} then ${s.orgId}::bigint
        else split_part(substr(li.responsible_path, ${s.path.length + 1}), '/', 1)::bigint end as unit
    from ledger_items li
    where ${whereAsOf(s)}`;
}

export interface FigureRow {
  /** Which grouping the row belongs to. */
  dim: 'kind' | 'status' | 'category' | 'colour' | 'unit' | 'all';
  kind: string | null;
  status: string | null;
  category: string | null;
  colour: string | null;
  unit: number | null;
  items: number;
  closed: number;
  closedOnTime: number;
  overdue: number;
  fixedAtOnce: number;
}

export function figureRows(db: Executor, s: FiguresScope) {
  return rowsOf<FigureRow>(
    db,
    sql`
    with i as (${itemsAsOf(s)})
    select case grouping(kind, status, category, colour, unit)
        when 15 then 'kind' when 23 then 'status' when 27 then 'category' when 29 then 'colour' when 30 then 'unit' else 'all' end as dim,
      kind, status, category, colour, unit::int as unit,
      count(*)::int as items,
      count(*) filter (where closed)::int as closed,
      count(*) filter (where colour = 'closed')::int as "closedOnTime",
      count(*) filter (where colour = 'overdue')::int as overdue,
      count(*) filter (where fixed_at_once)::int as "fixedAtOnce"
    from i
    group by grouping sets ((kind), (status), (category), (colour), (unit), ())`,
  );
}

/**
 * Registered and closed per ISO week, up to asOf: counted per day in two plain scans (the items are not materialised
 * once for both), then the few hundred days are named by their week.
 */
export function weeklyTrend(db: Executor, s: FiguresScope) {
  return rowsOf<{ week: string; registered: number; closed: number }>(
    db,
    sql`
    with i as not materialized (${itemsAsOf(s)}),
    d as (
      select registered_on as day, count(*) as r, 0 as c from i group by registered_on
      union all
      select closed_on, 0, count(*) from i where closed group by closed_on)
    select to_char(day, 'IYYY-"W"IW') as week, sum(r)::int as registered, sum(c)::int as closed
    from d group by 1 order by 1`,
  );
}

/**
 * For the figures of a large subtree (the whole group reads every item): sorts and hashes in memory rather than on
 * disk, and no JIT compilation, which costs seconds and saves none on these plans. Only for this transaction.
 */
export async function tuneForFigures(db: Executor) {
  await db.execute(sql`set local work_mem = '64MB'`);
  await db.execute(sql`set local jit = off`);
}

/** The node and its children (the dissolved only when they hold items): the rows of the per-unit figures. */
export function unitNodes(db: Executor, orgId: number) {
  return rowsOf<{ id: number; name: string; dissolved: boolean }>(
    db,
    sql`
    select id::int, name, dissolved_on is not null as dissolved from orgs
    where parent_id = ${orgId} or id = ${orgId}
    order by (id = ${orgId}) desc, sort_order, id`,
  );
}
