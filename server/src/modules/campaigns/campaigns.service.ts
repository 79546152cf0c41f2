// Campaigns (专项工作): the plan owned by a node — create, read, edit while draft. Phases and actions: plan.service.ts.
import type { OrgType } from '@xianfeng/shared/domain';
import type {
  CampaignDetail,
  CampaignsQuery,
  CampaignSummary,
  CreateCampaignBody,
  RequiredAction,
  UpdateCampaignBody,
} from '@xianfeng/shared/schemas/campaigns';
import type { Page } from '@xianfeng/shared/schemas/common';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import * as policy from './campaigns.policy';
import * as q from './campaigns.queries';

type Found = NonNullable<Awaited<ReturnType<typeof q.findCampaign>>>;

const summaryOf = ({ campaign: c, ownerName }: Found | { campaign: q.CampaignRow; ownerName: string }): CampaignSummary => ({
  id: c.id,
  ownerOrgId: c.ownerOrgId,
  ownerName,
  title: c.title,
  kind: c.kind as CampaignSummary['kind'],
  periodStart: c.periodStart,
  periodEnd: c.periodEnd,
  status: c.status as CampaignSummary['status'],
  launchedAt: c.launchedAt?.toISOString() ?? null,
  sourceCampaignId: c.sourceCampaignId,
  version: c.version,
});

export const actionView = (a: q.ActionRow): RequiredAction => ({
  id: a.id,
  phaseId: a.phaseId,
  ownerOrgId: a.ownerOrgId,
  title: a.title,
  guidance: a.guidance,
  deadline: a.deadline,
  targetTypes: a.targetTypes as OrgType[],
  recordScope: a.recordScope as RequiredAction['recordScope'],
  targetDepth: a.targetDepth,
  contactPersonId: a.contactPersonId,
  completion: a.completion as RequiredAction['completion'],
  recordKind: a.recordKind,
  minCount: a.minCount,
  needsApproval: a.needsApproval,
  sortOrder: a.sortOrder,
  version: a.version,
});

/**
 * The campaign if the caller may read it: a reader of the owner's subtree, or — once launched — of a
 * subtree holding one of its assignments. Otherwise 404, so existence does not leak.
 */
export async function loadReadable(ctx: Ctx, id: number, db: Executor = ctx.db): Promise<Found> {
  const found = await q.findCampaign(db, id);
  if (!found) throw notFound('campaign.notFound');
  if (policy.canReadOwned(ctx.actor, found.campaign)) return found;
  if (found.campaign.status !== 'draft' && (await q.hasAssignmentIn(db, id, policy.readScope(ctx.actor)))) return found;
  throw notFound('campaign.notFound');
}

/** The campaign if the caller may edit it (404 when not even readable, 403 when only readable). */
export async function loadWritable(ctx: Ctx, id: number, db: Executor = ctx.db): Promise<Found> {
  const found = await loadReadable(ctx, id, db);
  if (!policy.canWriteCampaign(ctx.actor, found.campaign)) throw forbidden();
  return found;
}

/** A draft the caller may edit; a launched campaign's plan is fixed. */
export async function loadDraft(ctx: Ctx, id: number, db: Executor = ctx.db): Promise<Found> {
  const found = await loadWritable(ctx, id, db);
  if (!policy.isEditable(found.campaign)) throw conflict('campaign.notDraft');
  return found;
}

export async function listCampaigns(ctx: Ctx, query: CampaignsQuery): Promise<Page<CampaignSummary>> {
  const { rows, total } = await q.listVisible(ctx.db, policy.readScope(ctx.actor), query);
  return { items: rows.map(summaryOf), total, page: query.page, pageSize: query.pageSize };
}

export async function getCampaign(ctx: Ctx, id: number, db: Executor = ctx.db): Promise<CampaignDetail> {
  const found = await loadReadable(ctx, id, db);
  const [phases, actions] = [await q.phasesOf(db, id), await q.actionsOf(db, id)];
  return {
    ...summaryOf(found),
    phases: phases.map(({ campaignId: _c, ...p }) => p),
    actions: actions.map(actionView),
    can: {
      write: policy.canWriteCampaign(ctx.actor, found.campaign) && policy.isEditable(found.campaign),
      manage: policy.canWriteCampaign(ctx.actor, found.campaign) && found.campaign.status !== 'closed',
      // Intermediate nodes relay a launched campaign: the caller administers some node below the owner.
      addLocal: found.campaign.status === 'launched' && policy.administersBelow(ctx.actor, found.campaign.ownerPath),
    },
  };
}

const checkPeriod = (start: string, end: string) => {
  if (end < start) throw invalid('campaign.periodOrder');
};

export async function createCampaign(ctx: Ctx, body: CreateCampaignBody) {
  const owner = await loadOrgInScope(ctx, body.ownerOrgId, 'campaign.write');
  checkPeriod(body.periodStart, body.periodEnd);
  return ctx.db.transaction(async (tx) => {
    const { ownerOrgId: _o, ...fields } = body;
    const row = await q.insertCampaign(tx, { ...fields, ownerOrgId: owner.id, ownerPath: owner.path, createdBy: ctx.actor.accountId });
    await recordAudit(tx, ctx, { action: 'campaign.create', entityType: 'campaign', entityId: row.id, orgId: owner.id, summary: row.title, after: fields });
    return row;
  });
}

export async function updateCampaign(ctx: Ctx, id: number, body: UpdateCampaignBody) {
  return ctx.db.transaction(async (tx) => {
    const { campaign: before } = await loadDraft(ctx, id, tx);
    const { version, ...changes } = body;
    checkPeriod(changes.periodStart ?? before.periodStart, changes.periodEnd ?? before.periodEnd);
    const row = await q.updateCampaign(tx, id, version, changes);
    if (!row) throw conflict();
    await recordAudit(tx, ctx, {
      action: 'campaign.update',
      entityType: 'campaign',
      entityId: id,
      orgId: before.ownerOrgId,
      summary: row.title,
      before: { title: before.title, kind: before.kind, periodStart: before.periodStart, periodEnd: before.periodEnd },
      after: changes,
    });
    return row;
  });
}
