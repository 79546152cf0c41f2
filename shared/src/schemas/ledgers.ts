import { z } from 'zod';
import { dateSchema, idSchema, pageOf, pageQuery, versionSchema } from './common';
import { itemFileView } from './ledgerFiles';

// Ledgers (清单) and their items (事项): the API contract of the ledgers module.

export const LEDGER_KINDS = ['practical_matter', 'problem', 'research_topic', 'key_task', 'special_check'] as const;
export const ledgerKind = z.enum(LEDGER_KINDS);
export type LedgerKind = z.infer<typeof ledgerKind>;

export const ITEM_STATUSES = ['registered', 'in_progress', 'close_requested', 'closed', 'returned', 'extended'] as const;
export const itemStatus = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof itemStatus>;

/** Colour of an item against its deadline (item-state.ts). */
export const ITEM_COLOURS = ['closed', 'closed_late', 'overdue', 'due_soon', 'on_track'] as const;
export const itemColour = z.enum(ITEM_COLOURS);
export type ItemColour = z.infer<typeof itemColour>;

/** 督办阶梯, lowest first: reminder (提醒) → urge (督办) → notice (通报) → interview (约谈). */
export const ESCALATION_STEPS = ['reminder', 'urge', 'notice', 'interview'] as const;
export const escalationStepName = z.enum(ESCALATION_STEPS);
export type EscalationStepName = z.infer<typeof escalationStepName>;

/** A step of the ladder, taken once an item is overdue by more than afterDays days (0: the day after the deadline). */
export const escalationStep = z.object({
  step: escalationStepName,
  afterDays: z.number().int().min(0).max(3650),
});

/** The ladder: each step at most once, and a higher step never earlier than a lower one. */
export const escalationLadder = z
  .array(escalationStep)
  .max(ESCALATION_STEPS.length)
  .refine((l) => new Set(l.map((s) => s.step)).size === l.length, { message: 'ledger.escalationDuplicate' })
  .refine(
    (l) => {
      const sorted = [...l].sort((a, b) => ESCALATION_STEPS.indexOf(a.step) - ESCALATION_STEPS.indexOf(b.step));
      return sorted.every((s, i) => i === 0 || s.afterDays >= sorted[i - 1]!.afterDays);
    },
    { message: 'ledger.escalationOrder' },
  );

const text = (max: number) => z.string().trim().min(1).max(max);

/** Kind-specific fields of an item, one schema per kind. */
export const itemFieldsByKind = {
  practical_matter: z.object({
    beneficiaries: z.string().max(500).optional(),
    source: z.enum(['走下去听', '请上来讲', '坐下来议', 'employee_submission']),
    phase: z.string().max(100).optional(),
  }),
  problem: z.object({
    source: z.enum(['research_topic', 'inspection', 'self_check', 'guidance_finding', 'masses']),
    severity: z.enum(['general', 'serious', 'critical']),
    measures: z.string().max(4000),
  }),
  research_topic: z.object({
    leaderPersonId: idSchema,
    methods: z
      .array(z.enum(['individual_interview', 'group_discussion', 'questionnaire', 'field_visit', 'case_study', 'other']))
      .min(1),
  }),
  key_task: z.object({ aspect: text(200) }),
  special_check: z.object({ checkType: text(100) }),
} as const satisfies Record<LedgerKind, z.ZodTypeAny>;

export const createLedgerBody = z.object({
  ownerOrgId: idSchema,
  kind: ledgerKind,
  title: text(200),
  description: z.string().max(4000).nullish(),
  campaignId: idSchema.nullish(),
  categories: z.array(text(100)).max(100).default([]),
  escalation: escalationLadder.default([]),
});
export type CreateLedgerBody = z.infer<typeof createLedgerBody>;

export const updateLedgerBody = z.object({
  version: versionSchema,
  title: text(200).optional(),
  description: z.string().max(4000).nullish(),
  categories: z.array(text(100)).max(100).optional(),
  escalation: escalationLadder.optional(),
});
export type UpdateLedgerBody = z.infer<typeof updateLedgerBody>;

export const ledgersQuery = pageQuery.extend({
  kind: ledgerKind.optional(),
  campaignId: idSchema.optional(),
  orgId: idSchema.optional(),
});
export type LedgersQuery = z.infer<typeof ledgersQuery>;

export const ledgerView = z.object({
  id: z.number(),
  ownerOrgId: z.number(),
  ownerName: z.string(),
  campaignId: z.number().nullable(),
  kind: ledgerKind,
  title: z.string(),
  description: z.string().nullable(),
  categories: z.array(z.string()),
  escalation: z.array(escalationStep),
  version: z.number(),
  can: z.object({ manage: z.boolean() }),
});
export type LedgerView = z.infer<typeof ledgerView>;
export const ledgersPage = pageOf(ledgerView);

const itemCommon = {
  title: text(300),
  description: z.string().max(4000).nullish(),
  category: z.string().max(100).nullish(),
  externalNo: z.string().max(50).nullish(),
  responsibleOrgId: idSchema,
  responsiblePersonId: idSchema.nullish(),
  parentItemId: idSchema.nullish(),
};

/** fields are checked against the ledger's kind by the server (itemFieldsByKind). */
export const createItemBody = z.object({
  ...itemCommon,
  fields: z.record(z.string(), z.unknown()).default({}),
  fixedAtOnce: z.boolean().default(false),
  deadline: dateSchema.nullish(),
  registeredOn: dateSchema.optional(),
});
export type CreateItemBody = z.infer<typeof createItemBody>;

export const updateItemBody = z.object({
  version: versionSchema,
  title: text(300).optional(),
  description: z.string().max(4000).nullish(),
  category: z.string().max(100).nullish(),
  responsibleOrgId: idSchema.optional(),
  responsiblePersonId: idSchema.nullish(),
  fields: z.record(z.string(), z.unknown()).optional(),
  deadline: dateSchema.nullish(),
});
export type UpdateItemBody = z.infer<typeof updateItemBody>;

export const itemsQuery = pageQuery.extend({
  ledgerId: idSchema.optional(),
  orgId: idSchema.optional(),
  kind: ledgerKind.optional(),
  status: itemStatus.optional(),
  category: z.string().max(100).optional(),
  colour: itemColour.optional(),
  /** The highest escalation step taken against the current deadline. */
  escalation: escalationStepName.optional(),
  /** Items that came out of this one (the problems a research topic found). */
  parentItemId: idSchema.optional(),
  q: z.string().max(100).optional(),
});
export type ItemsQuery = z.infer<typeof itemsQuery>;

export const UPDATE_KINDS = [
  'progress',
  'close_request',
  'close',
  'return',
  'extend_request',
  'extend',
  'reopen',
  'escalate',
] as const;

export const itemUpdateView = z.object({
  id: z.number(),
  kind: z.enum(UPDATE_KINDS),
  on: z.string(),
  text: z.string().nullable(),
  progress: z.number().nullable(),
  newDeadline: z.string().nullable(),
  step: z.string().nullable(),
  personId: z.number().nullable(),
  at: z.string(),
});

export const itemLinkView = z.object({
  id: z.number(),
  linkedItemId: z.number().nullable(),
  recordId: z.number().nullable(),
  at: z.string(),
});

export const itemSummary = z.object({
  id: z.number(),
  ledgerId: z.number(),
  kind: ledgerKind,
  externalNo: z.string().nullable(),
  title: z.string(),
  category: z.string().nullable(),
  responsibleOrgId: z.number(),
  responsibleName: z.string(),
  responsiblePersonId: z.number().nullable(),
  deadline: z.string().nullable(),
  status: itemStatus,
  progress: z.number(),
  fixedAtOnce: z.boolean(),
  registeredOn: z.string(),
  closedOn: z.string().nullable(),
  colour: itemColour,
  /** The highest escalation step taken against the current deadline (an approved extension starts afresh); null if none. */
  escalation: escalationStepName.nullable(),
  version: z.number(),
});
export type ItemSummary = z.infer<typeof itemSummary>;
export const itemsPage = pageOf(itemSummary);

export const itemDetail = itemSummary.extend({
  description: z.string().nullable(),
  fields: z.record(z.string(), z.unknown()),
  parentItemId: z.number().nullable(),
  updates: z.array(itemUpdateView),
  links: z.array(itemLinkView),
  /** Files not removed, oldest first; updateId names the 申请销号 they backed. */
  files: z.array(itemFileView),
  can: z.object({ update: z.boolean(), manage: z.boolean(), close: z.boolean() }),
});
export type ItemDetail = z.infer<typeof itemDetail>;

export const progressBody = z.object({
  version: versionSchema,
  text: text(4000),
  percent: z.number().int().min(0).max(100),
  on: dateSchema.optional(),
});
/** fileIds: files already uploaded to the item that back the request (evidence); each backs one request only. */
export const requestCloseBody = z.object({
  version: versionSchema,
  text: text(4000),
  fileIds: z.array(idSchema).max(50).optional(),
});
export const closeBody = z.object({ version: versionSchema, text: z.string().max(4000).optional() });
/** 退回 and 重新打开 need a reason; an empty one is refused with 400. */
export const reasonBody = z.object({ version: versionSchema, reason: z.string().trim().max(4000).optional() });
export const requestExtensionBody = z.object({ version: versionSchema, newDeadline: dateSchema, reason: text(4000) });
export const approveExtensionBody = z.object({ version: versionSchema });
export const linkBody = z.object({ linkedItemId: idSchema.optional(), recordId: idSchema.optional() });
export const linkParams = z.object({ id: idSchema, linkId: idSchema });
/** 督办 by hand: the list's owner or the superior takes a step of the ladder now. */
export const escalateBody = z.object({ step: escalationStepName, text: text(4000) });
export type EscalateBody = z.infer<typeof escalateBody>;
