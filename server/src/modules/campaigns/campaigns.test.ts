import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../accounts/accounts.factory';
import { buildCampaign } from './campaigns.factory';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';

describe('campaigns API: plan a draft', () => {
  let k: CampaignsKit;
  beforeAll(async () => {
    k = await campaignsKit();
  });

  const create = (cookie: string, ownerOrgId: number, over: object = {}) =>
    k.inject(cookie, 'POST', '/api/campaigns', { ownerOrgId, title: '学习贯彻主题教育', kind: 'theme_education', periodStart: '2026-04-01', periodEnd: '2026-08-31', ...over });

  it('refuses callers without a session', async () => {
    expect((await k.inject(undefined, 'GET', '/api/campaigns')).statusCode).toBe(401);
  });

  it('the owner node staff create a draft, add phases and actions, edit with the version they read', async () => {
    const res = await create(k.staffRoot, k.tree.root.id);
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ status: 'draft', kind: 'theme_education', ownerOrgId: k.tree.root.id, can: { write: true }, phases: [], actions: [] });
    expect(await k.auditOf('campaign.create', c.id)).toHaveLength(1);

    const withPhase = (await k.inject(k.staffRoot, 'POST', `/api/campaigns/${c.id}/phases`, { name: '筹划部署', startsOn: '2026-04-01', endsOn: '2026-04-30' })).json();
    const phase = withPhase.phases[0];
    expect(phase).toMatchObject({ name: '筹划部署', version: 1 });

    const action = { title: '召开动员部署会', deadline: '2026-04-20', phaseId: phase.id, targetTypes: ['committee'], targetDepth: 1, completion: 'record_kind', recordKind: 'branch_assembly', minCount: 1, needsApproval: true };
    const added = await k.inject(k.staffRoot, 'POST', `/api/campaigns/${c.id}/actions`, action);
    expect(added.statusCode).toBe(201);
    const a = added.json().actions[0];
    expect(a).toMatchObject({ ...action, version: 1 });

    const edited = await k.inject(k.staffRoot, 'PATCH', `/api/campaigns/${c.id}/actions/${a.id}`, { version: 1, deadline: '2026-04-25' });
    expect(edited.json().actions[0]).toMatchObject({ deadline: '2026-04-25', version: 2 });
    const stale = await k.inject(k.staffRoot, 'PATCH', `/api/campaigns/${c.id}/actions/${a.id}`, { version: 1, title: '旧版本' });
    expect(stale.statusCode).toBe(409);

    const renamed = await k.inject(k.staffRoot, 'PATCH', `/api/campaigns/${c.id}`, { version: 1, title: '第二批主题教育' });
    expect(renamed.json()).toMatchObject({ title: '第二批主题教育', version: 2 });
    expect((await k.inject(k.staffRoot, 'PATCH', `/api/campaigns/${c.id}`, { version: 1, title: 'x' })).statusCode).toBe(409);

    const phaseEdited = await k.inject(k.staffRoot, 'PATCH', `/api/campaigns/${c.id}/phases/${phase.id}`, { version: 1, name: '学习教育' });
    expect(phaseEdited.json().phases[0]).toMatchObject({ name: '学习教育', version: 2 });

    // Removing a phase keeps its actions, without a phase.
    expect((await k.inject(k.staffRoot, 'DELETE', `/api/campaigns/${c.id}/phases/${phase.id}`)).statusCode).toBe(200);
    const after = (await k.get(k.staffRoot, `/api/campaigns/${c.id}`)).json();
    expect(after.phases).toHaveLength(0);
    expect(after.actions[0].phaseId).toBeNull();
    expect((await k.inject(k.staffRoot, 'DELETE', `/api/campaigns/${c.id}/actions/${a.id}`)).statusCode).toBe(200);
    expect((await k.get(k.staffRoot, `/api/campaigns/${c.id}`)).json().actions).toHaveLength(0);
    expect(await k.auditOf('campaign.action.delete', a.id)).toHaveLength(1);
  });

  it('rejects invalid plans with the reason', async () => {
    expect((await create(k.staffRoot, k.tree.root.id, { periodEnd: '2026-03-01' })).json().message).toBe('结束日期不能早于开始日期。');
    expect((await create(k.staffRoot, k.tree.root.id, { kind: 'party' })).statusCode).toBe(400);
    const { campaign } = await buildCampaign(k.db, k.tree.root);
    const other = await buildCampaign(k.db, k.tree.root);
    const phase = (await k.inject(k.staffRoot, 'POST', `/api/campaigns/${other.campaign.id}/phases`, { name: '检查验收' })).json().phases[0];
    const base = { title: '学习研讨', deadline: '2026-05-01', completion: 'record_kind' };
    const noKind = await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/actions`, base);
    expect(noKind.json().message).toBe('以组织生活记录完成的动作须指定记录类型。');
    const badKind = await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/actions`, { ...base, recordKind: 'no_such_kind' });
    expect(badKind.json().message).toBe('未找到组织生活类型“no_such_kind”。');
    const foreignPhase = await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/actions`, { ...base, completion: 'documents', phaseId: phase.id });
    expect(foreignPhase.statusCode).toBe(400);
  });

  it('refuses nodes outside the owner subtree (404) and readers who may not edit (403)', async () => {
    expect((await create(k.staffA, k.tree.root.id)).statusCode).toBe(404);
    expect((await create(k.secretaryA1, k.tree.branchA1.id)).statusCode).toBe(404);
    const { campaign, actions } = await buildCampaign(k.db, k.tree.unitA, [{ title: '支部学习' }]);
    const url = `/api/campaigns/${campaign.id}`;
    // A draft is invisible below and beside its owner.
    for (const cookie of [k.secretaryA1, k.secretaryB1]) {
      expect((await k.get(cookie, url)).statusCode).toBe(404);
      expect((await k.get(cookie, '/api/campaigns?pageSize=200')).json().items.map((c: { id: number }) => c.id)).not.toContain(campaign.id);
    }
    expect((await k.get(k.staffA, '/api/campaigns?pageSize=200')).json().items.map((c: { id: number }) => c.id)).toContain(campaign.id);
    expect((await k.get(k.staffRoot, url)).statusCode).toBe(200);
    const writes: ['POST' | 'PATCH' | 'DELETE', string, object?][] = [
      ['PATCH', url, { version: 1, title: '越权' }],
      ['POST', `${url}/phases`, { name: '越权' }],
      ['POST', `${url}/actions`, { title: '越权', deadline: '2026-05-01', completion: 'confirmation' }],
      ['PATCH', `${url}/actions/${actions[0]!.id}`, { version: 1, title: '越权' }],
      ['DELETE', `${url}/actions/${actions[0]!.id}`],
      ['POST', `${url}/launch`, { version: 1 }],
    ];
    for (const [method, u, body] of writes) {
      expect((await k.inject(k.secretaryB1, method, u, body)).statusCode, `${method} ${u}`).toBe(404);
      expect((await k.inject(k.secretaryA1, method, u, body)).statusCode, `${method} ${u}`).toBe(404);
    }
    expect((await k.get(k.staffA, url)).json().actions[0].title).toBe('支部学习');
    // The owner's staff and those above plan the draft and manage its people; nobody relays a draft.
    for (const cookie of [k.staffA, k.staffRoot]) expect((await k.get(cookie, url)).json().can).toEqual({ write: true, addLocal: false, manage: true });
    // A reviewer above reads the campaign but may not change it.
    const reviewer = (await buildAccount(k.db, k.tree.root, ['reviewer'])).cookie;
    expect((await k.get(reviewer, url)).json().can).toEqual({ write: false, addLocal: false, manage: false });
    for (const [method, u, body] of writes) expect((await k.inject(reviewer, method, u, body)).statusCode, `${method} ${u}`).toBe(403);
  });
});
