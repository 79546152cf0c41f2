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
    /** record_kind | documents | confirmation */
    completion: text('completion').notNull(),
    recordKind: text('record_kind'),
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
