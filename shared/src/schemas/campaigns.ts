// API of campaigns (专项工作 / 主题教育): phases, required actions (规定动作), launch, assignments, progress.
import { z } from 'zod';
import { ORG_TYPES } from '../domain';
import { dateSchema, idSchema, versionSchema } from './common';

/** 主题教育 / 学习教育 / 专项工作 / 创建活动 / 工程 */
export const CAMPAIGN_KINDS = ['theme_education', 'study_education', 'special_work', 'creation_activity', 'project'] as const;
export const CAMPAIGN_STATUSES = ['draft', 'launched', 'closed'] as const;
/** What completes an action: a record of organisational life of a kind (and a count), documents, or a confirmation. */
export const COMPLETIONS = ['record_kind', 'documents', 'confirmation'] as const;
export const ASSIGNMENT_STATUSES = ['pending', 'submitted', 'approved', 'returned'] as const;

export const campaignKindSchema = z.enum(CAMPAIGN_KINDS);
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export const completionSchema = z.enum(COMPLETIONS);
export const assignmentStatusSchema = z.enum(ASSIGNMENT_STATUSES);

const title = z.string().trim().min(1).max(200);

export const createCampaignBody = z.object({
  ownerOrgId: idSchema,
  title,
  kind: campaignKindSchema,
  periodStart: dateSchema,
  periodEnd: dateSchema,
});
export type CreateCampaignBody = z.infer<typeof createCampaignBody>;

export const updateCampaignBody = createCampaignBody.omit({ ownerOrgId: true }).partial().extend({ version: versionSchema });
export type UpdateCampaignBody = z.infer<typeof updateCampaignBody>;

// Fields without defaults, so a partial update leaves what it does not send unchanged.
const phaseFields = {
  name: z.string().trim().min(1).max(100),
  sortOrder: z.number().int(),
  startsOn: dateSchema.nullable(),
  endsOn: dateSchema.nullable(),
};
export const phaseBody = z.object({
  ...phaseFields,
  sortOrder: phaseFields.sortOrder.default(0),
  startsOn: phaseFields.startsOn.default(null),
  endsOn: phaseFields.endsOn.default(null),
});
export type PhaseBody = z.infer<typeof phaseBody>;
export const updatePhaseBody = z.object(phaseFields).partial().extend({ version: versionSchema });
export type UpdatePhaseBody = z.infer<typeof updatePhaseBody>;

const actionFields = {
  title,
  guidance: z.string().max(5000).nullable(),
  phaseId: idSchema.nullable(),
  deadline: dateSchema,
  /** Node types it applies to; empty = any type. */
  targetTypes: z.array(z.enum(ORG_TYPES)).max(5),
  /** Depth below the owner (1 = its children, e.g. second-level committees); null = anywhere below. */
  targetDepth: z.number().int().min(0).max(20).nullable(),
  contactPersonId: idSchema.nullable(),
  completion: completionSchema,
  recordKind: z.string().max(50).nullable(),
  minCount: z.number().int().min(1).max(1000).nullable(),
  needsApproval: z.boolean(),
  sortOrder: z.number().int(),
};
export const actionBody = z.object({
  ...actionFields,
  guidance: actionFields.guidance.default(null),
  phaseId: actionFields.phaseId.default(null),
  targetTypes: actionFields.targetTypes.default([]),
  targetDepth: actionFields.targetDepth.default(null),
  contactPersonId: actionFields.contactPersonId.default(null),
  recordKind: actionFields.recordKind.default(null),
  minCount: actionFields.minCount.default(null),
  needsApproval: actionFields.needsApproval.default(false),
  sortOrder: actionFields.sortOrder.default(0),
});
export type ActionBody = z.infer<typeof actionBody>;
export const updateActionBody = z.object(actionFields).partial().extend({ version: versionSchema });
export type UpdateActionBody = z.infer<typeof updateActionBody>;

export const childParams = z.object({ id: idSchema, childId: idSchema });

export const phase = z.object({
  id: z.number(),
  name: z.string(),
  sortOrder: z.number(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  version: z.number(),
});
export type Phase = z.infer<typeof phase>;

export const requiredAction = z.object({
  id: z.number(),
  phaseId: z.number().nullable(),
  ownerOrgId: z.number().nullable(),
  title: z.string(),
  guidance: z.string().nullable(),
  deadline: z.string(),
  targetTypes: z.array(z.enum(ORG_TYPES)),
  targetDepth: z.number().nullable(),
  contactPersonId: z.number().nullable(),
  completion: completionSchema,
  recordKind: z.string().nullable(),
  minCount: z.number().nullable(),
  needsApproval: z.boolean(),
  sortOrder: z.number(),
  version: z.number(),
});
export type RequiredAction = z.infer<typeof requiredAction>;

export const campaignSummary = z.object({
  id: z.number(),
  ownerOrgId: z.number(),
  ownerName: z.string(),
  title: z.string(),
  kind: campaignKindSchema,
  periodStart: z.string(),
  periodEnd: z.string(),
  status: campaignStatusSchema,
  launchedAt: z.string().nullable(),
  version: z.number(),
});
export type CampaignSummary = z.infer<typeof campaignSummary>;

export const campaignDetail = campaignSummary.extend({
  phases: z.array(phase),
  actions: z.array(requiredAction),
  can: z.object({ write: z.boolean() }),
});
export type CampaignDetail = z.infer<typeof campaignDetail>;

export const launchResult = z.object({ campaign: campaignDetail, assignments: z.number() });

export const progressQuery = z.object({
  /** The viewed node (default: the campaign's owner); rows are its children. */
  orgId: idSchema.optional(),
  phase: idSchema.optional(),
});
export type ProgressQuery = z.infer<typeof progressQuery>;

/** Counts of assignments in one cell (a row's subtree × an action); overdue and doneLate overlap the states. */
export const progressCounts = z.object({
  total: z.number(),
  pending: z.number(),
  submitted: z.number(),
  approved: z.number(),
  returned: z.number(),
  /** Past the deadline and neither submitted nor approved. */
  overdue: z.number(),
  /** Submitted or approved after the deadline. */
  doneLate: z.number(),
});
export type ProgressCounts = z.infer<typeof progressCounts>;

export const progressMatrix = z.object({
  campaignId: z.number(),
  org: z.object({ id: z.number(), name: z.string() }),
  today: z.string(),
  actions: z.array(z.object({ id: z.number(), title: z.string(), phaseId: z.number().nullable(), deadline: z.string() })),
  rows: z.array(
    z.object({
      orgId: z.number(),
      name: z.string(),
      type: z.enum(ORG_TYPES),
      /** The viewed node itself, when it has assignments of its own. */
      self: z.boolean(),
      cells: z.array(progressCounts.extend({ actionId: z.number() })),
    }),
  ),
  /** Per action: all counts, and "done units of units" (a row is done when every assignment in it is approved). */
  totals: z.array(progressCounts.extend({ actionId: z.number(), units: z.number(), unitsDone: z.number() })),
});
export type ProgressMatrix = z.infer<typeof progressMatrix>;

// —— assignments (任务分配): submit, review, to-do ——

export const submitAssignmentBody = z.object({ version: versionSchema, comment: z.string().trim().max(2000).optional() });
export const approveAssignmentBody = submitAssignmentBody;
/** Returning needs the reason. */
export const returnAssignmentBody = z.object({ version: versionSchema, comment: z.string().trim().min(1).max(2000) });
export type SubmitAssignmentBody = z.infer<typeof submitAssignmentBody>;

export const assignmentView = z.object({
  id: z.number(),
  campaignId: z.number(),
  actionId: z.number(),
  orgId: z.number(),
  status: assignmentStatusSchema,
  deadline: z.string(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewerPersonId: z.number().nullable(),
  comment: z.string().nullable(),
  version: z.number(),
});
export type AssignmentView = z.infer<typeof assignmentView>;

export const todoQuery = z.object({ orgId: idSchema });
export const todoItem = assignmentView.extend({
  campaignTitle: z.string(),
  actionTitle: z.string(),
  orgName: z.string(),
  needsApproval: z.boolean(),
  overdue: z.boolean(),
});
export type TodoItem = z.infer<typeof todoItem>;
/** A node's own open assignments, and its children's submissions awaiting its review. */
export const todoList = z.object({ todo: z.array(todoItem), toReview: z.array(todoItem) });
export type TodoList = z.infer<typeof todoList>;
