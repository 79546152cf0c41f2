// A campaign's people: 领导小组, 办公室 and 指导组 (each guidance member supervises given nodes of the subtree).
// The owner's staff keep the lists, in draft and while launched; every change is audited.
import type { MemberBody, MemberView, UpdateMemberBody } from '@xianfeng/shared/schemas/campaigns';
import type { Ctx } from '../../core/context';
import { conflict, invalid, notFound } from '../../core/errors';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { findPersonInScope } from '../people';
import type { CampaignRow } from './campaigns.queries';
import { loadReadable, loadWritable } from './campaigns.service';
import * as mq from './members.queries';

export async function listMembers(ctx: Ctx, campaignId: number): Promise<MemberView[]> {
  await loadReadable(ctx, campaignId);
  return mq.membersOf(ctx.db, campaignId);
}

async function loadForPeople(ctx: Ctx, campaignId: number, tx: Executor) {
  const { campaign } = await loadWritable(ctx, campaignId, tx);
  if (campaign.status === 'closed') throw conflict('member.closed');
  return campaign;
}

/** Only the guidance group supervises nodes, and only nodes of the campaign's subtree. */
async function checkOrgs(tx: Executor, campaign: CampaignRow, role: string, orgIds: number[]) {
  if (orgIds.length === 0) return;
  if (role !== 'guidance') throw invalid('member.orgsGuidanceOnly');
  const inside = await mq.orgIdsUnder(tx, orgIds, campaign.ownerPath);
  if (orgIds.some((id) => !inside.has(id))) throw invalid('campaign.orgOutside');
}

const viewOf = async (tx: Executor, campaignId: number, memberId: number) => (await mq.membersOf(tx, campaignId, memberId))[0]!;

export async function addMember(ctx: Ctx, campaignId: number, body: MemberBody): Promise<MemberView> {
  return ctx.db.transaction(async (tx) => {
    const campaign = await loadForPeople(ctx, campaignId, tx);
    await findPersonInScope(ctx, body.personId, 'person.read', tx);
    const orgIds = [...new Set(body.orgIds)];
    await checkOrgs(tx, campaign, body.role, orgIds);
    const row = await mq.insertMember(tx, { ...body, orgIds, campaignId });
    if (!row) throw conflict('member.duplicate');
    await recordAudit(tx, ctx, { action: 'campaign.member.create', entityType: 'campaign_member', entityId: row.id, orgId: campaign.ownerOrgId, after: { ...body, orgIds } });
    return viewOf(tx, campaignId, row.id);
  });
}

async function loadMember(tx: Executor, campaignId: number, memberId: number) {
  const row = await mq.findMember(tx, campaignId, memberId);
  if (!row) throw notFound('member.notFound');
  return row;
}

export async function updateMember(ctx: Ctx, campaignId: number, memberId: number, body: UpdateMemberBody): Promise<MemberView> {
  return ctx.db.transaction(async (tx) => {
    const campaign = await loadForPeople(ctx, campaignId, tx);
    const before = await loadMember(tx, campaignId, memberId);
    const { version, ...changes } = body;
    if (changes.orgIds !== undefined) {
      changes.orgIds = [...new Set(changes.orgIds)];
      await checkOrgs(tx, campaign, before.role, changes.orgIds);
    }
    const row = await mq.updateMember(tx, memberId, version, changes);
    if (!row) throw conflict();
    const { title, orgIds, sortOrder } = before;
    await recordAudit(tx, ctx, {
      action: 'campaign.member.update',
      entityType: 'campaign_member',
      entityId: memberId,
      orgId: campaign.ownerOrgId,
      before: { title, orgIds, sortOrder },
      after: changes,
    });
    return viewOf(tx, campaignId, memberId);
  });
}

export async function removeMember(ctx: Ctx, campaignId: number, memberId: number) {
  await ctx.db.transaction(async (tx) => {
    const campaign = await loadForPeople(ctx, campaignId, tx);
    const before = await loadMember(tx, campaignId, memberId);
    await mq.deleteMember(tx, memberId);
    await recordAudit(tx, ctx, { action: 'campaign.member.delete', entityType: 'campaign_member', entityId: memberId, orgId: campaign.ownerOrgId, before });
  });
}
