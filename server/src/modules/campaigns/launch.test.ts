import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../accounts/accounts.factory';
import { buildOrg, buildTree } from '../orgs/orgs.factory';
import { buildRecord } from '../records/records.factory';
import { buildCampaign } from './campaigns.factory';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';

interface Cell {
  actionId: number;
  total: number;
  notStarted: number;
  inProgress: number;
  submitted: number;
  returned: number;
  done: number;
  overdue: number;
  doneLate: number;
}
interface Row {
  orgId: number;
  self: boolean;
  cells: Cell[];
}

describe('campaigns API: launch and progress', () => {
  let k: CampaignsKit;
  beforeAll(async () => {
    k = await campaignsKit();
  });

  const assignmentsOf = (campaignId: number) =>
    k.db.execute(sql`select action_id::int as "actionId", org_id::int as "orgId", status, deadline::text from assignments where campaign_id = ${campaignId}`).then(
      (r) => (r as unknown as { rows: { actionId: number; orgId: number; status: string; deadline: string }[] }).rows,
    );

  it('launch creates one assignment per action per target node, once, audited in one entry', async () => {
    const dissolved = await buildOrg(k.db, { parent: k.tree.unitA, type: 'branch' });
    await k.db.execute(sql`update orgs set dissolved_on = '2025-01-01' where id = ${dissolved.id}`);
    const { campaign, actions } = await buildCampaign(k.db, k.tree.root, [
      { title: '二级党委制定方案', targetTypes: ['committee'], targetDepth: 1 },
      { title: '所有支部学习研讨', targetTypes: ['branch'], deadline: '2026-05-10' },
      { title: '下两级确认', targetDepth: 2 },
    ]);
    const url = `/api/campaigns/${campaign.id}/launch`;
    // Not visible to a unit's staff while draft; a stale version conflicts.
    expect((await k.inject(k.staffA, 'POST', url, { version: 1 })).statusCode).toBe(404);
    expect((await k.inject(k.staffRoot, 'POST', url, { version: 7 })).statusCode).toBe(409);

    const res = await k.inject(k.staffRoot, 'POST', url, { version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ assignments: 8, orgs: 5, campaign: { status: 'launched', version: 2, can: { write: false } } });
    const { unitA, unitB, branchA1, branchA2, branchB1 } = k.tree;
    const made = await assignmentsOf(campaign.id);
    const targets = (i: number) => made.filter((m) => m.actionId === actions[i]!.id).map((m) => m.orgId).sort((a, b) => a - b);
    expect(targets(0)).toEqual([unitA.id, unitB.id].sort((a, b) => a - b));
    expect(targets(1)).toEqual([branchA1.id, branchA2.id, branchB1.id].sort((a, b) => a - b));
    expect(targets(2)).toEqual(targets(1));
    expect(made.every((m) => m.status === 'pending')).toBe(true);
    expect(made.filter((m) => m.actionId === actions[1]!.id).every((m) => m.deadline === '2026-05-10')).toBe(true);
    const audit = await k.auditOf('campaign.launch', campaign.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toEqual({ actions: 3, assignments: 8 });

    // Launched: the plan is fixed, a second launch conflicts.
    expect((await k.inject(k.staffRoot, 'POST', url, { version: 2 })).statusCode).toBe(409);
    expect((await k.inject(k.staffRoot, 'PATCH', `/api/campaigns/${campaign.id}`, { version: 2, title: '改' })).statusCode).toBe(409);
    expect((await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/actions`, { title: '补', deadline: '2026-05-01', completion: 'confirmation' })).statusCode).toBe(409);

    // Target nodes now see it; a stranger's tree does not.
    for (const cookie of [k.secretaryA1, k.secretaryB1, k.staffA]) {
      expect((await k.get(cookie, `/api/campaigns/${campaign.id}`)).statusCode).toBe(200);
      expect((await k.get(cookie, '/api/campaigns?pageSize=200')).json().items.map((c: { id: number }) => c.id)).toContain(campaign.id);
    }
    const other = await buildTree(k.db);
    const stranger = (await buildAccount(k.db, other.root, ['admin'])).cookie;
    expect((await k.get(stranger, `/api/campaigns/${campaign.id}`)).statusCode).toBe(404);
    expect((await k.get(stranger, '/api/campaigns?pageSize=200')).json().items.map((c: { id: number }) => c.id)).not.toContain(campaign.id);
  });

  it('keeps assignments with their node when its subtree moves', async () => {
    const tree = await buildTree(k.db);
    const staff = (await buildAccount(k.db, tree.root, ['org_staff'])).cookie;
    const { campaign } = await buildCampaign(k.db, tree.root, [{ title: '所有支部', targetTypes: ['branch'] }]);
    expect((await k.inject(staff, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 })).statusCode).toBe(200);
    const moved = await k.inject(staff, 'POST', `/api/orgs/${tree.branchA2.id}/move`, { version: 1, parentId: tree.unitB.id });
    expect(moved.statusCode, moved.body).toBe(200);
    const rows = await k.db
      .execute(sql`select a.org_path, o.path from assignments a join orgs o on o.id = a.org_id where a.campaign_id = ${campaign.id}`)
      .then((r) => (r as unknown as { rows: { org_path: string; path: string }[] }).rows);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r.org_path).toBe(r.path);
  });

  it('moves a branch’s meetings with it: the old unit’s subtree count drops, the new unit’s rises', async () => {
    const tree = await buildTree(k.db);
    const staff = (await buildAccount(k.db, tree.root, ['org_staff'])).cookie;
    const { campaign } = await buildCampaign(k.db, tree.root, [
      { title: '集中学习研讨', targetDepth: 1, completion: 'record_kind', recordKind: 'study_session', recordScope: 'subtree' },
    ]);
    await buildRecord(k.db, tree.branchA2, { kind: 'study_session', heldOn: '2026-03-02' });
    expect((await k.inject(staff, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 })).statusCode).toBe(200);
    const satisfied = () =>
      k.db
        .execute(sql`select org_id::int as "orgId", satisfied_on::text as on from assignments where campaign_id = ${campaign.id} order by org_id`)
        .then((r) => (r as unknown as { rows: { orgId: number; on: string | null }[] }).rows);
    expect(await satisfied()).toEqual([
      { orgId: tree.unitA.id, on: '2026-03-02' },
      { orgId: tree.unitB.id, on: null },
    ]);
    expect((await k.inject(staff, 'POST', `/api/orgs/${tree.branchA2.id}/move`, { version: 1, parentId: tree.unitB.id })).statusCode).toBe(200);
    expect(await satisfied()).toEqual([
      { orgId: tree.unitA.id, on: null },
      { orgId: tree.unitB.id, on: '2026-03-02' },
    ]);
  });

  it('refuses to launch a campaign without actions', async () => {
    const { campaign } = await buildCampaign(k.db, k.tree.root);
    const res = await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 });
    expect(res.json().message).toBe('尚未设置规定动作，不能部署。');
  });

  it('progress groups the subtree by the children of the viewed node, with overdue and late by calendar day', async () => {
    const tree = await buildTree(k.db);
    const staffRoot = (await buildAccount(k.db, tree.root, ['org_staff'])).cookie;
    const staffA = (await buildAccount(k.db, tree.unitA, ['org_staff'])).cookie;
    const secA1 = (await buildAccount(k.db, tree.branchA1, ['secretary'])).cookie;
    const { campaign, actions } = await buildCampaign(k.db, tree.root, [
      { title: '支部学习研讨', targetTypes: ['branch'], deadline: '2020-06-30' },
      { title: '二级党委方案', targetTypes: ['committee'], targetDepth: 1, deadline: '2099-01-01' },
    ]);
    expect((await k.inject(staffRoot, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 })).statusCode).toBe(200);
    const [study, plan] = [actions[0]!.id, actions[1]!.id];
    const set = (actionId: number, orgId: number, status: string, satisfiedOn: string | null) =>
      k.db.execute(sql`update assignments set status = ${status}, satisfied_on = ${satisfiedOn}::date where action_id = ${actionId} and org_id = ${orgId}`);
    // Satisfied on the deadline: on time; the day after: late. B1 never does it: overdue.
    await set(study, tree.branchA1.id, 'approved', '2020-06-30');
    await set(study, tree.branchA2.id, 'approved', '2020-07-01');
    await set(plan, tree.unitA.id, 'approved', '2026-03-01');

    const root = (await k.get(staffRoot, `/api/campaigns/${campaign.id}/progress`)).json();
    expect(root.org.id).toBe(tree.root.id);
    expect(root.rows.map((r: Row) => r.orgId)).toEqual([tree.unitA.id, tree.unitB.id]);
    const cell = (rows: Row[], orgId: number, actionId: number) => rows.find((r) => r.orgId === orgId)!.cells.find((c) => c.actionId === actionId);
    expect(cell(root.rows, tree.unitA.id, study)).toMatchObject({ total: 2, done: 2, submitted: 0, notStarted: 0, overdue: 0, doneLate: 1 });
    expect(cell(root.rows, tree.unitB.id, study)).toMatchObject({ total: 1, notStarted: 1, overdue: 1, doneLate: 0 });
    expect(cell(root.rows, tree.unitB.id, plan)).toMatchObject({ total: 1, notStarted: 1, overdue: 0 });
    expect(root.totals).toEqual([
      { actionId: study, total: 3, notStarted: 1, inProgress: 0, submitted: 0, returned: 0, done: 2, overdue: 1, doneLate: 1, units: 2, unitsDone: 1 },
      { actionId: plan, total: 2, notStarted: 1, inProgress: 0, submitted: 0, returned: 0, done: 1, overdue: 0, doneLate: 0, units: 2, unitsDone: 1 },
    ]);

    // At unit A (its staff): the branches are the rows, and A's own assignment is the "self" row.
    const atA = (await k.get(staffA, `/api/campaigns/${campaign.id}/progress?orgId=${tree.unitA.id}`)).json();
    expect(atA.rows.map((r: Row) => [r.orgId, r.self])).toEqual([[tree.unitA.id, true], [tree.branchA1.id, false], [tree.branchA2.id, false]]);
    expect(cell(atA.rows, tree.branchA2.id, study)).toMatchObject({ total: 1, done: 1, doneLate: 1 });
    expect(atA.totals.find((t: { actionId: number }) => t.actionId === study)).toMatchObject({ units: 2, unitsDone: 2 });

    // A branch secretary reads its own node; a unit's staff default to the owner, which they cannot read.
    expect((await k.get(secA1, `/api/campaigns/${campaign.id}/progress?orgId=${tree.branchA1.id}`)).statusCode).toBe(200);
    expect((await k.get(secA1, `/api/campaigns/${campaign.id}/progress?orgId=${tree.branchB1.id}`)).statusCode).toBe(404);
    expect((await k.get(staffA, `/api/campaigns/${campaign.id}/progress`)).statusCode).toBe(404);
    expect((await k.get(k.secretaryB1, `/api/campaigns/${campaign.id}/progress?orgId=${tree.branchB1.id}`)).statusCode).toBe(404);
  });

  it('filters progress by phase and refuses nodes outside the campaign', async () => {
    const { campaign } = await buildCampaign(k.db, k.tree.unitA);
    const phase = (await k.inject(k.staffA, 'POST', `/api/campaigns/${campaign.id}/phases`, { name: '组织实施' })).json().phases[0];
    await k.inject(k.staffA, 'POST', `/api/campaigns/${campaign.id}/actions`, { title: '阶段内', deadline: '2026-06-01', completion: 'confirmation', phaseId: phase.id });
    await k.inject(k.staffA, 'POST', `/api/campaigns/${campaign.id}/actions`, { title: '阶段外', deadline: '2026-06-01', completion: 'confirmation' });
    await k.inject(k.staffA, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 });
    const res = (await k.get(k.staffRoot, `/api/campaigns/${campaign.id}/progress?orgId=${k.tree.unitA.id}&phase=${phase.id}`)).json();
    expect(res.actions.map((a: { title: string }) => a.title)).toEqual(['阶段内']);
    expect(res.totals).toHaveLength(1);
    expect(res.totals[0]).toMatchObject({ total: 3, units: 2 });
    const outside = await k.get(k.staffRoot, `/api/campaigns/${campaign.id}/progress?orgId=${k.tree.unitB.id}`);
    expect(outside.json().message).toBe('所选党组织不在该专项工作的范围内。');
  });
});
