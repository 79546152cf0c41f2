import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../core/time';
import { rowsOf } from '../../db/rows';
import { buildAccount } from '../accounts/accounts.factory';
import { buildOrg, buildTree } from '../orgs/orgs.factory';
import { buildRecord } from '../records/records.factory';
import type { ActionBody } from '@xianfeng/shared/schemas/campaigns';
import { buildCampaign } from './campaigns.factory';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';
import { shiftDate } from './copy.service';

interface Made {
  actionId: number;
  orgId: number;
  deadline: string;
  satisfiedOn: string | null;
}

describe('campaigns API: relay down the tree (自选动作, tightened deadlines, 已传达)', () => {
  let k: CampaignsKit;
  let staffB: string;
  let stranger: string;
  beforeAll(async () => {
    k = await campaignsKit();
    staffB = (await buildAccount(k.db, k.tree.unitB, ['org_staff'])).cookie;
    stranger = (await buildAccount(k.db, (await buildTree(k.db)).root, ['admin'])).cookie;
  });

  const launched = async (actions: Partial<ActionBody>[], owner = k.tree.root, cookie = k.staffRoot) => {
    const built = await buildCampaign(k.db, owner, actions);
    expect((await k.inject(cookie, 'POST', `/api/campaigns/${built.campaign.id}/launch`, { version: 1 })).statusCode).toBe(200);
    return built;
  };
  const assignmentsOf = (campaignId: number) =>
    rowsOf<Made>(
      k.db,
      sql`select action_id::int as "actionId", org_id::int as "orgId", deadline::text, satisfied_on::text as "satisfiedOn"
          from assignments where campaign_id = ${campaignId} order by org_id`,
    );

  it('a unit below the owner adds its own action: assigned at once in its subtree only, reconciled with records, audited', async () => {
    const { unitA, branchA1, branchA2 } = k.tree;
    const { campaign } = await launched([{ title: '规定动作', targetTypes: ['branch'] }]);
    await buildRecord(k.db, branchA1, { kind: 'branch_assembly', heldOn: '2026-03-01' });
    const url = `/api/campaigns/${campaign.id}/local-actions`;
    const body = { orgId: unitA.id, title: '甲公司自选：支部党员大会', deadline: '2026-12-20', targetTypes: ['branch'], completion: 'record_kind', recordKind: 'branch_assembly' };
    const res = await k.inject(k.staffA, 'POST', url, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().assignments).toBe(2);
    const local = res.json().campaign.actions.find((a: { title: string }) => a.title === body.title);
    expect(local).toMatchObject({ ownerOrgId: unitA.id, deadline: '2026-12-20' });
    const made = (await assignmentsOf(campaign.id)).filter((m) => m.actionId === local.id);
    expect(made.map((m) => [m.orgId, m.satisfiedOn])).toEqual([
      [branchA1.id, '2026-03-01'],
      [branchA2.id, null],
    ]);
    const audit = await k.auditOf('campaign.localAction.create', local.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.orgId).toBe(unitA.id);
    expect((await k.get(k.staffA, `/api/campaigns/${campaign.id}`)).json().can.addLocal).toBe(true);
    // A column of unit A's matrix and of the owner's, not of unit B's.
    const columns = async (cookie: string, orgId: number) =>
      (await k.get(cookie, `/api/campaigns/${campaign.id}/progress?orgId=${orgId}`)).json().actions.map((a: { title: string }) => a.title);
    expect(await columns(k.staffA, unitA.id)).toEqual(['规定动作', body.title]);
    expect(await columns(k.staffRoot, k.tree.root.id)).toEqual(['规定动作', body.title]);
    expect(await columns(staffB, k.tree.unitB.id)).toEqual(['规定动作']);
  });

  it('refuses 自选动作 out of reach (404), by readers who do not administer the node (403), at the owner, late, or before launch', async () => {
    const { campaign } = await launched([{ targetTypes: ['branch'] }]);
    const url = `/api/campaigns/${campaign.id}/local-actions`;
    const body = (orgId: number, over: object = {}) => ({ orgId, title: '自选动作', deadline: '2026-10-01', completion: 'confirmation', ...over });
    expect((await k.inject(staffB, 'POST', url, body(k.tree.unitA.id))).statusCode).toBe(404);
    expect((await k.inject(k.staffA, 'POST', url, body(k.tree.root.id))).statusCode).toBe(404);
    expect((await k.inject(stranger, 'POST', url, body(k.tree.unitA.id))).statusCode).toBe(404);
    expect((await k.inject(k.secretaryA1, 'POST', url, body(k.tree.branchA1.id))).statusCode).toBe(403);
    expect((await k.inject(k.staffRoot, 'POST', url, body(k.tree.root.id))).json().message).toBe('自选动作须由牵头党组织的下级党组织添加。');
    const late = await k.inject(k.staffA, 'POST', url, body(k.tree.unitA.id, { deadline: '2027-01-05' }));
    expect(late.statusCode).toBe(400);
    expect(late.json().message).toBe('时间节点不能晚于专项工作的结束日期（2026-12-31）。');
    const noKind = await k.inject(k.staffA, 'POST', url, body(k.tree.unitA.id, { completion: 'record_kind' }));
    expect(noKind.statusCode).toBe(400);
    const draft = await buildCampaign(k.db, k.tree.root, [{ targetTypes: ['branch'] }]);
    expect((await k.inject(k.staffRoot, 'POST', `/api/campaigns/${draft.campaign.id}/local-actions`, body(k.tree.unitA.id))).statusCode).toBe(409);
    expect((await assignmentsOf(campaign.id)).length).toBe(3);
  });

  it('tightens an action’s deadline for a subtree where it is later, never loosens, audited', async () => {
    const { unitA, branchA1, branchA2, branchB1 } = k.tree;
    const { campaign, actions } = await launched([{ title: '支部学习', targetTypes: ['branch'], deadline: '2026-06-30' }, { title: '二级党委方案', targetTypes: ['committee'], targetDepth: 1 }]);
    const url = `/api/campaigns/${campaign.id}/actions/${actions[0]!.id}/tighten`;
    const deadlines = async () => Object.fromEntries((await assignmentsOf(campaign.id)).filter((m) => m.actionId === actions[0]!.id).map((m) => [m.orgId, m.deadline]));

    expect((await k.inject(k.staffA, 'POST', url, { orgId: unitA.id, deadline: '2026-06-15' })).json()).toEqual({ updated: 2 });
    expect(await deadlines()).toEqual({ [branchA1.id]: '2026-06-15', [branchA2.id]: '2026-06-15', [branchB1.id]: '2026-06-30' });
    const audit = await k.auditOf('campaign.action.tighten', actions[0]!.id);
    expect(audit[0]).toMatchObject({ orgId: unitA.id, before: { deadline: '2026-06-30' }, after: { deadline: '2026-06-15', updated: 2 } });

    const loosen = await k.inject(k.staffA, 'POST', url, { orgId: unitA.id, deadline: '2026-06-20' });
    expect(loosen.statusCode).toBe(400);
    expect(loosen.json().message).toBe('只能提前时间节点：不能晚于现行的 2026-06-15。');
    expect((await k.inject(k.staffA, 'POST', url, { orgId: unitA.id, deadline: '2026-06-15' })).json()).toEqual({ updated: 0 });
    // The root brings all forward; the branch already earlier keeps its own.
    expect((await k.inject(k.staffA, 'POST', url, { orgId: branchA1.id, deadline: '2026-05-01' })).json()).toEqual({ updated: 1 });
    expect((await k.inject(k.staffRoot, 'POST', url, { orgId: k.tree.root.id, deadline: '2026-06-10' })).json()).toEqual({ updated: 2 });
    expect(await deadlines()).toEqual({ [branchA1.id]: '2026-05-01', [branchA2.id]: '2026-06-10', [branchB1.id]: '2026-06-10' });

    expect((await k.inject(staffB, 'POST', url, { orgId: unitA.id, deadline: '2026-06-01' })).statusCode).toBe(404);
    expect((await k.inject(k.secretaryA1, 'POST', url, { orgId: branchA1.id, deadline: '2026-04-01' })).statusCode).toBe(403);
    const none = await k.inject(k.staffA, 'POST', `/api/campaigns/${campaign.id}/actions/${actions[1]!.id}/tighten`, { orgId: branchA1.id, deadline: '2026-04-01' });
    expect(none.json().message).toBe('该党组织及其下级没有这项任务。');
    const other = await launched([{ targetTypes: ['branch'] }]);
    expect((await k.inject(k.staffA, 'POST', `/api/campaigns/${campaign.id}/actions/${other.actions[0]!.id}/tighten`, { orgId: unitA.id, deadline: '2026-04-01' })).statusCode).toBe(404);
    expect(await deadlines()).toEqual({ [branchA1.id]: '2026-05-01', [branchA2.id]: '2026-06-10', [branchB1.id]: '2026-06-10' });
  });

  it('已传达: each node once, by its staff, between the launch and today; the viewed node’s children with assignments', async () => {
    const { root, unitA, unitB, branchA1, branchA2 } = k.tree;
    const empty = await buildOrg(k.db, { parent: root, type: 'committee' });
    const { campaign } = await launched([{ targetTypes: ['branch'] }]);
    const url = `/api/campaigns/${campaign.id}/receipts`;
    const today = todayIn('Asia/Shanghai');
    const res = await k.inject(k.staffA, 'POST', url, { orgId: unitA.id, acknowledgedOn: today, note: '党委会传达学习' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ orgId: unitA.id, orgName: unitA.name, acknowledgedOn: today, note: '党委会传达学习' });
    expect((await k.auditOf('campaign.receipt.create', (await rowsOf<{ id: number }>(k.db, sql`select id::int from campaign_receipts where campaign_id = ${campaign.id}`))[0]!.id)).length).toBe(1);
    const again = await k.inject(k.staffA, 'POST', url, { orgId: unitA.id, acknowledgedOn: today });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该党组织已登记传达。');

    expect((await k.inject(k.secretaryA1, 'POST', url, { orgId: branchA1.id, acknowledgedOn: shiftDate(today, 1) })).json().message).toBe('传达日期不能晚于今天。');
    expect((await k.inject(k.secretaryA1, 'POST', url, { orgId: branchA1.id, acknowledgedOn: shiftDate(today, -1) })).json().message).toBe(`传达日期不能早于部署日期（${today}）。`);
    expect((await k.inject(k.secretaryA1, 'POST', url, { orgId: branchA1.id, acknowledgedOn: today })).statusCode).toBe(201);
    const reviewerB = (await buildAccount(k.db, unitB, ['reviewer'])).cookie;
    expect((await k.inject(reviewerB, 'POST', url, { orgId: unitB.id, acknowledgedOn: today })).statusCode).toBe(403);
    expect((await k.inject(staffB, 'POST', url, { orgId: unitA.id, acknowledgedOn: today })).statusCode).toBe(404);
    expect((await k.inject(stranger, 'POST', url, { orgId: unitA.id, acknowledgedOn: today })).statusCode).toBe(404);
    expect((await k.inject(k.staffRoot, 'POST', url, { orgId: empty.id, acknowledgedOn: today })).statusCode).toBe(400);

    expect((await k.get(k.staffRoot, url)).json()).toEqual({
      self: null,
      children: [
        { orgId: unitA.id, orgName: unitA.name, acknowledgedOn: today, note: '党委会传达学习' },
        { orgId: unitB.id, orgName: unitB.name, acknowledgedOn: null, note: null },
      ],
    });
    // Unit A reads its own receipt without reading its parent, and its branches'.
    const atA = (await k.get(k.staffA, `${url}?orgId=${unitA.id}`)).json();
    expect(atA.self).toMatchObject({ orgId: unitA.id, acknowledgedOn: today });
    expect(atA.children.map((r: { orgId: number; acknowledgedOn: string | null }) => [r.orgId, r.acknowledgedOn])).toEqual([
      [branchA1.id, today],
      [branchA2.id, null],
    ]);
    expect((await k.get(k.secretaryA1, `${url}?orgId=${branchA1.id}`)).json()).toEqual({
      self: { orgId: branchA1.id, orgName: branchA1.name, acknowledgedOn: today, note: null },
      children: [],
    });
    expect((await k.get(k.staffA, url)).statusCode).toBe(404);
    expect((await k.get(k.staffA, `${url}?orgId=${unitB.id}`)).statusCode).toBe(404);
  });

  it('keeps the campaign’s paths (owner, assignments, receipts) right when a subtree moves', async () => {
    const tree = await buildTree(k.db);
    const rootStaff = (await buildAccount(k.db, tree.root, ['org_staff'])).cookie;
    const staffOwner = (await buildAccount(k.db, tree.unitA, ['org_staff'])).cookie;
    const { campaign } = await launched([{ targetTypes: ['branch'] }], tree.unitA, staffOwner);
    const today = todayIn('Asia/Shanghai');
    expect((await k.inject(staffOwner, 'POST', `/api/campaigns/${campaign.id}/receipts`, { orgId: tree.branchA1.id, acknowledgedOn: today })).statusCode).toBe(201);
    const moved = await k.inject(rootStaff, 'POST', `/api/orgs/${tree.unitA.id}/move`, { version: 1, parentId: tree.unitB.id });
    expect(moved.statusCode, moved.body).toBe(200);
    const paths = await rowsOf<{ stale: number }>(
      k.db,
      sql`select (select count(*)::int from campaigns c join orgs o on o.id = c.owner_org_id where c.id = ${campaign.id} and c.owner_path <> o.path)
        + (select count(*)::int from assignments a join orgs o on o.id = a.org_id where a.campaign_id = ${campaign.id} and a.org_path <> o.path)
        + (select count(*)::int from campaign_receipts r join orgs o on o.id = r.org_id where r.campaign_id = ${campaign.id} and r.org_path <> o.path) as stale`,
    );
    expect(paths[0]!.stale).toBe(0);
    expect((await k.get(staffOwner, `/api/campaigns/${campaign.id}/receipts`)).json().children[0]).toMatchObject({ orgId: tree.branchA1.id, acknowledgedOn: today });
  });
});
