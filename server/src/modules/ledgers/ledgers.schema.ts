import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { campaigns } from '../campaigns/campaigns.schema';
import { orgs } from '../orgs/orgs.schema';
import { people } from '../people/people.schema';

/**
 * 清单 — a typed list kept by a node (its owner), optionally inside a campaign: 我为群众办实事, 问题整改,
 * 调研课题, 重点任务, 专项排查. The owner configures its categories and the escalation ladder for overdue items.
 */
export const ledgers = pgTable(
  'ledgers',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ownerOrgId: bigint('owner_org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    ownerPath: text('owner_path').notNull(),
    campaignId: bigint('campaign_id', { mode: 'number' }).references(() => campaigns.id),
    /** practical_matter | problem | research_topic | key_task | special_check */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    /** The categories items may take (e.g. S2's five 办实事 categories, or a key task's 方面). */
    categories: text('categories')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** 督办阶梯: [{ step: 'reminder' | 'urge' (督办) | 'notice' (通报) | 'interview' (约谈), afterDays }] past the deadline. */
    escalation: jsonb('escalation')
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdBy: bigint('created_by', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('ledgers_owner_path_idx').using('btree', sql`${t.ownerPath} text_pattern_ops`),
    index('ledgers_campaign_idx').on(t.campaignId),
  ],
);

/**
 * 清单事项 — one item with its responsible node (责任单位) and person (责任人), a deadline (完成时限) and a status:
 * registered (登记) → in_progress (推进中) → close_requested (申请销号) → closed (已销号); returned (退回) and
 * extended (已延期, with an approved new deadline) on the way.
 */
export const ledgerItems = pgTable(
  'ledger_items',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ledgerId: bigint('ledger_id', { mode: 'number' })
      .notNull()
      .references(() => ledgers.id),
    /** The ledger's kind, repeated so figures group without a join. */
    kind: text('kind').notNull(),
    /** 编号 from the list the item came from; a re-import updates the item with the same number. */
    externalNo: text('external_no'),
    title: text('title').notNull(),
    description: text('description'),
    category: text('category'),
    /** Kind-specific fields (beneficiaries, source, phase, severity, measures, methods, aspect, …), validated by the shared schema of the kind. */
    fields: jsonb('fields')
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** 立行立改: fixed at once. */
    fixedAtOnce: boolean('fixed_at_once').notNull().default(false),
    responsibleOrgId: bigint('responsible_org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    /** Denormalised path of the responsible node, kept on subtree moves: figures group by the ancestor at the viewed level. */
    responsiblePath: text('responsible_path').notNull(),
    responsiblePersonId: bigint('responsible_person_id', { mode: 'number' }).references(() => people.id),
    deadline: date('deadline'),
    /** registered | in_progress | close_requested | closed | returned | extended */
    status: text('status').notNull().default('registered'),
    /** Percent done, from the latest progress update. */
    progress: integer('progress').notNull().default(0),
    closedOn: date('closed_on'),
    closedBy: bigint('closed_by', { mode: 'number' }).references(() => people.id),
    /** A problem found by a research topic (调研课题 → 问题), or any item that came out of another. */
    parentItemId: bigint('parent_item_id', { mode: 'number' }),
    /** The day the item was registered (登记日期), which may precede its entry. */
    registeredOn: date('registered_on').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ledger_items_path_kind_status_idx').using('btree', sql`${t.responsiblePath} text_pattern_ops`, t.kind, t.status),
    index('ledger_items_ledger_status_idx').on(t.ledgerId, t.status),
    uniqueIndex('ledger_items_external_no_key').on(t.ledgerId, t.externalNo),
    index('ledger_items_deadline_idx').on(t.deadline),
    index('ledger_items_parent_idx').on(t.parentItemId),
  ],
);

/** The dated history of an item: progress updates and every step (申请销号, 销号, 退回, 延期, 重新打开, 督办). */
export const ledgerItemUpdates = pgTable(
  'ledger_item_updates',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: bigint('item_id', { mode: 'number' })
      .notNull()
      .references(() => ledgerItems.id),
    /** progress | close_request | close | return | extend_request | extend | reopen | escalate */
    kind: text('kind').notNull(),
    on: date('on').notNull(),
    text: text('text'),
    progress: integer('progress'),
    /** extend_request / extend: the new deadline. */
    newDeadline: date('new_deadline'),
    /** escalate: the ladder's step (reminder, urge 督办, notice 通报, interview 约谈). */
    step: text('step'),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ledger_item_updates_item_idx').on(t.itemId, t.at)],
);

/** Files of an item (evidence for closing, photos of progress); bytes in the file store. */
export const ledgerItemFiles = pgTable(
  'ledger_item_files',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: bigint('item_id', { mode: 'number' })
      .notNull()
      .references(() => ledgerItems.id),
    updateId: bigint('update_id', { mode: 'number' }).references(() => ledgerItemUpdates.id),
    /** What the file is for a research topic: research_report (调研报告) | a3_report (A3 报告); null: any material. */
    purpose: text('purpose'),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: bigint('uploaded_by', { mode: 'number' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('ledger_item_files_item_idx').on(t.itemId)],
);

/** Links of an item to another item or to a record of organisational life. */
export const ledgerItemLinks = pgTable(
  'ledger_item_links',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: bigint('item_id', { mode: 'number' })
      .notNull()
      .references(() => ledgerItems.id),
    linkedItemId: bigint('linked_item_id', { mode: 'number' }).references(() => ledgerItems.id),
    recordId: bigint('record_id', { mode: 'number' }),
    personId: bigint('person_id', { mode: 'number' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ledger_item_links_item_idx').on(t.itemId), index('ledger_item_links_record_idx').on(t.recordId)],
);

/** 急难愁盼 — a concern an employee submits to a node; staff accept it as a 办实事 item or reject it with a reason. */
export const concerns = pgTable(
  'concerns',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    submitterName: text('submitter_name'),
    contact: text('contact'),
    text: text('text').notNull(),
    /** The category the submitter suggested (one of the node's 办实事 lists' categories); staff may choose another. */
    category: text('category'),
    /** new | accepted | rejected */
    status: text('status').notNull().default('new'),
    reason: text('reason'),
    itemId: bigint('item_id', { mode: 'number' }).references(() => ledgerItems.id),
    /** What the submitter keeps to follow the concern (no account needed). */
    followCode: text('follow_code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: bigint('decided_by', { mode: 'number' }).references(() => people.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('concerns_path_status_idx').using('btree', sql`${t.orgPath} text_pattern_ops`, t.status),
    uniqueIndex('concerns_follow_code_key').on(t.followCode),
  ],
);

/**
 * A node's public intake channel for concerns: the link (and QR code) employees without an account use. The token
 * is unguessable; regenerating it retires the old link, disabling it closes the channel. One channel per node.
 */
export const concernChannels = pgTable(
  'concern_channels',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    token: text('token').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdBy: bigint('created_by', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('concern_channels_org_key').on(t.orgId), uniqueIndex('concern_channels_token_key').on(t.token)],
);
