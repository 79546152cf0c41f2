import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree } from '../orgs/orgs.factory';
import { buildPerson } from '../people/people.factory';
import { buildCampaign } from './campaigns.factory';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';

describe('campaigns API: people (领导小组, 办公室, 指导组)', () => {
  let k: CampaignsKit;
  let stranger: string;
  let outsider: { orgId: number; personId: number };
  beforeAll(async () => {
    k = await campaignsKit();
    const other = await buildTree(k.db);
    stranger = (await buildAccount(k.db, other.root, ['admin'])).cookie;
    outsider = { orgId: other.unitA.id, personId: (await buildPerson(k.db, other.unitA)).id };
  });

  it('the owner’s staff keep the lists in a draft and while launched, with names and supervised nodes, audited', async () => {
    const { campaign } = await buildCampaign(k.db, k.tree.root, [{ targetTypes: ['branch'] }]);
    const url = `/api/campaigns/${campaign.id}/members`;
    const [leader, officer, guide] = [
      await buildPerson(k.db, k.tree.root, { name: '赵组长' }),
      await buildPerson(k.db, k.tree.root, { name: '钱主任' }),
      await buildPerson(k.db, k.tree.root, { name: '孙指导' }),
    ];
    const g = await k.inject(k.staffRoot, 'POST', url, { personId: guide.id, role: 'guidance', title: '组长', orgIds: [k.tree.unitB.id, k.tree.unitA.id, k.tree.unitA.id] });
    expect(g.statusCode, g.body).toBe(201);
    expect(g.json()).toMatchObject({
      personId: guide.id,
      name: '孙指导',
      role: 'guidance',
      title: '组长',
      orgs: [
        { id: k.tree.unitB.id, name: k.tree.unitB.name },
        { id: k.tree.unitA.id, name: k.tree.unitA.name },
      ],
      version: 1,
    });
    expect(await k.auditOf('campaign.member.create', g.json().id)).toHaveLength(1);
    await k.inject(k.staffRoot, 'POST', url, { personId: officer.id, role: 'office', title: '主任' });
    await k.inject(k.staffRoot, 'POST', url, { personId: leader.id, role: 'leading_group', title: '组长' });
    // Launched: still editable; target nodes read the lists.
    expect((await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 })).statusCode).toBe(200);
    const list = (await k.get(k.secretaryA1, url)).json();
    expect(list.map((m: { name: string; role: string }) => [m.role, m.name])).toEqual([
      ['leading_group', '赵组长'],
      ['office', '钱主任'],
      ['guidance', '孙指导'],
    ]);

    const edited = await k.inject(k.staffRoot, 'PATCH', `${url}/${g.json().id}`, { version: 1, orgIds: [k.tree.branchA1.id], title: '成员' });
    expect(edited.json()).toMatchObject({ title: '成员', orgs: [{ id: k.tree.branchA1.id }], version: 2 });
    expect((await k.inject(k.staffRoot, 'PATCH', `${url}/${g.json().id}`, { version: 1, title: '旧' })).statusCode).toBe(409);
    expect((await k.auditOf('campaign.member.update', g.json().id))[0]).toMatchObject({ before: { title: '组长' }, after: { title: '成员' } });
    expect((await k.inject(k.staffRoot, 'DELETE', `${url}/${g.json().id}`)).statusCode).toBe(200);
    expect((await k.get(k.staffRoot, url)).json()).toHaveLength(2);
    expect((await k.inject(k.staffRoot, 'DELETE', `${url}/${g.json().id}`)).statusCode).toBe(404);
  });

  it('refuses duplicates (409), outsiders’ people (404), nodes outside the campaign (400), readers (403), strangers (404), closed campaigns (409)', async () => {
    const { campaign } = await buildCampaign(k.db, k.tree.root, [{ targetTypes: ['branch'] }]);
    await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 });
    const url = `/api/campaigns/${campaign.id}/members`;
    const person = await buildPerson(k.db, k.tree.unitA);
    expect((await k.inject(k.staffRoot, 'POST', url, { personId: person.id, role: 'office' })).statusCode).toBe(201);
    const dup = await k.inject(k.staffRoot, 'POST', url, { personId: person.id, role: 'office' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe('此人已在该名单中。');
    expect((await k.inject(k.staffRoot, 'POST', url, { personId: person.id, role: 'guidance' })).statusCode).toBe(201);
    expect((await k.inject(k.staffRoot, 'POST', url, { personId: outsider.personId, role: 'office' })).statusCode).toBe(404);
    expect((await k.inject(k.staffRoot, 'POST', url, { personId: person.id, role: 'leading_group', orgIds: [k.tree.unitA.id] })).json().message).toBe(
      '只有指导组成员需要指定联系的党组织。',
    );
    const outside = await k.inject(k.staffRoot, 'POST', url, { personId: person.id, role: 'leading_group' });
    expect(outside.statusCode).toBe(201);
    const badOrg = await k.inject(k.staffRoot, 'PATCH', `${url}/${outside.json().id}`, { version: 1, orgIds: [outsider.orgId] });
    expect(badOrg.statusCode).toBe(400);
    const guide2 = await buildPerson(k.db, k.tree.root);
    expect((await k.inject(k.staffRoot, 'POST', url, { personId: guide2.id, role: 'guidance', orgIds: [outsider.orgId] })).statusCode).toBe(400);

    expect((await k.inject(k.staffA, 'POST', url, { personId: person.id, role: 'leading_group' })).statusCode).toBe(403);
    expect((await k.inject(k.staffA, 'DELETE', `${url}/${outside.json().id}`)).statusCode).toBe(403);
    expect((await k.inject(stranger, 'POST', url, { personId: person.id, role: 'leading_group' })).statusCode).toBe(404);
    expect((await k.get(stranger, url)).statusCode).toBe(404);

    await k.db.execute(sql`update campaigns set status = 'closed' where id = ${campaign.id}`);
    expect((await k.inject(k.staffRoot, 'POST', url, { personId: guide2.id, role: 'office' })).json().message).toBe('专项工作已结束，不能再调整人员。');
    expect((await k.get(k.staffRoot, url)).json()).toHaveLength(3);
  });
});
