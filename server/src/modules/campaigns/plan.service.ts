// The plan of a draft campaign: phases (阶段) and required actions (规定动作), each change audited.
import type { ActionBody, PhaseBody, UpdateActionBody, UpdatePhaseBody } from '@xianfeng/shared/schemas/campaigns';
import type { Ctx } from '../../core/context';
import { conflict, invalid, notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadDraft } from './campaigns.service';
import * as q from './campaigns.queries';

const audit = (tx: Executor, ctx: Ctx, orgId: number, action: string, entityType: string, entityId: number, before?: unknown, after?: unknown) =>
  recordAudit(tx, ctx, { action, entityType, entityId, orgId, before, after });

function checkPhaseDates(p: { startsOn?: string | null; endsOn?: string | null }) {
  if (p.startsOn && p.endsOn && p.endsOn < p.startsOn) throw invalid('campaign.periodOrder');
}

export async function addPhase(ctx: Ctx, campaignId: number, body: PhaseBody) {
  checkPhaseDates(body);
  return ctx.db.transaction(async (tx) => {
    const { campaign } = await loadDraft(ctx, campaignId, tx);
    const row = await q.insertPhase(tx, { ...body, campaignId });
    await audit(tx, ctx, campaign.ownerOrgId, 'campaign.phase.create', 'campaign_phase', row.id, undefined, body);
    return row;
  });
}

export async function updatePhase(ctx: Ctx, campaignId: number, phaseId: number, body: UpdatePhaseBody) {
  return ctx.db.transaction(async (tx) => {
    const { campaign } = await loadDraft(ctx, campaignId, tx);
    const before = await q.findPhase(tx, campaignId, phaseId);
    if (!before) throw notFound('campaign.phaseNotFound');
    const { version, ...changes } = body;
    checkPhaseDates({ ...before, ...changes });
    const row = await q.updatePhase(tx, phaseId, version, changes);
    if (!row) throw conflict();
    await audit(tx, ctx, campaign.ownerOrgId, 'campaign.phase.update', 'campaign_phase', phaseId, before, changes);
    return row;
  });
}

export async function removePhase(ctx: Ctx, campaignId: number, phaseId: number) {
  await ctx.db.transaction(async (tx) => {
    const { campaign } = await loadDraft(ctx, campaignId, tx);
    const before = await q.findPhase(tx, campaignId, phaseId);
    if (!before) throw notFound('campaign.phaseNotFound');
    await q.deletePhase(tx, phaseId);
    await audit(tx, ctx, campaign.ownerOrgId, 'campaign.phase.delete', 'campaign_phase', phaseId, before);
  });
}

/** The phase belongs to the campaign; a record-completed action names an existing kind. */
export async function checkAction(tx: Executor, campaignId: number, a: Pick<ActionBody, 'phaseId' | 'completion' | 'recordKind'>) {
  if (a.phaseId !== null && !(await q.findPhase(tx, campaignId, a.phaseId))) throw invalid('campaign.phaseNotFound');
  if (a.completion !== 'record_kind') return;
  if (!a.recordKind) throw invalid('campaign.recordKindRequired');
  if (!(await q.recordKindExists(tx, a.recordKind))) throw invalid('campaign.recordKindNotFound', { kind: a.recordKind });
}

export async function addAction(ctx: Ctx, campaignId: number, body: ActionBody) {
  return ctx.db.transaction(async (tx) => {
    const { campaign } = await loadDraft(ctx, campaignId, tx);
    await checkAction(tx, campaignId, body);
    const row = await q.insertAction(tx, { ...body, campaignId });
    await audit(tx, ctx, campaign.ownerOrgId, 'campaign.action.create', 'required_action', row.id, undefined, body);
    return row;
  });
}

export async function updateAction(ctx: Ctx, campaignId: number, actionId: number, body: UpdateActionBody) {
  return ctx.db.transaction(async (tx) => {
    const { campaign } = await loadDraft(ctx, campaignId, tx);
    const before = await q.findAction(tx, campaignId, actionId);
    if (!before) throw notFound('campaign.actionNotFound');
    const { version, ...changes } = body;
    await checkAction(tx, campaignId, {
      phaseId: changes.phaseId !== undefined ? changes.phaseId : before.phaseId,
      completion: changes.completion ?? (before.completion as ActionBody['completion']),
      recordKind: changes.recordKind !== undefined ? changes.recordKind : before.recordKind,
    });
    const row = await q.updateAction(tx, actionId, version, changes);
    if (!row) throw conflict();
    await audit(tx, ctx, campaign.ownerOrgId, 'campaign.action.update', 'required_action', actionId, before, changes);
    return row;
  });
}

export async function removeAction(ctx: Ctx, campaignId: number, actionId: number) {
  await ctx.db.transaction(async (tx) => {
    const { campaign } = await loadDraft(ctx, campaignId, tx);
    const before = await q.findAction(tx, campaignId, actionId);
    if (!before) throw notFound('campaign.actionNotFound');
    await q.deleteAction(tx, actionId);
    await audit(tx, ctx, campaign.ownerOrgId, 'campaign.action.delete', 'required_action', actionId, before);
  });
}
