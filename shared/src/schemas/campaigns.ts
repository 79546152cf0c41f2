// API of campaigns (专项工作 / 主题教育): phases, required actions (规定动作), launch, assignments, progress.
import { z } from 'zod';
import { ORG_TYPES } from '../domain';
import { dateSchema, idSchema, pageOf, pageQuery, versionSchema } from './common';

/** 主题教育 / 学习教育 / 专项工作 / 创建活动 / 工程 */
export const CAMPAIGN_KINDS = ['theme_education', 'study_education', 'special_work', 'creation_activity', 'project'] as const;
export const CAMPAIGN_STATUSES = ['draft', 'launched', 'closed'] as const;
/** What completes an action: a record of organisational life of a kind (and a count), documents, or a confirmation. */
export const COMPLETIONS = ['record_kind', 'records', 'documents', 'confirmation'] as const;
/** Records of the kind held by the node itself, or anywhere in its subtree (e.g. its branches' study sessions). */
export const RECORD_SCOPES = ['node', 'subtree'] as const;
/** What a matrix cell or a to-do item shows; overdue and doneLate overlap the others. */
export const ASSIGNMENT_STATES = ['not_started', 'in_progress', 'submitted', 'returned', 'done'] as const;
export const MEMBER_ROLES = ['leading_group', 'office', 'guidance'] as const;
export const VISIT_KINDS = ['visit', 'meeting'] as const;
export const EVALUATIONS = ['good', 'fair', 'poor'] as const;
export const ASSIGNMENT_STATUSES = ['pending', 'submitted', 'approved', 'returned'] as const;

export const campaignKindSchema = z.enum(CAMPAIGN_KINDS);
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export const completionSchema = z.enum(COMPLETIONS);
export const assignmentStatusSchema = z.enum(ASSIGNMENT_STATUSES);
export const recordScopeSchema = z.enum(RECORD_SCOPES);
export const assignmentStateSchema = z.enum(ASSIGNMENT_STATES);
export type AssignmentState = z.infer<typeof assignmentStateSchema>;
export const memberRoleSchema = z.enum(MEMBER_ROLES);
export const visitKindSchema = z.enum(VISIT_KINDS);
export const evaluationSchema = z.enum(EVALUATIONS);

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
  recordScope: recordScopeSchema,
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
  recordScope: actionFields.recordScope.default('node'),
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
  recordScope: recordScopeSchema,
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
  sourceCampaignId: z.number().nullable(),
  version: z.number(),
});
export type CampaignSummary = z.infer<typeof campaignSummary>;

export const campaignDetail = campaignSummary.extend({
  phases: z.array(phase),
  actions: z.array(requiredAction),
  /** write: plan and launch (owner's staff); addLocal: add 自选动作 / tighten deadlines / acknowledge at some node the caller administers. */
  /** manage: the people (领导小组, 办公室, 指导组) — the owner's staff while not closed. */
  can: z.object({ write: z.boolean(), addLocal: z.boolean(), manage: z.boolean() }),
});
export type CampaignDetail = z.infer<typeof campaignDetail>;

export const launchResult = z.object({ campaign: campaignDetail, assignments: z.number(), /** Distinct nodes that received assignments (the launch tells it). */ orgs: z.number().optional() });

export const progressQuery = z.object({
  /** The viewed node (default: the campaign's owner); rows are its children. */
  orgId: idSchema.optional(),
  phase: idSchema.optional(),
});
export type ProgressQuery = z.infer<typeof progressQuery>;

/** Counts of assignments in one cell (a row's subtree × an action); overdue and doneLate overlap the states. */
export const progressCounts = z.object({
  total: z.number(),
  notStarted: z.number(),
  /** Some evidence, not yet enough. */
  inProgress: z.number(),
  /** Awaiting the superior's review. */
  submitted: z.number(),
  returned: z.number(),
  /** Evidence complete and, where the action needs it, approved. */
  done: z.number(),
  /** Past the deadline, not done and not awaiting review. */
  overdue: z.number(),
  /** Done, with the evidence complete after the deadline. */
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
      /** assignmentId: the cell's only assignment (null when it holds several). */
      cells: z.array(progressCounts.extend({ actionId: z.number(), assignmentId: z.number().nullable().optional() })),
    }),
  ),
  /** Per action: all counts, and "done units of units" (a row is done when every assignment in it is done). */
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
  state: assignmentStateSchema,
  deadline: z.string(),
  satisfiedOn: z.string().nullable(),
  evidenceCount: z.number(),
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
  completion: completionSchema,
  overdue: z.boolean(),
});
export type TodoItem = z.infer<typeof todoItem>;
/** A node's own open assignments, and its children's submissions awaiting its review. */
export const todoList = z.object({ todo: z.array(todoItem), toReview: z.array(todoItem) });
export type TodoList = z.infer<typeof todoList>;

// —— evidence (佐证材料), documents (材料), reopen ——

export const documentView = z.object({
  id: z.number(),
  campaignId: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  title: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
  /** Assignments it serves. */
  usedBy: z.number(),
});
export type DocumentView = z.infer<typeof documentView>;
export const documentsQuery = pageQuery.extend({ orgId: idSchema.optional(), q: z.string().trim().max(100).optional() });
export type DocumentsQuery = z.infer<typeof documentsQuery>;
export const documentsPage = pageOf(documentView);
/** Multipart fields of an upload besides the file. */
export const documentUploadFields = z.object({ orgId: idSchema, title: z.string().trim().min(1).max(200) });

/** Link a held record of the node's subtree, or one of its documents, to an assignment. Exactly one. */
export const linkEvidenceBody = z
  .object({ recordId: idSchema.optional(), documentId: idSchema.optional() })
  .refine((b) => (b.recordId === undefined) !== (b.documentId === undefined), { message: 'assignment.evidenceOne' });
export type LinkEvidenceBody = z.infer<typeof linkEvidenceBody>;
export const evidenceParams = z.object({ id: idSchema, evidenceId: idSchema });

export const evidenceRecord = z.object({
  recordId: z.number(),
  kind: z.string(),
  topic: z.string(),
  heldOn: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  /** Linked by the unit (removable); otherwise matched by kind. */
  evidenceId: z.number().nullable(),
});
export const evidenceDocument = documentView.extend({ evidenceId: z.number() });

export const assignmentEvent = z.object({ kind: z.string(), comment: z.string().nullable(), personName: z.string().nullable(), at: z.string() });

export const assignmentDetail = assignmentView.extend({
  campaignTitle: z.string(),
  orgName: z.string(),
  action: requiredAction,
  /** The window records are counted in: the campaign's start to today. */
  windowStart: z.string(),
  records: z.array(evidenceRecord),
  documents: z.array(evidenceDocument),
  events: z.array(assignmentEvent),
  can: z.object({ submit: z.boolean(), review: z.boolean(), reopen: z.boolean(), link: z.boolean() }),
});
export type AssignmentDetail = z.infer<typeof assignmentDetail>;

/** Reopening an approved assignment needs the reason. */
export const reopenAssignmentBody = returnAssignmentBody;

// —— cascade (逐级传达): 自选动作, tightened deadlines, 已传达 ——

/** 自选动作: an action a node adds for its own subtree after launch; assignments are made at once. */
export const localActionBody = actionBody.extend({ orgId: idSchema });
export type LocalActionBody = z.infer<typeof localActionBody>;
/** Tighten (never loosen) an action's deadline for a node's subtree. */
export const tightenBody = z.object({ orgId: idSchema, deadline: dateSchema });
export type TightenBody = z.infer<typeof tightenBody>;
export const tightenResult = z.object({ updated: z.number() });

export const receiptBody = z.object({ orgId: idSchema, acknowledgedOn: dateSchema, note: z.string().trim().max(500).optional() });
export type ReceiptBody = z.infer<typeof receiptBody>;
export const receiptView = z.object({ orgId: z.number(), orgName: z.string(), acknowledgedOn: z.string().nullable(), note: z.string().nullable() });
export type ReceiptView = z.infer<typeof receiptView>;
/** A node's children (those with assignments) and whether each acknowledged. */
export const receiptsQuery = z.object({ orgId: idSchema.optional() });
/** The viewed node's own receipt (null at the owner, which does not acknowledge) and its children's. */
export const receiptsList = z.object({ self: receiptView.nullable(), children: z.array(receiptView) });
export type ReceiptsList = z.infer<typeof receiptsList>;

// —— people: 领导小组, 办公室, 指导组; guidance visits (指导组参会) ——

export const memberBody = z.object({
  personId: idSchema,
  role: memberRoleSchema,
  title: z.string().trim().max(50).nullable().default(null),
  /** Guidance: the nodes supervised. */
  orgIds: z.array(idSchema).max(500).default([]),
  sortOrder: z.number().int().default(0),
});
export type MemberBody = z.infer<typeof memberBody>;
export const updateMemberBody = memberBody.omit({ personId: true, role: true }).partial().extend({ version: versionSchema });
export type UpdateMemberBody = z.infer<typeof updateMemberBody>;
export const memberView = z.object({
  id: z.number(),
  personId: z.number(),
  name: z.string(),
  role: memberRoleSchema,
  title: z.string().nullable(),
  orgs: z.array(z.object({ id: z.number(), name: z.string() })),
  sortOrder: z.number(),
  version: z.number(),
});
export type MemberView = z.infer<typeof memberView>;

export const visitBody = z.object({
  orgId: idSchema,
  visitedOn: dateSchema,
  kind: visitKindSchema,
  recordId: idSchema.nullable().default(null),
  personIds: z.array(idSchema).min(1).max(20),
  evaluation: evaluationSchema,
  summary: z.string().trim().max(5000).nullable().default(null),
  findings: z.array(z.string().trim().min(1).max(500)).max(50).default([]),
});
export type VisitBody = z.infer<typeof visitBody>;
export const visitView = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  visitedOn: z.string(),
  kind: visitKindSchema,
  record: z.object({ id: z.number(), topic: z.string(), kind: z.string() }).nullable(),
  people: z.array(z.object({ id: z.number(), name: z.string() })),
  evaluation: evaluationSchema,
  summary: z.string().nullable(),
  findings: z.array(z.string()),
  createdAt: z.string(),
});
export type VisitView = z.infer<typeof visitView>;
export const visitsQuery = pageQuery.extend({ orgId: idSchema.optional() });
export const visitsPage = pageOf(visitView);

// —— 督办: overdue assignments below a node; campaign list; copy as template ——

export const overdueQuery = pageQuery.extend({ orgId: idSchema, campaignId: idSchema.optional() });
export type OverdueQuery = z.infer<typeof overdueQuery>;
export const overdueItem = z.object({
  assignmentId: z.number(),
  campaignId: z.number(),
  campaignTitle: z.string(),
  actionTitle: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  /** The unit above it, one level below the viewed node (for grouping). */
  underName: z.string().nullable(),
  deadline: z.string(),
  daysOverdue: z.number(),
  state: assignmentStateSchema,
  contactName: z.string().nullable(),
});
export type OverdueItem = z.infer<typeof overdueItem>;
export const overduePage = pageOf(overdueItem);

export const campaignsQuery = pageQuery.extend({
  status: campaignStatusSchema.optional(),
  kind: campaignKindSchema.optional(),
  q: z.string().trim().max(100).optional(),
});
export type CampaignsQuery = z.infer<typeof campaignsQuery>;
export const campaignsPage = pageOf(campaignSummary);

/** 复制为模板: a new draft with the phases and the owner's actions, dates shifted to the new start. */
export const copyCampaignBody = z.object({ ownerOrgId: idSchema, title, periodStart: dateSchema });
export type CopyCampaignBody = z.infer<typeof copyCampaignBody>;

// —— key figures (computed from records, documents and assignments), as of a day ——

export const figuresQuery = z.object({ orgId: idSchema.optional(), asOf: dateSchema.optional() });
export type FiguresQuery = z.infer<typeof figuresQuery>;
export const campaignFigures = z.object({
  campaignId: z.number(),
  org: z.object({ id: z.number(), name: z.string() }),
  asOf: z.string(),
  /** Per action: target nodes in the subtree, done by asOf, done by the deadline; records counted for record actions. */
  actions: z.array(
    z.object({
      actionId: z.number(),
      title: z.string(),
      phaseId: z.number().nullable(),
      deadline: z.string(),
      units: z.number(),
      done: z.number(),
      onTime: z.number(),
      records: z.number().nullable(),
    }),
  ),
  /** Meetings held in the subtree from the campaign's start to asOf, by kind. */
  records: z.object({
    total: z.number(),
    byKind: z.array(z.object({ kind: z.string(), records: z.number(), nodes: z.number() })),
    /** People present at least once, and attendances in all. */
    attendees: z.number(),
    attendances: z.number(),
  }),
  documents: z.number(),
  /** 已传达: nodes that acknowledged, of the nodes with assignments. */
  acknowledged: z.object({ nodes: z.number(), of: z.number() }),
  visits: z.number(),
});
export type CampaignFigures = z.infer<typeof campaignFigures>;
