// SQL of record attachments; the bytes are in the file store.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { recordFiles } from './records.schema';

export type FileRow = typeof recordFiles.$inferSelect;

export async function insertFile(db: Executor, values: typeof recordFiles.$inferInsert): Promise<FileRow> {
  const [row] = await db.insert(recordFiles).values(values).returning();
  return row!;
}

/** A file of the record that has not been removed. */
export async function findFile(db: Executor, recordId: number, fileId: number): Promise<FileRow | undefined> {
  const [row] = await db
    .select()
    .from(recordFiles)
    .where(and(eq(recordFiles.id, fileId), eq(recordFiles.recordId, recordId), isNull(recordFiles.removedAt)));
  return row;
}

export function filesOf(db: Executor, recordId: number) {
  return db
    .select()
    .from(recordFiles)
    .where(and(eq(recordFiles.recordId, recordId), isNull(recordFiles.removedAt)))
    .orderBy(asc(recordFiles.id));
}

/** Soft removal: the row and the bytes stay for the audit trail. */
export async function removeFile(db: Executor, fileId: number) {
  await db.update(recordFiles).set({ removedAt: new Date() }).where(eq(recordFiles.id, fileId));
}
