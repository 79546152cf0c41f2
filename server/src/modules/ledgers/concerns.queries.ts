// SQL of 急难愁盼 concerns and the nodes' public intake channels.
import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ChannelsQuery, ConcernsQuery } from '@xianfeng/shared/schemas/concerns';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike, inScope, underPath } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { people } from '../people/people.schema';
import { colourSql } from './item-state';
import { concernChannels, concerns, ledgerItems } from './ledgers.schema';

export type ConcernRow = typeof concerns.$inferSelect;
export type ChannelRow = typeof concernChannels.$inferSelect;

// ---- channels ----

const channelColumns = { channel: concernChannels, orgName: orgs.name, orgPath: orgs.path, dissolvedOn: orgs.dissolvedOn };

export async function findChannel(db: Executor, id: number) {
  const [row] = await db
    .select(channelColumns)
    .from(concernChannels)
    .innerJoin(orgs, eq(orgs.id, concernChannels.orgId))
    .where(eq(concernChannels.id, id));
  return row;
}

export async function findChannelByToken(db: Executor, token: string) {
  const [row] = await db
    .select(channelColumns)
    .from(concernChannels)
    .innerJoin(orgs, eq(orgs.id, concernChannels.orgId))
    .where(eq(concernChannels.token, token));
  return row;
}

export async function channelOfOrg(db: Executor, orgId: number) {
  const [row] = await db.select().from(concernChannels).where(eq(concernChannels.orgId, orgId));
  return row;
}

/** Channels of nodes in the scope (optionally under one node), nearest the top first, with their concerns counted. */
export async function listChannels(db: Executor, scope: readonly string[], f: ChannelsQuery, underOrgPath?: string) {
  const where = and(inScope(orgs.path, scope), underOrgPath ? underPath(orgs.path, underOrgPath) : undefined);
  const counted = sql`(select json_build_object('new', count(*) filter (where c.status = 'new'), 'total', count(*))
    from concerns c where c.org_id = ${concernChannels.orgId})`;
  const rows = await db
    .select({ ...channelColumns, counts: sql<{ new: number; total: number }>`${counted}` })
    .from(concernChannels)
    .innerJoin(orgs, eq(orgs.id, concernChannels.orgId))
    .where(where)
    .orderBy(orgs.depth, orgs.path)
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(concernChannels)
    .innerJoin(orgs, eq(orgs.id, concernChannels.orgId))
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function insertChannel(db: Executor, values: Pick<typeof concernChannels.$inferInsert, 'orgId' | 'token' | 'createdBy'>) {
  const [row] = await db.insert(concernChannels).values(values).returning();
  return row!;
}

/** Updates when the version matches; undefined means someone else changed it first. */
export async function updateChannel(db: Executor, id: number, version: number, values: { enabled?: boolean; token?: string }) {
  const [row] = await db
    .update(concernChannels)
    .set({ ...values, version: sql`${concernChannels.version} + 1`, updatedAt: new Date() })
    .where(and(eq(concernChannels.id, id), eq(concernChannels.version, version)))
    .returning();
  return row;
}

/** Categories the node's 办实事 lists offer (open practical_matter lists owned at the node or above it), the top list's first. */
export async function categoriesFor(db: Executor, orgPath: string) {
  const rows = await rowsOf<{ category: string }>(
    db,
    sql`select u.c as category from ledgers l, unnest(l.categories) with ordinality u(c, n)
      where l.kind = 'practical_matter' and l.archived_at is null and left(${orgPath}, length(l.owner_path)) = l.owner_path
      group by u.c order by min(length(l.owner_path)), min(l.id), min(u.n) limit 30`,
  );
  return rows.map((r) => r.category);
}

/** Open practical_matter lists owned at the node or above it, inside the scope; the nearest owner first. */
export function ledgersFor(db: Executor, orgPath: string, scope: readonly string[]) {
  return rowsOf<{ id: number; title: string; ownerOrgId: number; ownerName: string; categories: string[] }>(
    db,
    sql`select l.id::int, l.title, l.owner_org_id::int as "ownerOrgId", o.name as "ownerName", l.categories
      from ledgers l join orgs o on o.id = l.owner_org_id
      where l.kind = 'practical_matter' and l.archived_at is null and left(${orgPath}, length(l.owner_path)) = l.owner_path
        and ${inScope(sql`l.owner_path`, scope)}
      order by length(l.owner_path) desc, l.created_at desc, l.id desc limit 100`,
  );
}

// ---- concerns ----

export async function insertConcern(
  db: Executor,
  values: Pick<typeof concerns.$inferInsert, 'orgId' | 'orgPath' | 'text' | 'submitterName' | 'contact' | 'category' | 'followCode'>,
) {
  const [row] = await db.insert(concerns).values(values).returning();
  return row!;
}

export const followCodeTaken = async (db: Executor, code: string) =>
  (await db.select({ id: concerns.id }).from(concerns).where(eq(concerns.followCode, code))).length > 0;

const decider = alias(people, 'decider');
const concernColumns = { concern: concerns, orgName: orgs.name, itemTitle: ledgerItems.title, decidedByName: decider.name };

const concernFrom = (db: Executor) =>
  db
    .select(concernColumns)
    .from(concerns)
    .innerJoin(orgs, eq(orgs.id, concerns.orgId))
    .leftJoin(ledgerItems, eq(ledgerItems.id, concerns.itemId))
    .leftJoin(decider, eq(decider.id, concerns.decidedBy));

export type ConcernFound = NonNullable<Awaited<ReturnType<typeof findConcern>>>;

export async function findConcern(db: Executor, id: number) {
  const [row] = await concernFrom(db).where(eq(concerns.id, id));
  return row;
}

/** Concerns of nodes in the scope, filtered, newest first; a page of them. */
export async function listConcerns(db: Executor, scope: readonly string[], f: ConcernsQuery, underOrgPath?: string) {
  const like = f.q ? `%${escapeLike(f.q)}%` : undefined;
  const where = and(
    inScope(concerns.orgPath, scope),
    underOrgPath ? underPath(concerns.orgPath, underOrgPath) : undefined,
    f.status ? eq(concerns.status, f.status) : undefined,
    like ? or(ilike(concerns.text, like), ilike(concerns.submitterName, like)) : undefined,
  );
  const rows = await concernFrom(db)
    .where(where)
    .orderBy(desc(concerns.createdAt), desc(concerns.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(concerns)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

/** Decides a new concern when the version matches; undefined when it changed or was decided first. */
export async function decideConcern(
  db: Executor,
  id: number,
  version: number,
  values: Pick<typeof concerns.$inferInsert, 'status' | 'reason' | 'itemId' | 'decidedBy'>,
) {
  const [row] = await db
    .update(concerns)
    .set({ ...values, decidedAt: new Date(), version: sql`${concerns.version} + 1` })
    .where(and(eq(concerns.id, id), eq(concerns.version, version), eq(concerns.status, 'new')))
    .returning();
  return row;
}

export interface FollowRow {
  status: string;
  orgName: string;
  createdAt: Date | string;
  decidedAt: Date | string | null;
  reason: string | null;
  itemTitle: string | null;
  itemStatus: string | null;
  colour: string | null;
  deadline: string | null;
  progress: number | null;
  closedOn: string | null;
  responsibleName: string | null;
}

/** What the follow page shows: the concern's state and its item's, no people. Unaliased ledger_items for colourSql. */
export async function followView(db: Executor, code: string, today: string) {
  const [row] = await rowsOf<FollowRow>(
    db,
    sql`select c.status, o.name as "orgName", c.created_at as "createdAt", c.decided_at as "decidedAt", c.reason,
      ledger_items.title as "itemTitle", ledger_items.status as "itemStatus", ${colourSql(today)} as colour,
      ledger_items.deadline::text as deadline, ledger_items.progress, ledger_items.closed_on::text as "closedOn",
      ro.name as "responsibleName"
    from concerns c
    join orgs o on o.id = c.org_id
    left join ledger_items on ledger_items.id = c.item_id
    left join orgs ro on ro.id = ledger_items.responsible_org_id
    where c.follow_code = ${code}`,
  );
  return row;
}

/**
 * Who hears of a new concern: the accounts that may decide it nearest to its node (ledger.manage roles granted at
 * the node or, failing that, at its closest ancestor that has some), and the node's 书记 today.
 */
export async function staffToNotify(
  db: Executor,
  f: { orgId: number; ancestorIds: number[]; roles: readonly string[]; titles: readonly string[]; today: string },
) {
  const rows = await rowsOf<{ pid: number }>(
    db,
    sql`with granted as (
        select ac.person_id as pid, o.depth from role_grants g
        join accounts ac on ac.id = g.account_id
        join orgs o on o.id = g.org_id
        where g.org_id = any(${sql.param(f.ancestorIds)}::bigint[]) and g.role = any(${sql.param([...f.roles])}::text[]) and not ac.disabled)
      select pid::int from granted where depth = (select max(depth) from granted)
      union
      select p.person_id::int from positions p
      where p.org_id = ${f.orgId} and p.title = any(${sql.param([...f.titles])}::text[])
        and p.start_on <= ${f.today}::date and (p.end_on is null or p.end_on >= ${f.today}::date)`,
  );
  return rows.map((r) => Number(r.pid));
}
