import { beforeAll, describe, expect, it } from 'vitest';
import { uniq } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree } from '../orgs/orgs.factory';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';
import { shiftDate } from './copy.service';

interface Action {
  title: string;
  deadline: string;
  phaseId: number | null;
  ownerOrgId: number | null;
}

describe('campaigns API: copy as a template (复制为模板), and the list', () => {
  let k: CampaignsKit;
  let source: { id: number; title: string };
  const tag = uniq();
  beforeAll(async () => {
    k = await campaignsKit();
    const created = (
      await k.inject(k.staffRoot, 'POST', '/api/campaigns', { ownerOrgId: k.tree.root.id, title: `2026年主题教育${tag}`, kind: 'theme_education', periodStart: '2026-04-01', periodEnd: '2026-08-31' })
    ).json();
    const phase = (await k.inject(k.staffRoot, 'POST', `/api/campaigns/${created.id}/phases`, { name: '筹划部署', startsOn: '2026-04-01', endsOn: '2026-04-30' })).json().phases[0];
    await k.inject(k.staffRoot, 'POST', `/api/campaigns/${created.id}/actions`, { title: '制定方案', deadline: '2026-04-20', phaseId: phase.id, targetTypes: ['committee'], targetDepth: 1, completion: 'documents', needsApproval: true });
    await k.inject(k.staffRoot, 'POST', `/api/campaigns/${created.id}/actions`, { title: '学习研讨', deadline: '2026-06-30', targetTypes: ['branch'], completion: 'record_kind', recordKind: 'branch_assembly', recordScope: 'node', minCount: 2 });
    expect((await k.inject(k.staffRoot, 'POST', `/api/campaigns/${created.id}/launch`, { version: 1 })).statusCode).toBe(200);
    const local = await k.inject(k.staffA, 'POST', `/api/campaigns/${created.id}/local-actions`, { orgId: k.tree.unitA.id, title: '甲公司自选', deadline: '2026-07-01', completion: 'confirmation' });
    expect(local.statusCode).toBe(201);
    source = created;
  });

  const copy = (cookie: string, ownerOrgId: number, over: object = {}) =>
    k.inject(cookie, 'POST', `/api/campaigns/${source.id}/copy`, { ownerOrgId, title: `2027年主题教育${tag}`, periodStart: '2027-04-01', ...over });

  it('makes a draft with the phases and the owner’s actions, every date shifted by the new start, audited', async () => {
    const res = await copy(k.staffRoot, k.tree.root.id);
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ status: 'draft', ownerOrgId: k.tree.root.id, kind: 'theme_education', periodStart: '2027-04-01', periodEnd: '2027-08-31', sourceCampaignId: source.id, can: { write: true } });
    expect(c.phases).toMatchObject([{ name: '筹划部署', startsOn: '2027-04-01', endsOn: '2027-04-30' }]);
    expect(c.actions.map((a: Action) => [a.title, a.deadline, a.phaseId, a.ownerOrgId])).toEqual([
      ['制定方案', '2027-04-20', c.phases[0].id, null],
      ['学习研讨', '2027-06-30', null, null],
    ]);
    expect(c.actions[0]).toMatchObject({ targetTypes: ['committee'], targetDepth: 1, completion: 'documents', needsApproval: true });
    expect(c.actions[1]).toMatchObject({ completion: 'record_kind', recordKind: 'branch_assembly', minCount: 2 });
    const audit = await k.auditOf('campaign.copy', c.id);
    expect(audit[0]!.after).toMatchObject({ sourceCampaignId: source.id, shiftDays: 365, actions: 2 });
    // The copy is a draft of its own: the source is unchanged.
    expect((await k.get(k.staffRoot, `/api/campaigns/${source.id}`)).json().actions).toHaveLength(3);
  });

  it('a target unit copies it for its own subtree; refused where the caller may not write (403) or read (404)', async () => {
    const mine = await copy(k.staffA, k.tree.unitA.id, { periodStart: '2026-03-01' });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ ownerOrgId: k.tree.unitA.id, periodEnd: '2026-07-31' });
    expect(mine.json().actions.map((a: Action) => a.deadline)).toEqual(['2026-03-20', '2026-05-30']);
    expect((await copy(k.secretaryA1, k.tree.branchA1.id)).statusCode).toBe(403);
    expect((await copy(k.staffA, k.tree.root.id)).statusCode).toBe(404);
    const stranger = await buildAccount(k.db, (await buildTree(k.db)).root, ['admin']);
    expect((await copy(stranger.cookie, k.tree.root.id)).statusCode).toBe(404);
    // A draft of unit A's is not readable by unit B's staff.
    const staffB = (await buildAccount(k.db, k.tree.unitB, ['org_staff'])).cookie;
    expect((await k.inject(staffB, 'POST', `/api/campaigns/${mine.json().id}/copy`, { ownerOrgId: k.tree.unitB.id, title: 'x', periodStart: '2027-01-01' })).statusCode).toBe(404);
  });

  it('lists campaigns a page at a time, filtered by status, kind and title', async () => {
    const list = async (cookie: string, query: string) => (await k.get(cookie, `/api/campaigns?q=${encodeURIComponent(tag)}&${query}`)).json();
    const all = await list(k.staffRoot, '');
    expect(all.total).toBe(3);
    expect(all.items.map((c: { periodStart: string }) => c.periodStart)).toEqual(['2027-04-01', '2026-04-01', '2026-03-01']);
    expect((await list(k.staffRoot, 'status=launched')).items.map((c: { id: number }) => c.id)).toEqual([source.id]);
    expect((await list(k.staffRoot, 'kind=project')).total).toBe(0);
    const paged = await list(k.staffRoot, 'pageSize=2&page=2');
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(1);
    // A unit's staff: its own draft and the launched campaign assigned to it, not the group's draft.
    expect((await list(k.staffA, '')).total).toBe(2);
    expect((await list(k.secretaryB1, '')).items.map((c: { id: number }) => c.id)).toEqual([source.id]);
    // Wildcards are matched literally.
    expect((await k.get(k.staffRoot, '/api/campaigns?q=%25')).json().total).toBe(0);
    expect((await k.get(k.staffRoot, '/api/campaigns?q=_')).json().total).toBe(0);
    expect(shiftDate('2024-02-28', 2)).toBe('2024-03-01');
  });
});
