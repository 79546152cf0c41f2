// SQL of ledger items (清单事项), their dated updates and links.
import { and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { ItemsQuery } from '@xianfeng/shared/schemas/ledgers';
import type { Executor } from '../../db/client';
import { escapeLike, inScope, underPath } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { escalationSql } from './escalation.queries';
import { colourSql } from './item-state';
import { ledgerItemLinks, ledgerItems, ledgerItemUpdates } from './ledgers.schema';

export type ItemRow = typeof ledgerItems.$inferSelect;
type NewItem = Omit<typeof ledgerItems.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
type NewUpdate = Omit<typeof ledgerItemUpdates.$inferInsert, 'id' | 'at'>;

/** The highest escalation step taken against the item's current deadline (escalation.queries.ts). */
const escalationOf = () => escalationSql(sql`${ledgerItems.id}`);

export async function findItem(db: Executor, id: number) {
  const [row] = await db
    .select({ item: ledgerItems, responsibleName: orgs.name, escalation: escalationOf() })
    .from(ledgerItems)
    .innerJoin(orgs, eq(orgs.id, ledgerItems.responsibleOrgId))
    .where(eq(ledgerItems.id, id));
  return row;
}

/** Items whose responsible node lies in the scope, filtered, sorted by deadline (none last); a page of them. */
export async function listItems(db: Executor, scope: readonly string[], f: ItemsQuery, today: string, underOrgPath?: string) {
  const colour = colourSql(today);
  const escalation = escalationOf();
  const where = and(
    inScope(ledgerItems.responsiblePath, scope),
    underOrgPath ? underPath(ledgerItems.responsiblePath, underOrgPath) : undefined,
    f.ledgerId ? eq(ledgerItems.ledgerId, f.ledgerId) : undefined,
    f.kind ? eq(ledgerItems.kind, f.kind) : undefined,
    f.status ? eq(ledgerItems.status, f.status) : undefined,
    f.category ? eq(ledgerItems.category, f.category) : undefined,
    f.parentItemId ? eq(ledgerItems.parentItemId, f.parentItemId) : undefined,
    f.colour ? sql`(${colour}) = ${f.colour}` : undefined,
    f.escalation ? sql`${escalation} = ${f.escalation}` : undefined,
    f.q ? or(ilike(ledgerItems.title, `%${escapeLike(f.q)}%`), ilike(ledgerItems.externalNo, `%${escapeLike(f.q)}%`)) : undefined,
  );
  const order = [sql`${ledgerItems.deadline} asc nulls last`, asc(ledgerItems.id)];
  // The page's ids first, so that only its rows get their colour, escalation step and node's name (a deep page
  // otherwise computes them for every row it skips).
  const pageIds = db
    .select({ id: ledgerItems.id })
    .from(ledgerItems)
    .where(where)
    .orderBy(...order)
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const rows = await db
    .select({ item: ledgerItems, responsibleName: orgs.name, colour, escalation })
    .from(ledgerItems)
    .innerJoin(orgs, eq(orgs.id, ledgerItems.responsibleOrgId))
    .where(inArray(ledgerItems.id, pageIds))
    .orderBy(...order);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ledgerItems)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function insertItem(db: Executor, values: NewItem) {
  const [row] = await db.insert(ledgerItems).values(values).returning();
  return row!;
}

/** Updates when the version matches; undefined means someone else changed it first. */
export async function updateItem(db: Executor, id: number, version: number, values: Partial<NewItem>) {
  const [row] = await db
    .update(ledgerItems)
    .set({ ...values, version: sql`${ledgerItems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(ledgerItems.id, id), eq(ledgerItems.version, version)))
    .returning();
  return row;
}

export async function insertUpdate(db: Executor, values: NewUpdate) {
  const [row] = await db.insert(ledgerItemUpdates).values(values).returning();
  return row!;
}

export const updatesOf = (db: Executor, itemId: number) =>
  db
    .select()
    .from(ledgerItemUpdates)
    .where(eq(ledgerItemUpdates.itemId, itemId))
    .orderBy(asc(ledgerItemUpdates.at), asc(ledgerItemUpdates.id));

/** The latest extension request of an item (the one an approval grants). */
export async function lastExtensionRequest(db: Executor, itemId: number) {
  const [row] = await db
    .select()
    .from(ledgerItemUpdates)
    .where(
      and(
        eq(ledgerItemUpdates.itemId, itemId),
        or(eq(ledgerItemUpdates.kind, 'extend_request'), eq(ledgerItemUpdates.kind, 'extend')),
      ),
    )
    .orderBy(desc(ledgerItemUpdates.id))
    .limit(1);
  return row?.kind === 'extend_request' ? row : undefined;
}

export const linksOf = (db: Executor, itemId: number) =>
  db.select().from(ledgerItemLinks).where(eq(ledgerItemLinks.itemId, itemId)).orderBy(asc(ledgerItemLinks.id));

export async function insertLink(db: Executor, values: Omit<typeof ledgerItemLinks.$inferInsert, 'id' | 'at'>) {
  const [row] = await db.insert(ledgerItemLinks).values(values).returning();
  return row!;
}

export async function deleteLink(db: Executor, itemId: number, linkId: number) {
  const [row] = await db
    .delete(ledgerItemLinks)
    .where(and(eq(ledgerItemLinks.id, linkId), eq(ledgerItemLinks.itemId, itemId)))
    .returning();
  return row;
}
