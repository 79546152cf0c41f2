// SQL of record kinds (组织生活类型): built-in ones and those committees add for their subtrees.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { inScope } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { recordKinds } from './records.schema';

export type KindRow = typeof recordKinds.$inferSelect;

export async function findKind(db: Executor, code: string): Promise<KindRow | undefined> {
  const [row] = await db.select().from(recordKinds).where(eq(recordKinds.code, code));
  return row;
}

/**
 * Active kinds: built-ins, those owned by the nodes `ownerIds` (a node's ancestors and itself), and those
 * owned inside the subtrees `scope` (so a group's filter lists its units' own kinds).
 */
export function listKinds(db: Executor, ownerIds: number[], scope: string[]) {
  const owned = sql`${recordKinds.ownerOrgId} in (select o.id from ${orgs} o where ${inScope(sql`o.path`, scope)})`;
  return db
    .select()
    .from(recordKinds)
    .where(
      and(
        eq(recordKinds.active, true),
        or(isNull(recordKinds.ownerOrgId), ownerIds.length ? inArray(recordKinds.ownerOrgId, ownerIds) : undefined, scope.length ? owned : undefined),
      ),
    )
    .orderBy(asc(recordKinds.sortOrder), asc(recordKinds.code));
}

/** Names of kinds by code, for rows and documents. */
export function kindNames(db: Executor, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.select({ code: recordKinds.code, nameZh: recordKinds.nameZh, nameEn: recordKinds.nameEn }).from(recordKinds).where(inArray(recordKinds.code, codes));
}

export async function insertKind(db: Executor, values: typeof recordKinds.$inferInsert): Promise<KindRow> {
  const [row] = await db.insert(recordKinds).values(values).returning();
  return row!;
}
