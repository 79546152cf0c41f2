import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from '../people/people.schema';

/** In-app notifications (站内通知): never push, never daily nags — only what concerns the person. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => people.id),
    /** e.g. record.planned, record.changed */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** Link inside the web app, e.g. /records/12 */
    link: text('link'),
    params: jsonb('params'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_person_idx').on(t.personId, t.createdAt)],
);
