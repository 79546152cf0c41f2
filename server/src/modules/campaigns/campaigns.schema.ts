import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/orgs.schema';
import { people } from '../people/people.schema';

/** 专项工作 / 主题教育 — a cascaded programme owned by a node, planned in phases. */
export const campaigns = pgTable(
  'campaigns',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ownerOrgId: bigint('owner_org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    /** Denormalised path of the owner, for "campaigns owned in my subtree". */
    ownerPath: text('owner_path').notNull(),
    title: text('title').notNull(),
    /** theme_education | study_education | special_work | creation_activity | project */
    kind: text('kind').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    /** draft | launched | closed */
    status: text('status').notNull().default('draft'),
    /** The campaign this one was copied from (作为模板复制). */
    sourceCampaignId: bigint('source_campaign_id', { mode: 'number' }),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    createdBy: bigint('created_by', { mode: 'number' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('campaigns_owner_path_idx').using('btree', sql`${t.ownerPath} text_pattern_ops`)],
);

/** 阶段 — e.g. 筹划部署, 组织实施, 检查验收. */
export const campaignPhases = pgTable(
  'campaign_phases',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: bigint('campaign_id', { mode: 'number' })
      .notNull()
      .references(() => campaigns.id),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('campaign_phases_campaign_idx').on(t.campaignId, t.sortOrder)],
);

/**
 * 规定动作 — what every target node must do by a deadline (时间节点). Targets are node types and/or a depth
 * relative to the action's owner (the campaign's owner, or for 自选动作 the intermediate node that added it).
 */
export const requiredActions = pgTable(
  'required_actions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: bigint('campaign_id', { mode: 'number' })
      .notNull()
      .references(() => campaigns.id),
    phaseId: bigint('phase_id', { mode: 'number' }).references(() => campaignPhases.id, { onDelete: 'set null' }),
    /** 自选动作: the node that added it for its subtree; null = the campaign's owner. */
    ownerOrgId: bigint('owner_org_id', { mode: 'number' }).references(() => orgs.id),
    title: text('title').notNull(),
    guidance: text('guidance'),
    deadline: date('deadline').notNull(),
    /** Node types targeted; empty = any type. */
    targetTypes: text('target_types').array().notNull().default(sql`'{}'::text[]`),
    /** Depth below the owner (1 = its children); null = anywhere below. */
    targetDepth: integer('target_depth'),
    contactPersonId: bigint('contact_person_id', { mode: 'number' }).references(() => people.id),
    /** record_kind (matched by kind) | records (linked by the unit) | documents | confirmation */
    completion: text('completion').notNull(),
    recordKind: text('record_kind'),
    /** Which records of the kind count: held by the node itself ('node') or anywhere in its subtree ('subtree'). */
    recordScope: text('record_scope').notNull().default('node'),
    minCount: integer('min_count'),
    needsApproval: boolean('needs_approval').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('required_actions_campaign_idx').on(t.campaignId, t.sortOrder)],
);

/** 任务分配 — one required action at one target node. */
export const assignments = pgTable(
  'assignments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: bigint('campaign_id', { mode: 'number' })
      .notNull()
      .references(() => campaigns.id),
    actionId: bigint('action_id', { mode: 'number' })
      .notNull()
      .references(() => requiredActions.id),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    /** Denormalised path of the node: rollups group by the ancestor at the viewed level. */
    orgPath: text('org_path').notNull(),
    /** pending | submitted | approved | returned */
    status: text('status').notNull().default('pending'),
    /** The action's deadline, possibly tightened by an intermediate node. */
    deadline: date('deadline').notNull(),
    /**
     * The day the evidence became complete (the min-th matching or linked record's held_on, the min-th
     * linked document's day, or the confirmation's day); kept by reconcile, never typed. Null = not yet.
     */
    satisfiedOn: date('satisfied_on'),
    /** Matching records plus linked documents so far: > 0 and not satisfied = 进行中. */
    evidenceCount: integer('evidence_count').notNull().default(0),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewerPersonId: bigint('reviewer_person_id', { mode: 'number' }).references(() => people.id),
    comment: text('comment'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('assignments_action_org_key').on(t.actionId, t.orgId),
    index('assignments_path_action_status_idx').using('btree', sql`${t.orgPath} text_pattern_ops`, t.actionId, t.status),
    index('assignments_campaign_path_idx').using('btree', t.campaignId, sql`${t.orgPath} text_pattern_ops`),
    index('assignments_org_deadline_idx').on(t.orgId, t.deadline),
    // Reminders look up what falls due on a day.
    index('assignments_deadline_idx').on(t.deadline),
  ],
);

/** The history of an assignment: submit, approve, return, reopen, comment — append-only. */
export const assignmentEvents = pgTable(
  'assignment_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    assignmentId: bigint('assignment_id', { mode: 'number' })
      .notNull()
      .references(() => assignments.id),
    kind: text('kind').notNull(),
    comment: text('comment'),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assignment_events_assignment_idx').on(t.assignmentId, t.at)],
);

/** Evidence linked to an assignment by the unit: a record of organisational life or a document. */
export const assignmentEvidence = pgTable(
  'assignment_evidence',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    assignmentId: bigint('assignment_id', { mode: 'number' })
      .notNull()
      .references(() => assignments.id),
    recordId: bigint('record_id', { mode: 'number' }),
    documentId: bigint('document_id', { mode: 'number' }).references(() => campaignDocuments.id),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assignment_evidence_assignment_idx').on(t.assignmentId),
    uniqueIndex('assignment_evidence_record_key').on(t.assignmentId, t.recordId),
    uniqueIndex('assignment_evidence_document_key').on(t.assignmentId, t.documentId),
    index('assignment_evidence_record_idx').on(t.recordId),
  ],
);

/** 材料 — a document uploaded once by a node (工作方案, 调研报告, A3报告…); it may serve several assignments. */
export const campaignDocuments = pgTable(
  'campaign_documents',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: bigint('campaign_id', { mode: 'number' })
      .notNull()
      .references(() => campaigns.id),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: bigint('uploaded_by', { mode: 'number' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('campaign_documents_campaign_path_idx').using('btree', t.campaignId, sql`${t.orgPath} text_pattern_ops`)],
);

/** 已传达 — a node acknowledges receipt of the campaign and relays it to its subtree, on a date. */
export const campaignReceipts = pgTable(
  'campaign_receipts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: bigint('campaign_id', { mode: 'number' })
      .notNull()
      .references(() => campaigns.id),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    acknowledgedOn: date('acknowledged_on').notNull(),
    note: text('note'),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('campaign_receipts_key').on(t.campaignId, t.orgId)],
);

/** 领导小组 / 办公室 / 指导组 — people of a campaign; a guidance member supervises given nodes (and their subtrees). */
export const campaignMembers = pgTable(
  'campaign_members',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: bigint('campaign_id', { mode: 'number' })
      .notNull()
      .references(() => campaigns.id),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => people.id),
    /** leading_group | office | guidance */
    role: text('role').notNull(),
    /** 组长, 副组长, 成员, 主任… */
    title: text('title'),
    /** Guidance: the nodes this member supervises. */
    orgIds: bigint('org_ids', { mode: 'number' }).array().notNull().default(sql`'{}'::bigint[]`),
    sortOrder: integer('sort_order').notNull().default(0),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('campaign_members_key').on(t.campaignId, t.role, t.personId)],
);

/** 指导组参会 / 督导 — a guidance visit to a node, or attendance at its meeting, with an evaluation and findings. */
export const guidanceVisits = pgTable(
  'guidance_visits',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    campaignId: bigint('campaign_id', { mode: 'number' })
      .notNull()
      .references(() => campaigns.id),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    visitedOn: date('visited_on').notNull(),
    /** visit | meeting */
    kind: text('kind').notNull(),
    /** The meeting attended, when kind = meeting. */
    recordId: bigint('record_id', { mode: 'number' }),
    /** The guidance members present. */
    personIds: bigint('person_ids', { mode: 'number' }).array().notNull().default(sql`'{}'::bigint[]`),
    /** good | fair | poor */
    evaluation: text('evaluation').notNull(),
    summary: text('summary'),
    /** 发现的问题: short texts, later ledger items. */
    findings: text('findings').array().notNull().default(sql`'{}'::text[]`),
    createdBy: bigint('created_by', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('guidance_visits_campaign_path_idx').using('btree', t.campaignId, sql`${t.orgPath} text_pattern_ops`, t.visitedOn)],
);
