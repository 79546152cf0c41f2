import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../core/time';
import { testConfig } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildCampaign } from './campaigns.factory';
import { campaignMembers } from './campaigns.schema';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';

describe('campaigns API: submit, review, to-do', () => {
  let k: CampaignsKit;
  let ids: { approval: number; plain: number; campaign: number };
  beforeAll(async () => {
    k = await campaignsKit();
    const { campaign, actions } = await buildCampaign(k.db, k.tree.root, [
      { title: '报送学习研讨方案', targetTypes: ['branch'], needsApproval: true, deadline: '2020-01-31' },
      { title: '确认已传达', targetTypes: ['branch'], deadline: '2099-12-31' },
    ]);
    await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 });
    ids = { campaign: campaign.id, approval: actions[0]!.id, plain: actions[1]!.id };
  });

  const assignmentId = async (actionId: number, orgId: number) => {
    const res = (await k.db.execute(sql`select id::int as id from assignments where action_id = ${actionId} and org_id = ${orgId}`)) as unknown as { rows: { id: number }[] };
    return res.rows[0]!.id;
  };
  const step = (cookie: string, id: number, s: string, body: object) => k.inject(cookie, 'POST', `/api/assignments/${id}/${s}`, body);

  it('a branch submits, the superior node staff return with a reason, then approve; each step versioned and audited', async () => {
    const id = await assignmentId(ids.approval, k.tree.branchA1.id);
    const todo = (await k.get(k.secretaryA1, `/api/campaigns/todo?orgId=${k.tree.branchA1.id}`)).json();
    expect(todo.todo.map((t: { actionTitle: string; overdue: boolean }) => [t.actionTitle, t.overdue])).toEqual([['报送学习研讨方案', true], ['确认已传达', false]]);
    expect(todo.toReview).toEqual([]);

    const submitted = await step(k.secretaryA1, id, 'submit', { version: 1, comment: '方案已上传' });
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 2, comment: '方案已上传' });
    expect((await step(k.secretaryA1, id, 'submit', { version: 2 })).json().message).toBe('该任务当前为“已提交”，不能执行此操作。');
    // The branch may not review itself; the superior's staff see it to review.
    expect((await step(k.secretaryA1, id, 'approve', { version: 2 })).statusCode).toBe(403);
    const toReview = (await k.get(k.staffA, `/api/campaigns/todo?orgId=${k.tree.unitA.id}`)).json().toReview;
    expect(toReview.map((t: { id: number }) => t.id)).toEqual([id]);

    expect((await step(k.staffA, id, 'return', { version: 2 })).statusCode).toBe(400);
    expect((await step(k.staffA, id, 'return', { version: 1, comment: '请补充' })).statusCode).toBe(409);
    const returned = await step(k.staffA, id, 'return', { version: 2, comment: '请补充研讨安排' });
    expect(returned.json()).toMatchObject({ status: 'returned', comment: '请补充研讨安排', version: 3 });
    // The branch hears of it in the app (its secretary's account), with the reason.
    const told = (await k.db.execute(
      sql`select params->>'comment' as comment from notifications where kind = 'assignment.returned' and link = ${`/assignments/${id}`}`,
    )) as unknown as { rows: { comment: string }[] };
    expect(told.rows.map((r) => r.comment)).toEqual(['请补充研讨安排']);
    await step(k.secretaryA1, id, 'submit', { version: 3 });
    const approved = await step(k.staffA, id, 'approve', { version: 4 });
    expect(approved.json()).toMatchObject({ status: 'approved', version: 5 });
    expect(approved.json().reviewedAt).not.toBeNull();

    for (const [action, n] of [['assignment.submit', 2], ['assignment.return', 1], ['assignment.approve', 1]] as const)
      expect(await k.auditOf(action, id), action).toHaveLength(n);
    const events = (await k.db.execute(sql`select kind from assignment_events where assignment_id = ${id} order by id`)) as unknown as { rows: { kind: string }[] };
    expect(events.rows.map((e) => e.kind)).toEqual(['submit', 'return', 'submit', 'approve']);

    // Done late: confirmed (submitted) after a deadline long past — the matrix at unit A says so.
    const matrix = (await k.get(k.staffA, `/api/campaigns/${ids.campaign}/progress?orgId=${k.tree.unitA.id}`)).json();
    const cell = matrix.rows.find((r: { orgId: number }) => r.orgId === k.tree.branchA1.id).cells.find((c: { actionId: number }) => c.actionId === ids.approval);
    expect(cell).toMatchObject({ done: 1, doneLate: 1, overdue: 0 });
  });

  it('an action without approval is done on submit', async () => {
    const id = await assignmentId(ids.plain, k.tree.branchA2.id);
    const secretaryA2 = (await buildAccount(k.db, k.tree.branchA2, ['secretary'])).cookie;
    expect((await step(secretaryA2, id, 'submit', { version: 1 })).json()).toMatchObject({ status: 'approved', version: 2 });
    expect((await k.get(secretaryA2, `/api/campaigns/todo?orgId=${k.tree.branchA2.id}`)).json().todo.map((t: { actionId: number }) => t.actionId)).toEqual([ids.approval]);
  });

  it('refuses other branches (404) and other units’ staff (404)', async () => {
    const id = await assignmentId(ids.approval, k.tree.branchB1.id);
    for (const [s, body] of [['submit', { version: 1 }], ['approve', { version: 1 }], ['return', { version: 1, comment: 'x' }]] as const) {
      expect((await step(k.secretaryA1, id, s, body)).statusCode, s).toBe(404);
      expect((await step(k.staffA, id, s, body)).statusCode, s).toBe(404);
    }
    expect((await k.get(k.secretaryA1, `/api/campaigns/todo?orgId=${k.tree.branchB1.id}`)).statusCode).toBe(404);
    expect((await k.get(k.staffA, `/api/campaigns/todo?orgId=${k.tree.unitB.id}`)).statusCode).toBe(404);
    // Staff of any ancestor above the node review it (campaign.write reaches the whole subtree).
    expect((await step(k.secretaryB1, id, 'submit', { version: 1 })).statusCode).toBe(200);
    expect((await step(k.staffRoot, id, 'approve', { version: 2 })).statusCode).toBe(200);
  });

  it('a guidance member assigned to the unit reviews its branches; one assigned elsewhere does not; reopen needs the reason', async () => {
    const id = await assignmentId(ids.approval, k.tree.branchA2.id);
    const secretaryA2 = (await buildAccount(k.db, k.tree.branchA2, ['secretary'])).cookie;
    const [guideA, guideB] = [await buildAccount(k.db, k.tree.root, []), await buildAccount(k.db, k.tree.root, [])];
    await k.db.insert(campaignMembers).values([
      { campaignId: ids.campaign, personId: guideA.personId, role: 'guidance', orgIds: [k.tree.unitA.id] },
      { campaignId: ids.campaign, personId: guideB.personId, role: 'guidance', orgIds: [k.tree.unitB.id] },
    ]);
    const submitted = (await step(secretaryA2, id, 'submit', { version: 1 })).json();
    // A confirmation is satisfied on the day it is submitted (deployment time zone).
    expect(submitted.satisfiedOn).toBe(todayIn(testConfig().timeZone));
    expect(submitted).toMatchObject({ status: 'submitted', state: 'submitted' });

    expect((await step(guideB.cookie, id, 'approve', { version: 2 })).statusCode).toBe(404);
    expect((await k.get(guideB.cookie, `/api/assignments/${id}`)).statusCode).toBe(404);
    // A reader of the branch who is not its superior's staff may not approve.
    const readerA2 = (await buildAccount(k.db, k.tree.branchA2, ['reviewer'])).cookie;
    expect((await step(readerA2, id, 'approve', { version: 2 })).statusCode).toBe(403);
    expect((await k.get(guideA.cookie, `/api/assignments/${id}`)).json().can).toMatchObject({ review: true, submit: false, link: false });
    // A guidance member reviews; linking evidence is the unit's (403).
    expect((await k.inject(guideA.cookie, 'POST', `/api/assignments/${id}/evidence`, { recordId: 1 })).statusCode).toBe(403);
    const approved = await step(guideA.cookie, id, 'approve', { version: 2, comment: '符合要求' });
    expect(approved.json()).toMatchObject({ status: 'approved', state: 'done', reviewerPersonId: guideA.personId });

    expect((await step(guideA.cookie, id, 'reopen', { version: 3 })).statusCode).toBe(400);
    expect((await step(guideA.cookie, id, 'reopen', { version: 3, comment: ' ' })).statusCode).toBe(400);
    expect((await step(secretaryA2, id, 'reopen', { version: 3, comment: '想修改' })).statusCode).toBe(403);
    const reopened = await step(guideA.cookie, id, 'reopen', { version: 3, comment: '抽查发现材料不全' });
    expect(reopened.json()).toMatchObject({ status: 'returned', state: 'returned', satisfiedOn: null, comment: '抽查发现材料不全', version: 4 });
    expect((await step(guideA.cookie, id, 'reopen', { version: 4, comment: '再次' })).statusCode).toBe(409);
    expect(await k.auditOf('assignment.reopen', id)).toHaveLength(1);
    const detail = (await k.get(secretaryA2, `/api/assignments/${id}`)).json();
    expect(detail.events.map((e: { kind: string; comment: string | null }) => [e.kind, e.comment])).toEqual([
      ['submit', null],
      ['approve', '符合要求'],
      ['reopen', '抽查发现材料不全'],
    ]);
    expect(detail.can).toMatchObject({ submit: true, reopen: false, review: false });
  });
});
