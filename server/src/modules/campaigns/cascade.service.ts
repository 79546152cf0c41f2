// The relay down the tree (逐级传达): a node below the owner adds its own actions (自选动作) for its subtree,
// brings deadlines forward for its subtree (never back), and acknowledges receipt (已传达).
import type { LocalActionBody, ReceiptBody, ReceiptsList, ReceiptView, TightenBody } from '@xianfeng/shared/schemas/campaigns';
import { can } from '../../core/access';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import { findPersonInScope } from '../people';
import { insertAssignments } from './assignments.queries';
import * as policy from './campaigns.policy';
import * as q from './campaigns.queries';
import { getCampaign, loadReadable } from './campaigns.service';
import * as cq from './cascade.queries';
import { reconcile } from './evidence.queries';
import { checkAction } from './plan.service';

/** A readable campaign and a node of its subtree the caller reads (404 otherwise; 400 outside the campaign). */
export async function campaignNode(ctx: Ctx, campaignId: number, orgId: number | undefined, tx: Executor) {
  const { campaign } = await loadReadable(ctx, campaignId, tx);
  const org = await loadOrgInScope(ctx, orgId ?? campaign.ownerOrgId, 'campaign.read', tx);
  if (!org.path.startsWith(campaign.ownerPath)) throw invalid('campaign.orgOutside');
  return { campaign, org };
}

const mustBeLaunched = (c: { status: string }) => {
  if (c.status !== 'launched') throw conflict('cascade.notLaunched');
};

/** 自选动作: the action and at once its assignments in the node's subtree, reconciled with the evidence there. */
export async function addLocalAction(ctx: Ctx, campaignId: number, body: LocalActionBody) {
  return ctx.db.transaction(async (tx) => {
    const { campaign, org } = await campaignNode(ctx, campaignId, body.orgId, tx);
    if (!can(ctx.actor, 'campaign.write', org.path)) throw forbidden();
    if (org.path === campaign.ownerPath) throw invalid('cascade.belowOwner');
    mustBeLaunched(campaign);
    if (body.deadline > campaign.periodEnd) throw invalid('cascade.deadlineAfterEnd', { end: campaign.periodEnd });
    const { orgId: _o, ...fields } = body;
    await checkAction(tx, campaignId, fields);
    if (fields.contactPersonId !== null) await findPersonInScope(ctx, fields.contactPersonId, 'person.read', tx);
    const action = await q.insertAction(tx, { ...fields, campaignId, ownerOrgId: org.id });
    const made = await insertAssignments(tx, campaignId, campaign.ownerOrgId, org.path, action.id);
    const ids = await cq.assignmentIdsOf(tx, action.id);
    if (ids.length > 0) await reconcile(tx, { assignmentIds: ids }, ctx.timeZone);
    await recordAudit(tx, ctx, {
      action: 'campaign.localAction.create',
      entityType: 'required_action',
      entityId: action.id,
      orgId: org.id,
      summary: action.title,
      after: { ...fields, assignments: made },
    });
    return { campaign: await getCampaign(ctx, campaignId, tx), assignments: made };
  });
}

/** Brings the action's deadline forward in the node's subtree where it is later; a later date than the one in force is refused. */
export async function tighten(ctx: Ctx, campaignId: number, actionId: number, body: TightenBody) {
  return ctx.db.transaction(async (tx) => {
    const { campaign, org } = await campaignNode(ctx, campaignId, body.orgId, tx);
    if (!can(ctx.actor, 'campaign.write', org.path)) throw forbidden();
    const action = await q.findAction(tx, campaignId, actionId);
    if (!action) throw notFound('campaign.actionNotFound');
    mustBeLaunched(campaign);
    const current = await cq.deadlineInForce(tx, actionId, org.path);
    if (current === null) throw invalid('cascade.noAssignments');
    if (body.deadline > current) throw invalid('cascade.loosen', { current });
    const updated = await cq.tightenDeadlines(tx, actionId, org.path, body.deadline);
    await recordAudit(tx, ctx, {
      action: 'campaign.action.tighten',
      entityType: 'required_action',
      entityId: actionId,
      orgId: org.id,
      summary: action.title,
      before: { deadline: current },
      after: { deadline: body.deadline, updated },
    });
    return { updated };
  });
}

/** 已传达: once per node, by its staff, on a day between the launch and today. */
export async function acknowledge(ctx: Ctx, campaignId: number, body: ReceiptBody): Promise<ReceiptView> {
  return ctx.db.transaction(async (tx) => {
    const { campaign, org } = await campaignNode(ctx, campaignId, body.orgId, tx);
    if (!policy.canSubmit(ctx.actor, org.path)) throw forbidden();
    mustBeLaunched(campaign);
    if (!(await q.hasAssignmentIn(tx, campaignId, [org.path]))) throw invalid('receipt.noAssignments');
    if (body.acknowledgedOn > todayIn(ctx.timeZone)) throw invalid('receipt.future');
    const launched = todayIn(ctx.timeZone, campaign.launchedAt ?? new Date());
    if (body.acknowledgedOn < launched) throw invalid('receipt.beforeLaunch', { launched });
    const note = body.note || null;
    const row = await cq.insertReceipt(tx, {
      campaignId,
      orgId: org.id,
      orgPath: org.path,
      acknowledgedOn: body.acknowledgedOn,
      note,
      personId: ctx.actor.personId,
    });
    if (!row) throw conflict('receipt.duplicate');
    await recordAudit(tx, ctx, {
      action: 'campaign.receipt.create',
      entityType: 'campaign_receipt',
      entityId: row.id,
      orgId: org.id,
      summary: campaign.title,
      after: { acknowledgedOn: body.acknowledgedOn, note },
    });
    return { orgId: org.id, orgName: org.name, acknowledgedOn: row.acknowledgedOn, note };
  });
}

/** The viewed node's children that hold assignments, each acknowledged or not. */
export async function listReceipts(ctx: Ctx, campaignId: number, orgId: number | undefined): Promise<ReceiptsList> {
  const { campaign, org } = await campaignNode(ctx, campaignId, orgId, ctx.db);
  const rows = await cq.receiptsOfChildren(ctx.db, campaignId, org.id);
  const own = rows.find((r) => r.orgId === org.id);
  return {
    self: org.id === campaign.ownerOrgId ? null : (own ?? { orgId: org.id, orgName: org.name, acknowledgedOn: null, note: null }),
    children: rows.filter((r) => r.orgId !== org.id),
  };
}
