import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../core/time';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree } from '../orgs/orgs.factory';
import { buildPerson } from '../people/people.factory';
import { buildCampaign } from './campaigns.factory';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';

interface Item {
  assignmentId: number;
  actionTitle: string;
  orgId: number;
  underName: string | null;
  deadline: string;
  daysOverdue: number;
  state: string;
  contactName: string | null;
}

const daysSince = (d: string) => Math.round((Date.parse(todayIn('Asia/Shanghai')) - Date.parse(d)) / 86_400_000);

describe('督办 API: overdue assignments below a node', () => {
  let k: CampaignsKit;
  let campaignId: number;
  beforeAll(async () => {
    k = await campaignsKit();
    const { campaign, actions } = await buildCampaign(k.db, k.tree.root, [
      { title: '学习研讨', targetTypes: ['branch'], deadline: '2026-03-31' },
      { title: '制定方案', targetTypes: ['branch'], deadline: '2026-01-31' },
      { title: '远期动作', targetTypes: ['branch'], deadline: '2099-01-31' },
    ]);
    campaignId = campaign.id;
    const contact = await buildPerson(k.db, k.tree.root, { name: '周联络' });
    await k.db.execute(sql`update required_actions set contact_person_id = ${contact.id} where id = ${actions[1]!.id}`);
    await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 });
    // A1 did the plan; B1 submitted its study session (awaiting review: not overdue).
    await k.db.execute(sql`update assignments set satisfied_on = '2026-01-20', status = 'approved' where action_id = ${actions[1]!.id} and org_id = ${k.tree.branchA1.id}`);
    await k.db.execute(sql`update assignments set status = 'submitted' where action_id = ${actions[0]!.id} and org_id = ${k.tree.branchB1.id}`);
  });

  const list = (cookie: string, query: string) => k.get(cookie, `/api/assignments/overdue?${query}`);

  it('lists them most overdue first, then by the unit below the viewed node, with days and the contact', async () => {
    const { unitA, unitB, branchA1, branchA2, branchB1 } = k.tree;
    const page = (await list(k.staffRoot, `orgId=${k.tree.root.id}&campaignId=${campaignId}`)).json();
    expect(page.total).toBe(4);
    expect(page.items.map((i: Item) => [i.actionTitle, i.orgId, i.underName])).toEqual([
      ['制定方案', branchA2.id, unitA.name],
      ['制定方案', branchB1.id, unitB.name],
      ['学习研讨', branchA1.id, unitA.name],
      ['学习研讨', branchA2.id, unitA.name],
    ]);
    expect(page.items[0]).toMatchObject({ deadline: '2026-01-31', daysOverdue: daysSince('2026-01-31'), state: 'not_started', contactName: '周联络' });
    expect(page.items[2]).toMatchObject({ daysOverdue: daysSince('2026-03-31'), contactName: null });

    const two = (await list(k.staffRoot, `orgId=${k.tree.root.id}&campaignId=${campaignId}&pageSize=2&page=2`)).json();
    expect(two).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(two.items.map((i: Item) => i.assignmentId)).toEqual(page.items.slice(2).map((i: Item) => i.assignmentId));

    const atA = (await list(k.staffA, `orgId=${unitA.id}`)).json();
    expect(atA.items.map((i: Item) => [i.orgId, i.underName])).toEqual([
      [branchA2.id, branchA2.name],
      [branchA1.id, branchA1.name],
      [branchA2.id, branchA2.name],
    ]);
    expect((await list(k.secretaryA1, `orgId=${branchA1.id}`)).json().items.map((i: Item) => [i.orgId, i.underName])).toEqual([[branchA1.id, null]]);
  });

  it('refuses nodes out of the caller’s scope and campaigns they do not read (404)', async () => {
    expect((await list(k.staffA, `orgId=${k.tree.root.id}`)).statusCode).toBe(404);
    expect((await list(k.secretaryB1, `orgId=${k.tree.branchA1.id}`)).statusCode).toBe(404);
    const other = await buildTree(k.db);
    const stranger = (await buildAccount(k.db, other.root, ['admin'])).cookie;
    expect((await list(stranger, `orgId=${other.root.id}&campaignId=${campaignId}`)).statusCode).toBe(404);
    expect((await list(stranger, `orgId=${other.root.id}`)).json()).toMatchObject({ total: 0, items: [] });
    const member = (await buildAccount(k.db, k.tree.branchA1, ['member'])).cookie;
    expect((await list(member, `orgId=${k.tree.branchA1.id}`)).statusCode).toBe(404);
  });
});
