import type { Locale, OrgType } from '@xianfeng/shared/domain';
import type {
  CreateExemptionBody,
  CreateRuleBody,
  FrequencyRule,
  RulePeriod,
  RuleTarget,
  UpdateRuleBody,
} from '@xianfeng/shared/schemas/compliance';
import type { Ctx } from '../../core/context';
import { conflict, DomainError, invalid, notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadOrgInScope, type OrgRow } from '../orgs';
import { isPeriodStart } from './compliance.periods';
import { overrides, RULES_READ, RULES_WRITE, slotOf, typesAtOrBelow } from './compliance.policy';
import * as q from './rules.queries';

const auditView = (r: q.RuleRow) => ({
  ownerOrgId: r.ownerOrgId,
  kind: r.kind,
  orgType: r.orgType,
  minCount: r.minCount,
  period: r.period,
  basis: r.basis,
  active: r.active,
});

/** An out-of-scope owner answers as the rule itself being unknown; other errors pass through. */
const as404 =
  (key: 'rule.notFound' | 'rule.exemptionNotFound') =>
  (e: unknown): never => {
    throw e instanceof DomainError && e.status === 404 ? notFound(key) : e;
  };

export const kindNameOf = (r: Pick<q.RuleView, 'kindZh' | 'kindEn'>, locale: Locale) =>
  locale === 'en-US' ? r.kindEn : r.kindZh;

/** The rules in force at `org`, overridden ones marked, each with its exemptions inside the subtree. */
export async function rulesAt(
  db: Executor,
  org: Pick<OrgRow, 'id' | 'path'>,
  locale: Locale,
  includeInactive = false,
): Promise<FrequencyRule[]> {
  const rows = await q.rulesInForceAt(db, org.path, includeInactive ? org.id : undefined);
  const overriddenBy = overrides(rows);
  const exemptions = await q.exemptionsUnder(
    db,
    rows.map((r) => r.id),
    org.path,
  );
  return rows.map((r) => ({
    id: r.id,
    ownerOrgId: r.ownerOrgId,
    ownerOrgName: r.ownerName,
    kind: r.kind,
    kindName: kindNameOf(r, locale),
    orgType: r.orgType as RuleTarget,
    minCount: r.minCount,
    period: r.period as RulePeriod,
    basis: r.basis,
    active: r.active,
    version: r.version,
    ownHere: r.ownerOrgId === org.id,
    overriddenBy: overriddenBy.get(r.id) ?? null,
    exemptions: exemptions.filter((e) => e.ruleId === r.id),
  }));
}

export async function listRules(ctx: Ctx, orgId: number, locale: Locale, includeInactive: boolean) {
  const org = await loadOrgInScope(ctx, orgId, RULES_READ);
  return { items: await rulesAt(ctx.db, org, locale, includeInactive) };
}

/** 从严不从宽: the strictest rule the owner inherits for the slot (defaults and ancestors' rules). */
async function checkNotLooser(
  tx: Executor,
  owner: OrgRow,
  rule: { kind: string; orgType: string; period: string; minCount: number },
  selfId?: number,
) {
  const inherited = (await q.rulesInForceAt(tx, owner.path))
    .filter((r) => r.ownerOrgId !== owner.id && r.id !== selfId && slotOf(r) === slotOf(rule))
    .sort((a, b) => b.minCount - a.minCount)[0];
  if (inherited && rule.minCount < inherited.minCount) {
    throw invalid('rule.looser', {
      kind: inherited.kindZh,
      period: `rulePeriod.${rule.period}`,
      inherited: inherited.minCount,
      minCount: rule.minCount,
      basis: inherited.basis ?? inherited.ownerName ?? '',
    });
  }
}

export async function createRule(ctx: Ctx, body: CreateRuleBody) {
  return ctx.db.transaction(async (tx) => {
    const owner = await loadOrgInScope(ctx, body.ownerOrgId, RULES_WRITE, tx);
    if (owner.dissolvedOn) throw invalid('org.dissolved');
    if (!(await q.findKindAt(tx, body.kind, owner.path))) throw invalid('rule.unknownKind', { kind: body.kind });
    if (!typesAtOrBelow(owner.type as OrgType).has(body.orgType))
      throw invalid('rule.targetNotBelow', { orgType: `orgType.${body.orgType}`, owner: owner.name });
    const own = (await q.rulesInForceAt(tx, owner.path)).find((r) => r.ownerOrgId === owner.id && slotOf(r) === slotOf(body));
    if (own) throw conflict('rule.duplicate');
    await checkNotLooser(tx, owner, body);
    const rule = await q.insertRule(tx, {
      ownerOrgId: owner.id,
      kind: body.kind,
      orgType: body.orgType,
      minCount: body.minCount,
      period: body.period,
      basis: body.basis ?? null,
    });
    await recordAudit(tx, ctx, {
      action: 'rule.create',
      entityType: 'frequency_rule',
      entityId: rule.id,
      orgId: owner.id,
      summary: `${body.kind} ≥ ${body.minCount}/${body.period}`,
      after: auditView(rule),
    });
    return rule;
  });
}

/** The rule and its owner, if the caller may set rules there; built-in rules are read-only. */
async function loadOwnRule(ctx: Ctx, tx: Executor, id: number) {
  const rule = await q.findRule(tx, id);
  if (!rule) throw notFound('rule.notFound');
  if (rule.ownerOrgId === null) throw invalid('rule.builtInReadOnly');
  const owner = await loadOrgInScope(ctx, rule.ownerOrgId, RULES_WRITE, tx).catch(as404('rule.notFound'));
  if (!rule.active) throw invalid('rule.inactive');
  return { rule, owner };
}

export async function updateRule(ctx: Ctx, id: number, body: UpdateRuleBody) {
  return ctx.db.transaction(async (tx) => {
    const { rule, owner } = await loadOwnRule(ctx, tx, id);
    if (body.minCount !== undefined) await checkNotLooser(tx, owner, { ...rule, minCount: body.minCount }, rule.id);
    const after = await q.updateRule(tx, id, body.version, {
      minCount: body.minCount ?? rule.minCount,
      basis: body.basis === undefined ? rule.basis : body.basis,
    });
    if (!after) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'rule.update',
      entityType: 'frequency_rule',
      entityId: id,
      orgId: owner.id,
      summary: rule.kind,
      before: auditView(rule),
      after: auditView(after),
    });
    return after;
  });
}

export async function deactivateRule(ctx: Ctx, id: number, version: number) {
  return ctx.db.transaction(async (tx) => {
    const { rule, owner } = await loadOwnRule(ctx, tx, id);
    const after = await q.updateRule(tx, id, version, { active: false });
    if (!after) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'rule.deactivate',
      entityType: 'frequency_rule',
      entityId: id,
      orgId: owner.id,
      summary: rule.kind,
      before: auditView(rule),
      after: auditView(after),
    });
    return after;
  });
}

/**
 * Excuses a node from a rule for one period. The rule must be in force at the node (a default or an
 * ancestor's); for a node rule the node must be of the rule's type; a member rule excuses the node's members.
 */
export async function createExemption(ctx: Ctx, ruleId: number, body: CreateExemptionBody) {
  return ctx.db.transaction(async (tx) => {
    const org = await loadOrgInScope(ctx, body.orgId, RULES_WRITE, tx);
    const rule = (await q.rulesInForceAt(tx, org.path)).find((r) => r.id === ruleId);
    if (!rule) throw notFound('rule.notFound');
    if (rule.orgType !== 'member' && rule.orgType !== org.type)
      throw invalid('rule.exemptionOutside', { orgType: `orgType.${rule.orgType}` });
    if (!isPeriodStart(body.periodStart, rule.period as RulePeriod))
      throw invalid('rule.badPeriodStart', { date: body.periodStart, period: `rulePeriod.${rule.period}` });
    if (await q.findExemptionFor(tx, ruleId, org.id, body.periodStart)) throw conflict('rule.exemptionExists');
    const row = await q.insertExemption(tx, {
      ruleId,
      orgId: org.id,
      periodStart: body.periodStart,
      reason: body.reason,
      createdBy: ctx.actor.personId,
    });
    await recordAudit(tx, ctx, {
      action: 'rule.exempt',
      entityType: 'rule_exemption',
      entityId: row.id,
      orgId: org.id,
      summary: `${rule.kind} ${body.periodStart} ${org.name}`,
      after: { ruleId, orgId: org.id, periodStart: body.periodStart, reason: body.reason },
    });
    return { id: row.id, ruleId, orgId: org.id, orgName: org.name, periodStart: row.periodStart, reason: row.reason };
  });
}

export async function deleteExemption(ctx: Ctx, ruleId: number, exemptionId: number) {
  return ctx.db.transaction(async (tx) => {
    const row = await q.findExemption(tx, ruleId, exemptionId);
    if (!row) throw notFound('rule.exemptionNotFound');
    const org = await loadOrgInScope(ctx, row.orgId, RULES_WRITE, tx).catch(as404('rule.exemptionNotFound'));
    await q.deleteExemption(tx, row.id);
    await recordAudit(tx, ctx, {
      action: 'rule.unexempt',
      entityType: 'rule_exemption',
      entityId: row.id,
      orgId: org.id,
      summary: `${row.periodStart} ${org.name}`,
      before: { ruleId, orgId: org.id, periodStart: row.periodStart, reason: row.reason },
    });
  });
}
