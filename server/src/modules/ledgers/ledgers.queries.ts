// SQL of ledgers (清单) and the denormalised paths kept on subtree moves.
import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { LedgersQuery } from '@xianfeng/shared/schemas/ledgers';
import type { Executor } from '../../db/client';
import { inScope, underPath } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { concerns, ledgerItems, ledgers } from './ledgers.schema';

export type LedgerRow = typeof ledgers.$inferSelect;
type NewLedger = Omit<typeof ledgers.$inferInsert, 'id' | 'version' | 'createdAt'>;

export async function findLedger(db: Executor, id: number) {
  const [row] = await db
    .select({ ledger: ledgers, ownerName: orgs.name })
    .from(ledgers)
    .innerJoin(orgs, eq(orgs.id, ledgers.ownerOrgId))
    .where(eq(ledgers.id, id));
  return row;
}

/** Whether the list has an item whose responsible node lies in the scope (its staff see the list). */
const hasItemIn = (scope: readonly string[]) =>
  sql`exists (select 1 from ledger_items i where i.ledger_id = ${ledgers.id} and ${inScope(sql`i.responsible_path`, scope)})`;

export async function hasItemInScope(db: Executor, id: number, scope: readonly string[]) {
  const [row] = await db
    .select({ id: ledgers.id })
    .from(ledgers)
    .where(and(eq(ledgers.id, id), hasItemIn(scope)));
  return row !== undefined;
}

/** Ledgers owned in the scope or holding items in it, optionally under one node's subtree; a page of them. */
export async function listLedgers(db: Executor, scope: readonly string[], f: LedgersQuery, underOrgPath?: string) {
  const where = and(
    or(inScope(ledgers.ownerPath, scope), hasItemIn(scope)),
    underOrgPath ? underPath(ledgers.ownerPath, underOrgPath) : undefined,
    f.kind ? eq(ledgers.kind, f.kind) : undefined,
    f.campaignId ? eq(ledgers.campaignId, f.campaignId) : undefined,
    sql`${ledgers.archivedAt} is null`,
  );
  const rows = await db
    .select({ ledger: ledgers, ownerName: orgs.name })
    .from(ledgers)
    .innerJoin(orgs, eq(orgs.id, ledgers.ownerOrgId))
    .where(where)
    .orderBy(desc(ledgers.createdAt), desc(ledgers.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ledgers)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function insertLedger(db: Executor, values: NewLedger) {
  const [row] = await db.insert(ledgers).values(values).returning();
  return row!;
}

/** Updates when the version matches; undefined means someone else changed it first. */
export async function updateLedger(db: Executor, id: number, version: number, values: Partial<NewLedger>) {
  const [row] = await db
    .update(ledgers)
    .set({ ...values, version: sql`${ledgers.version} + 1` })
    .where(and(eq(ledgers.id, id), eq(ledgers.version, version)))
    .returning();
  return row;
}

/** Keeps owner_path, responsible_path and org_path right when a subtree moves (called by the orgs module). */
export async function rewriteLedgerPaths(db: Executor, oldPath: string, newPath: string) {
  const cut = oldPath.length + 1;
  await db.execute(
    sql`update ${ledgers} set owner_path = ${newPath} || substr(owner_path, ${cut}) where ${underPath(ledgers.ownerPath, oldPath)}`,
  );
  await db.execute(
    sql`update ${ledgerItems} set responsible_path = ${newPath} || substr(responsible_path, ${cut}) where ${underPath(ledgerItems.responsiblePath, oldPath)}`,
  );
  await db.execute(
    sql`update ${concerns} set org_path = ${newPath} || substr(org_path, ${cut}) where ${underPath(concerns.orgPath, oldPath)}`,
  );
}
