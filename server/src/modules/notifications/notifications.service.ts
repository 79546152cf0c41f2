// In-app notifications: written by other modules inside their transactions, read by the person they concern.
import type { Locale } from '@xianfeng/shared/domain';
import { type MessageKey, translate } from '@xianfeng/shared/i18n';
import type { NotificationKind, NotificationsPage, NotificationsQuery, NotificationView } from '@xianfeng/shared/schemas/notifications';
import type { Ctx } from '../../core/context';
import { notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import * as q from './notifications.queries';

/** A parameter shown in the reader's language: a plain value, or one per language (a kind's name). */
export type NotificationParam = string | number | { zh: string; en: string };

export interface NotificationInput {
  kind: NotificationKind;
  title: string;
  link?: string;
  params: Record<string, NotificationParam>;
}

/** Notifies each person once, in the caller's transaction (so a rolled-back change notifies nobody). */
export async function notify(tx: Executor, personIds: readonly number[], n: NotificationInput) {
  await q.insertMany(
    tx,
    [...new Set(personIds)].map((personId) => ({ personId, kind: n.kind, title: n.title, link: n.link ?? null, params: n.params })),
  );
}

function render(row: q.NotificationRow, locale: Locale): NotificationView {
  const params = (row.params ?? {}) as Record<string, NotificationParam>;
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'object' && v !== null ? (locale === 'en-US' ? v.en : v.zh) : v]),
  );
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    message: translate(locale, `notification.${row.kind}` as MessageKey, flat),
    link: row.link,
    params,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** My notifications, newest first, with my unread count. */
export async function listMine(ctx: Ctx, query: NotificationsQuery, locale: Locale): Promise<NotificationsPage> {
  const { rows, total, unread } = await q.listFor(ctx.db, ctx.actor.personId, query.unread ?? false, query.pageSize, (query.page - 1) * query.pageSize);
  return { items: rows.map((r) => render(r, locale)), total, unread, page: query.page, pageSize: query.pageSize };
}

// Reading marks are the person's own state, not a change to shared data: they are not audited.
export async function markRead(ctx: Ctx, id: number, locale: Locale): Promise<NotificationView> {
  const row = await q.markRead(ctx.db, ctx.actor.personId, id);
  if (!row) throw notFound();
  return render(row, locale);
}

export const markAllRead = async (ctx: Ctx) => ({ updated: await q.markAllRead(ctx.db, ctx.actor.personId) });
