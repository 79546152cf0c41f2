import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../core/time';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree } from '../orgs/orgs.factory';
import { buildPerson } from '../people/people.factory';
import { buildRecord } from '../records/records.factory';
import { buildCampaign } from './campaigns.factory';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';
import { shiftDate } from './copy.service';

describe('campaigns API: guidance visits (指导组参会)', () => {
  let k: CampaignsKit;
  let url: string;
  let guideA: Awaited<ReturnType<typeof buildAccount>>;
  let guideB: Awaited<ReturnType<typeof buildAccount>>;
  let stranger: string;
  beforeAll(async () => {
    k = await campaignsKit();
    const { campaign } = await buildCampaign(k.db, k.tree.root, [{ targetTypes: ['branch'] }]);
    await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 });
    url = `/api/campaigns/${campaign.id}/visits`;
    // Guidance members read the whole group (reviewers at the root) but supervise one unit each.
    guideA = await buildAccount(k.db, k.tree.root, ['reviewer']);
    guideB = await buildAccount(k.db, k.tree.root, ['reviewer']);
    for (const [g, orgId] of [[guideA, k.tree.unitA.id], [guideB, k.tree.unitB.id]] as const)
      expect((await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/members`, { personId: g.personId, role: 'guidance', orgIds: [orgId] })).statusCode).toBe(201);
    stranger = (await buildAccount(k.db, (await buildTree(k.db)).root, ['admin'])).cookie;
  });

  const visit = (orgId: number, over: object = {}) => ({ orgId, visitedOn: '2026-03-02', kind: 'visit', personIds: [guideA.personId], evaluation: 'good', ...over });

  it('a guidance member records attendance at a meeting of a unit they supervise, with findings; the owner’s staff anywhere', async () => {
    const meeting = await buildRecord(k.db, k.tree.branchA1, { topic: '专题组织生活会', kind: 'branch_assembly', heldOn: '2026-03-02' });
    const res = await k.inject(guideA.cookie, 'POST', url, visit(k.tree.branchA1.id, { kind: 'meeting', recordId: meeting.id, summary: '会议准备充分', findings: ['批评与自我批评不够深入', '整改清单未细化'] }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      orgId: k.tree.branchA1.id,
      orgName: k.tree.branchA1.name,
      visitedOn: '2026-03-02',
      kind: 'meeting',
      record: { id: meeting.id, topic: '专题组织生活会', kind: 'branch_assembly' },
      people: [{ id: guideA.personId }],
      evaluation: 'good',
      findings: ['批评与自我批评不够深入', '整改清单未细化'],
    });
    expect(await k.auditOf('campaign.visit.create', res.json().id)).toHaveLength(1);
    const byOwner = await k.inject(k.staffRoot, 'POST', url, visit(k.tree.unitB.id, { personIds: [guideB.personId, guideA.personId], evaluation: 'fair', visitedOn: '2026-04-01' }));
    expect(byOwner.statusCode, byOwner.body).toBe(201);
    expect(byOwner.json().people.map((p: { id: number }) => p.id)).toEqual([guideB.personId, guideA.personId]);
  });

  it('refuses a guidance member at a unit not theirs (403), readers (403), strangers (404), non-members present, foreign records, future days (400)', async () => {
    expect((await k.inject(guideA.cookie, 'POST', url, visit(k.tree.branchB1.id))).statusCode).toBe(403);
    expect((await k.inject(k.secretaryA1, 'POST', url, visit(k.tree.branchA1.id))).statusCode).toBe(403);
    expect((await k.inject(stranger, 'POST', url, visit(k.tree.branchA1.id))).statusCode).toBe(404);
    expect((await k.inject(k.secretaryB1, 'POST', url, visit(k.tree.branchA1.id))).statusCode).toBe(404);
    const someone = await buildPerson(k.db, k.tree.branchA1);
    expect((await k.inject(guideA.cookie, 'POST', url, visit(k.tree.branchA1.id, { personIds: [guideA.personId, someone.id] }))).json().message).toBe('参加人员须为本专项工作的指导组成员。');
    const elsewhere = await buildRecord(k.db, k.tree.branchB1, { heldOn: '2026-03-02' });
    expect((await k.inject(guideA.cookie, 'POST', url, visit(k.tree.branchA1.id, { kind: 'meeting', recordId: elsewhere.id }))).json().message).toBe('所选会议记录不属于该党组织。');
    const tomorrow = shiftDate(todayIn('Asia/Shanghai'), 1);
    expect((await k.inject(guideA.cookie, 'POST', url, visit(k.tree.branchA1.id, { visitedOn: tomorrow }))).statusCode).toBe(400);
  });

  it('lists the visits of the nodes the caller reads, latest first, paginated', async () => {
    const all = (await k.get(k.staffRoot, `${url}?pageSize=1`)).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.items).toHaveLength(1);
    expect(all.items[0].visitedOn).toBe('2026-04-01');
    const mine = (await k.get(k.secretaryA1, url)).json();
    expect(mine.items.map((v: { orgId: number }) => v.orgId)).toEqual([k.tree.branchA1.id]);
    expect((await k.get(k.staffA, `${url}?orgId=${k.tree.branchA1.id}`)).json().total).toBe(1);
    expect((await k.get(k.secretaryA1, `${url}?orgId=${k.tree.unitB.id}`)).statusCode).toBe(404);
    expect((await k.get(stranger, url)).statusCode).toBe(404);
  });
});
