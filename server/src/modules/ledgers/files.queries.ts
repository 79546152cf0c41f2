// SQL of ledger items' files (事项材料); the bytes are in the file store.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accounts } from '../accounts/accounts.schema';
import { people } from '../people/people.schema';
import { ledgerItemFiles } from './ledgers.schema';

export type ItemFileRow = typeof ledgerItemFiles.$inferSelect;
type NewFile = Omit<typeof ledgerItemFiles.$inferInsert, 'id' | 'uploadedAt' | 'removedAt' | 'updateId'>;

const columns = {
  id: ledgerItemFiles.id,
  itemId: ledgerItemFiles.itemId,
  fileName: ledgerItemFiles.fileName,
  mime: ledgerItemFiles.mime,
  size: ledgerItemFiles.size,
  sha256: ledgerItemFiles.sha256,
  uploadedAt: ledgerItemFiles.uploadedAt,
  uploadedBy: ledgerItemFiles.uploadedBy,
  uploadedByName: people.name,
  updateId: ledgerItemFiles.updateId,
  purpose: ledgerItemFiles.purpose,
};
export interface ItemFileListRow {
  id: number;
  itemId: number;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  uploadedAt: Date;
  uploadedBy: number | null;
  uploadedByName: string | null;
  updateId: number | null;
  purpose: string | null;
}

/** Whether the item holds a live file for `purpose` (a research topic's report before it asks to close). */
export async function hasFileFor(db: Executor, itemId: number, purpose: string) {
  const [row] = await db
    .select({ id: ledgerItemFiles.id })
    .from(ledgerItemFiles)
    .where(and(live(itemId), eq(ledgerItemFiles.purpose, purpose)))
    .limit(1);
  return row !== undefined;
}

export async function insertFile(db: Executor, values: NewFile): Promise<ItemFileRow> {
  const [row] = await db.insert(ledgerItemFiles).values(values).returning();
  return row!;
}

/** A file of the item that has not been removed. */
export async function findFile(db: Executor, itemId: number, fileId: number): Promise<ItemFileRow | undefined> {
  const [row] = await db
    .select()
    .from(ledgerItemFiles)
    .where(and(eq(ledgerItemFiles.id, fileId), eq(ledgerItemFiles.itemId, itemId), isNull(ledgerItemFiles.removedAt)));
  return row;
}

const live = (itemId: number) => and(eq(ledgerItemFiles.itemId, itemId), isNull(ledgerItemFiles.removedAt));

/** The item's files not removed, oldest first, with the uploader's name; a page of them, or all. */
export async function filesOf(db: Executor, itemId: number, page?: { limit: number; offset: number }) {
  const base = db
    .select(columns)
    .from(ledgerItemFiles)
    .leftJoin(accounts, eq(accounts.id, ledgerItemFiles.uploadedBy))
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(live(itemId))
    .orderBy(asc(ledgerItemFiles.uploadedAt), asc(ledgerItemFiles.id));
  const rows: ItemFileListRow[] = page ? await base.limit(page.limit).offset(page.offset) : await base;
  return rows;
}

export async function countFiles(db: Executor, itemId: number) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ledgerItemFiles)
    .where(live(itemId));
  return row?.n ?? 0;
}

/** Soft removal: the row and the bytes stay for the audit trail. */
export async function removeFile(db: Executor, fileId: number) {
  await db.update(ledgerItemFiles).set({ removedAt: new Date() }).where(eq(ledgerItemFiles.id, fileId));
}

/**
 * Marks the item's live files that back no update yet as backing `updateId` (申请销号); answers how many were
 * marked, so the caller can refuse a list naming others.
 */
export async function attachToUpdate(db: Executor, itemId: number, fileIds: readonly number[], updateId: number) {
  if (fileIds.length === 0) return 0;
  const rows = await db
    .update(ledgerItemFiles)
    .set({ updateId })
    .where(and(live(itemId), isNull(ledgerItemFiles.updateId), inArray(ledgerItemFiles.id, [...fileIds])))
    .returning({ id: ledgerItemFiles.id });
  return rows.length;
}
