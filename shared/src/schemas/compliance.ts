import { z } from 'zod';
import { ORG_TYPES } from '../domain';
import { dateSchema, idSchema, pageOf, pageQuery, versionSchema } from './common';

/** 频次规则的周期 — the period a frequency rule counts over. */
export const RULE_PERIODS = ['month', 'quarter', 'half_year', 'year'] as const;
export type RulePeriod = (typeof RULE_PERIODS)[number];
export const rulePeriodSchema = z.enum(RULE_PERIODS);

/** A rule applies to nodes of a type, or to each member ('member': "each member attends kind K ≥ N times"). */
export const RULE_TARGETS = [...ORG_TYPES, 'member'] as const;
export type RuleTarget = (typeof RULE_TARGETS)[number];
export const ruleTargetSchema = z.enum(RULE_TARGETS);

/** A calendar month, 'YYYY-MM'. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'error.badMonth' });

/** 豁免 — a node excused from a rule for one period. */
export const ruleExemption = z.object({
  id: z.number(),
  ruleId: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  /** First day of the exempted period. */
  periodStart: z.string(),
  reason: z.string(),
});
export type RuleExemption = z.infer<typeof ruleExemption>;

export const frequencyRule = z.object({
  id: z.number(),
  /** null: a built-in default of 《中国共产党支部工作条例（试行）》. */
  ownerOrgId: z.number().nullable(),
  ownerOrgName: z.string().nullable(),
  kind: z.string(),
  kindName: z.string(),
  orgType: ruleTargetSchema,
  minCount: z.number().int(),
  period: rulePeriodSchema,
  basis: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
  /** Owned by the viewed node itself (editable there). */
  ownHere: z.boolean(),
  /** A stricter rule for the same kind + target + period in force here; this one does not count then. */
  overriddenBy: z.number().nullable(),
  /** Exemptions from this rule within the viewed node's subtree. */
  exemptions: z.array(ruleExemption),
});
export type FrequencyRule = z.infer<typeof frequencyRule>;

export const rulesQuery = z.object({
  orgId: idSchema,
  /** Also list deactivated rules owned by the node (for re-reading history). */
  includeInactive: z.stringbool().default(false),
});
export type RulesQuery = z.infer<typeof rulesQuery>;
export const rulesResponse = z.object({ items: z.array(frequencyRule) });
export type RulesResponse = z.infer<typeof rulesResponse>;

export const createRuleBody = z.object({
  ownerOrgId: idSchema,
  kind: z.string().trim().min(1).max(50),
  orgType: ruleTargetSchema,
  minCount: z.number().int().min(1).max(1000),
  period: rulePeriodSchema,
  basis: z.string().trim().max(500).nullish(),
});
export type CreateRuleBody = z.infer<typeof createRuleBody>;

export const updateRuleBody = z.object({
  version: versionSchema,
  minCount: z.number().int().min(1).max(1000).optional(),
  basis: z.string().trim().max(500).nullish(),
});
export type UpdateRuleBody = z.infer<typeof updateRuleBody>;

export const deactivateRuleBody = z.object({ version: versionSchema });
export type DeactivateRuleBody = z.infer<typeof deactivateRuleBody>;

export const createExemptionBody = z.object({
  orgId: idSchema,
  /** First day of a period of the rule (e.g. 2024-04-01 for Q2 of a quarterly rule). */
  periodStart: dateSchema,
  reason: z.string().trim().min(1).max(500),
});
export type CreateExemptionBody = z.infer<typeof createExemptionBody>;
export const exemptionParams = z.object({ id: idSchema, exemptionId: idSchema });

// ——— Compliance (合规) ———

/** from/to are months, inclusive; at most 24 months. */
export const complianceQuery = z.object({ orgId: idSchema, from: monthSchema, to: monthSchema });
export type ComplianceQuery = z.infer<typeof complianceQuery>;
export const complianceNodeQuery = z.object({ from: monthSchema, to: monthSchema });
export type ComplianceNodeQuery = z.infer<typeof complianceNodeQuery>;

/**
 * A column of the compliance table: one kind + target + period. Each node is measured against the rule
 * in force at that node (the strictest of the defaults and its ancestors' rules), which `ruleId`
 * represents at the viewed node.
 */
export const complianceColumn = z.object({
  key: z.string(),
  ruleId: z.number(),
  kind: z.string(),
  kindName: z.string(),
  orgType: ruleTargetSchema,
  period: rulePeriodSchema,
  minCount: z.number().int(),
});
export type ComplianceColumn = z.infer<typeof complianceColumn>;

/** Figures of one column in one row. For a member rule, `nodes`/`compliant` count members. */
export const complianceCell = z.object({
  key: z.string(),
  /** Nodes (or members) expected to meet the rule in at least one period of the window. */
  nodes: z.number().int(),
  /** …of which met it (or were exempt) in every period that ended. */
  compliant: z.number().int(),
  /** Node-periods that ended and were expected, and how many were met or exempt. */
  periodsDue: z.number().int(),
  periodsMet: z.number().int(),
  /** Held records counted (over the rule's periods), and of them entered ≤ 7 days after the day held. */
  held: z.number().int(),
  heldOnTime: z.number().int(),
});
export type ComplianceCell = z.infer<typeof complianceCell>;

export const complianceRow = z.object({
  orgId: z.number(),
  name: z.string(),
  type: z.enum(ORG_TYPES),
  /** Nodes in the subtree subject to at least one node rule (branches, party groups, …). */
  nodes: z.number().int(),
  /** …compliant with every node rule over the window. */
  compliant: z.number().int(),
  /** compliant ÷ nodes; null when no node is subject. */
  share: z.number().nullable(),
  cells: z.array(complianceCell),
});
export type ComplianceRow = z.infer<typeof complianceRow>;

export const complianceTable = z.object({
  orgId: z.number(),
  from: z.string(),
  to: z.string(),
  /** The rules in force at the node (defaults, ancestors' and its own), overridden ones marked. */
  rules: z.array(frequencyRule),
  columns: z.array(complianceColumn),
  children: z.array(complianceRow),
  total: complianceRow,
});
export type ComplianceTable = z.infer<typeof complianceTable>;

/**
 * met: held ≥ minCount · exempt · notExpected: the node did not exist for the whole period ·
 * pending: the period has not ended and is not met yet · missed.
 */
export const PERIOD_STATUSES = ['met', 'exempt', 'not_expected', 'pending', 'missed'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export const compliancePeriod = z.object({
  periodStart: z.string(),
  /** Last day of the period. */
  periodEnd: z.string(),
  expected: z.number().int(),
  held: z.number().int(),
  heldOnTime: z.number().int(),
  exempt: z.boolean(),
  compliant: z.boolean(),
  status: z.enum(PERIOD_STATUSES),
  /** The held records counted, oldest first. */
  recordIds: z.array(z.number()),
});
export type CompliancePeriod = z.infer<typeof compliancePeriod>;

export const complianceNodeRule = z.object({
  rule: complianceColumn,
  periods: z.array(compliancePeriod),
  /** Starts of the periods that ended without being met. */
  missing: z.array(z.string()),
});

export const complianceNode = z.object({
  orgId: z.number(),
  name: z.string(),
  type: z.enum(ORG_TYPES),
  from: z.string(),
  to: z.string(),
  compliant: z.boolean(),
  rules: z.array(complianceNodeRule),
});
export type ComplianceNode = z.infer<typeof complianceNode>;

// ——— Participation (参与率, 学时) ———

export const participationQuery = complianceQuery;
export type ParticipationQuery = z.infer<typeof participationQuery>;

export const participationFigures = z.object({
  /** People listed on at least one held record of the window. */
  people: z.number().int(),
  /** Attendee rows over held records: listed, present, excused, absent. */
  listed: z.number().int(),
  present: z.number().int(),
  excused: z.number().int(),
  absent: z.number().int(),
  /** present ÷ listed; null when nobody was listed. */
  rate: z.number().nullable(),
  /** Study hours: held records' studyHours for each present attendee, plus study records. */
  studyHours: z.number(),
});
export type ParticipationFigures = z.infer<typeof participationFigures>;

export const participationRow = participationFigures.extend({
  orgId: z.number(),
  name: z.string(),
  type: z.enum(ORG_TYPES),
});
export type ParticipationRow = z.infer<typeof participationRow>;

export const participationTable = z.object({
  orgId: z.number(),
  from: z.string(),
  to: z.string(),
  children: z.array(participationRow),
  total: participationRow,
});
export type ParticipationTable = z.infer<typeof participationTable>;

/** A branch's members over the window; sorted by name only (no rankings of members). */
export const participationPeopleQuery = pageQuery.extend({
  orgId: idSchema,
  from: monthSchema,
  to: monthSchema,
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type ParticipationPeopleQuery = z.infer<typeof participationPeopleQuery>;

export const participationPerson = participationFigures.omit({ people: true }).extend({
  personId: z.number(),
  name: z.string(),
  partyStatus: z.string(),
});
export type ParticipationPerson = z.infer<typeof participationPerson>;
export const participationPeoplePage = pageOf(participationPerson);
export type ParticipationPeoplePage = z.infer<typeof participationPeoplePage>;
