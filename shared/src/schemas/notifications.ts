// In-app notifications (站内通知): only what concerns the person; no push, no daily reminders.
import { z } from 'zod';
import { pageQuery } from './common';

/** What happened: a meeting planned for me, moved, or called off; an assignment of my node falling due or returned. */
export const NOTIFICATION_KINDS = [
  'record.planned',
  'record.rescheduled',
  'record.cancelled',
  'assignment.dueSoon',
  'assignment.dueToday',
  'assignment.returned',
  // A ledger item climbing its escalation ladder (督办阶梯), by the daily job or by hand.
  'ledgerItem.escalated',
  'ledgerItem.escalatedByHand',
  // A concern (急难愁盼) submitted through a node's public channel, to the staff who may decide it.
  'concern.submitted',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notificationView = z.object({
  id: z.number(),
  kind: z.string(),
  /** Short title (e.g. the meeting's topic). */
  title: z.string(),
  /** The whole sentence in the caller's language. */
  message: z.string(),
  /** Where it leads in the web app, e.g. /records/12. */
  link: z.string().nullable(),
  params: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const notificationsQuery = pageQuery.extend({ unread: z.stringbool().optional() });
export type NotificationsQuery = z.infer<typeof notificationsQuery>;

export const notificationsPage = z.object({
  items: z.array(notificationView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** All my unread notifications, whatever the page. */
  unread: z.number().int(),
});
export type NotificationsPage = z.infer<typeof notificationsPage>;

export const readAllResult = z.object({ updated: z.number().int() });
