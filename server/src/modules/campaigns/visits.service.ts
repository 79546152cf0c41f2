// 指导组参会 / 督导: a guidance member (or the owner's staff) records a visit to a node, or attendance at its
// meeting, with an evaluation and findings. The campaign's readers see the visits of the nodes they read.
import type { Page } from '@xianfeng/shared/schemas/common';
import type { VisitBody, VisitView } from '@xianfeng/shared/schemas/campaigns';
import { can } from '../../core/access';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import { recordAudit } from '../audit';
import * as policy from './campaigns.policy';
import * as q from './campaigns.queries';
import { loadReadable } from './campaigns.service';
import { campaignNode } from './cascade.service';
import * as vq from './visits.queries';

const viewOf = (r: vq.VisitRow): VisitView => ({
  ...r,
  kind: r.kind as VisitView['kind'],
  evaluation: r.evaluation as VisitView['evaluation'],
  createdAt: new Date(r.createdAt).toISOString(),
});

export async function listVisits(ctx: Ctx, campaignId: number, query: { orgId?: number; page: number; pageSize: number }): Promise<Page<VisitView>> {
  const path = query.orgId === undefined ? undefined : (await campaignNode(ctx, campaignId, query.orgId, ctx.db)).org.path;
  if (path === undefined) await loadReadable(ctx, campaignId);
  const { rows, total } = await vq.listVisits(ctx.db, {
    campaignId,
    scope: policy.readScope(ctx.actor),
    path,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(viewOf), total, page: query.page, pageSize: query.pageSize };
}

/**
 * By a guidance member assigned to the node or one of its ancestors, or by the owner's staff. Those who may
 * see the campaign and the node but not record there get 403; others 404.
 */
export async function addVisit(ctx: Ctx, campaignId: number, body: VisitBody): Promise<VisitView> {
  return ctx.db.transaction(async (tx) => {
    const found = await q.findCampaign(tx, campaignId);
    if (!found) throw notFound('campaign.notFound');
    const { campaign } = found;
    const org = await vq.findNode(tx, body.orgId);
    const guide = org !== undefined && (await vq.supervises(tx, campaignId, ctx.actor.personId, org.path));
    if (!guide && !policy.canWriteCampaign(ctx.actor, campaign)) {
      await loadReadable(ctx, campaignId, tx);
      if (org && can(ctx.actor, 'campaign.read', org.path)) throw forbidden();
    }
    if (!org || !(guide || can(ctx.actor, 'campaign.read', org.path))) throw notFound('org.notFound');
    if (!org.path.startsWith(campaign.ownerPath)) throw invalid('campaign.orgOutside');
    if (campaign.status === 'draft') throw conflict('cascade.notLaunched');
    if (body.visitedOn > todayIn(ctx.timeZone)) throw invalid('visit.future');
    if (body.recordId !== null && !(await vq.recordUnder(tx, body.recordId, org.path))) throw invalid('visit.recordOutside');
    const personIds = [...new Set(body.personIds)];
    const guides = await vq.guidancePeople(tx, campaignId, personIds);
    if (personIds.some((p) => !guides.has(p))) throw invalid('visit.notGuidance');
    const { id } = await vq.insertVisit(tx, { ...body, personIds, campaignId, orgPath: org.path, createdBy: ctx.actor.accountId });
    await recordAudit(tx, ctx, { action: 'campaign.visit.create', entityType: 'guidance_visit', entityId: id, orgId: org.id, summary: campaign.title, after: body });
    const { rows } = await vq.listVisits(tx, { campaignId, scope: [org.path], visitId: id, limit: 1, offset: 0 });
    return viewOf(rows[0]!);
  });
}
