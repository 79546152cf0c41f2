// SQL of in-app notifications (站内通知).
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notifications } from './notifications.schema';

export type NotificationRow = typeof notifications.$inferSelect;

export async function insertMany(db: Executor, rows: (typeof notifications.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(notifications).values(rows);
}

export async function listFor(db: Executor, personId: number, unreadOnly: boolean, limit: number, offset: number) {
  const where = and(eq(notifications.personId, personId), unreadOnly ? isNull(notifications.readAt) : undefined);
  const unread = and(eq(notifications.personId, personId), isNull(notifications.readAt));
  const [rows, [count], [unreadCount]] = await Promise.all([
    db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(limit).offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(where),
    db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(unread),
  ]);
  return { rows, total: count?.n ?? 0, unread: unreadCount?.n ?? 0 };
}

/** Marks one of the person's notifications read; undefined when it is not theirs. */
export async function markRead(db: Executor, personId: number, id: number) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.personId, personId)))
    .returning();
  return row;
}

export async function markAllRead(db: Executor, personId: number): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.personId, personId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
