// SQL of the public 挂牌 board: a subtree's open and struck-off items, with names and position titles only.
// No alias on ledger_items: item-state's colourSql names its columns by the table.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike } from '../../core/scope-sql';
import { colourSql } from './item-state';

export interface BoardRow {
  id: number;
  kind: string;
  title: string;
  category: string | null;
  deadline: string | null;
  colour: string;
  closedOn: string | null;
  responsibleOrg: string;
  responsiblePerson: string | null;
  position: string | null;
}

const under = (path: string) => sql`ledger_items.responsible_path like ${escapeLike(path) + '%'}`;

export async function boardCounts(db: Executor, path: string) {
  const [row] = await rowsOf<{ open: number; closed: number }>(
    db,
    sql`select count(*) filter (where ledger_items.status <> 'closed')::int as open, count(*) filter (where ledger_items.status = 'closed')::int as closed
    from ledger_items where ${under(path)}`,
  );
  return row ?? { open: 0, closed: 0 };
}

/** Open items by deadline (none last), or struck-off items latest first. */
export function boardPage(
  db: Executor,
  f: { path: string; view: 'open' | 'closed'; today: string; limit: number; offset: number },
) {
  const open = f.view === 'open';
  return rowsOf<BoardRow>(
    db,
    sql`
    select ledger_items.id::int, ledger_items.kind, ledger_items.title, ledger_items.category, ledger_items.deadline::text, ${colourSql(f.today)} as colour, ledger_items.closed_on::text as "closedOn",
      o.name as "responsibleOrg", p.name as "responsiblePerson",
      (select string_agg(ps.title, '、' order by ps.start_on, ps.id) from positions ps
        where ps.person_id = p.id and (ps.end_on is null or ps.end_on >= ${f.today}::date)) as position
    from ledger_items
    join orgs o on o.id = ledger_items.responsible_org_id
    left join people p on p.id = ledger_items.responsible_person_id
    where ${under(f.path)} and ${open ? sql`ledger_items.status <> 'closed'` : sql`ledger_items.status = 'closed'`}
    order by ${open ? sql`ledger_items.deadline asc nulls last, ledger_items.id` : sql`ledger_items.closed_on desc, ledger_items.id desc`}
    limit ${f.limit} offset ${f.offset}`,
  );
}

/** The path of the node the person is a member of (as the records module's own side finds it). */
export async function personPath(db: Executor, personId: number) {
  const [row] = await rowsOf<{ path: string }>(db, sql`select org_path as path from people where id = ${personId}`);
  return row?.path;
}

/** The node and its ancestors, root first: the line a board's reader moves along (names and types only). */
export function boardLine(db: Executor, path: string) {
  const ids = path.split('/').filter(Boolean).map(Number);
  return rowsOf<{ id: number; name: string; type: string }>(
    db,
    sql`select id::int, name, type from orgs where id = any(${sql.param(ids)}::bigint[]) order by length(path)`,
  );
}

export async function boardOrg(db: Executor, orgId: number) {
  const [row] = await rowsOf<{ id: number; name: string; path: string }>(
    db,
    sql`select id::int, name, path from orgs where id = ${orgId}`,
  );
  return row;
}
