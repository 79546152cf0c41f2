import { sql } from 'drizzle-orm';
import type { ActionBody } from '@xianfeng/shared/schemas/campaigns';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../accounts/accounts.factory';
import { buildRecord } from '../records/records.factory';
import { buildCampaign } from './campaigns.factory';
import { campaignsKit, type CampaignsKit } from './campaigns.testkit';

interface Cell {
  actionId: number;
  done: number;
  doneLate: number;
  overdue: number;
}

describe('campaigns API: evidence (records counted by kind and linked), the records hook, assignment detail', () => {
  let k: CampaignsKit;
  let c: { id: number; mobil: number; study: number; linked: number };
  let unitBEarly: { id: number };
  beforeAll(async () => {
    k = await campaignsKit();
    const { campaign } = await buildCampaign(k.db, k.tree.root, [], { periodStart: '2024-01-01', periodEnd: '2024-12-31' });
    const actions: Partial<ActionBody>[] = [
      // 动员部署会 at the unit itself (node scope).
      { title: '召开动员部署会', completion: 'record_kind', recordKind: 'mobilisation_meeting', targetDepth: 1, deadline: '2024-05-10' },
      // 集中学习研讨: two sessions anywhere in the unit's subtree, then the superior approves.
      { title: '集中学习研讨', completion: 'record_kind', recordKind: 'study_session', recordScope: 'subtree', minCount: 2, targetDepth: 1, needsApproval: true, deadline: '2024-06-30' },
      // The branch links the meeting it held (any kind).
      { title: '找差距专题会', completion: 'records', targetTypes: ['branch'], needsApproval: true, deadline: '2024-06-30' },
    ];
    for (const a of actions) {
      const res = await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/actions`, { deadline: '2024-06-30', ...a });
      expect(res.statusCode, res.body).toBe(201);
    }
    // Held before the launch: counted by the launch itself.
    unitBEarly = await buildRecord(k.db, k.tree.unitB, { kind: 'mobilisation_meeting', heldOn: '2024-03-01' });
    const launched = await k.inject(k.staffRoot, 'POST', `/api/campaigns/${campaign.id}/launch`, { version: 1 });
    expect(launched.statusCode, launched.body).toBe(200);
    const [mobil, study, linked] = launched.json().campaign.actions.map((a: { id: number }) => a.id);
    c = { id: campaign.id, mobil, study, linked };
  });

  const assignmentId = async (actionId: number, orgId: number) => {
    const res = (await k.db.execute(sql`select id::int as id from assignments where action_id = ${actionId} and org_id = ${orgId}`)) as unknown as { rows: { id: number }[] };
    return res.rows[0]!.id;
  };
  const detail = async (cookie: string, actionId: number, orgId: number) => (await k.get(cookie, `/api/assignments/${await assignmentId(actionId, orgId)}`)).json();
  const record = async (cookie: string, orgId: number, kind: string, startsAt: string) => {
    const res = await k.inject(cookie, 'POST', '/api/records', { orgId, kind, topic: `测试${kind}`, startsAt });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; version: number };
  };
  const cellAt = async (orgId: number, actionId: number): Promise<Cell> => {
    const m = (await k.get(k.staffRoot, `/api/campaigns/${c.id}/progress`)).json();
    return m.rows.find((r: { orgId: number }) => r.orgId === orgId).cells.find((x: Cell) => x.actionId === actionId);
  };

  it('launch counts records already held; a record held through the API completes the unit’s assignment, by the Shanghai calendar day', async () => {
    expect(await detail(k.staffRoot, c.mobil, k.tree.unitB.id)).toMatchObject({ state: 'done', satisfiedOn: '2024-03-01', evidenceCount: 1 });
    expect((await detail(k.staffRoot, c.mobil, k.tree.unitB.id)).records.map((r: { recordId: number }) => r.recordId)).toEqual([unitBEarly.id]);

    // A branch's mobilisation meeting does not count for the unit (node scope).
    await record(k.secretaryA1, k.tree.branchA1.id, 'mobilisation_meeting', '2024-05-08T09:00:00+08:00');
    expect(await detail(k.staffA, c.mobil, k.tree.unitA.id)).toMatchObject({ state: 'not_started', satisfiedOn: null, evidenceCount: 0 });

    // 00:30 in Shanghai the day after the deadline (still the deadline day in UTC): late.
    const late = await record(k.staffA, k.tree.unitA.id, 'other', '2024-05-11T00:30:00+08:00');
    expect((await detail(k.staffA, c.mobil, k.tree.unitA.id)).state).toBe('not_started');
    const patched = await k.inject(k.staffA, 'PATCH', `/api/records/${late.id}`, { version: late.version, kind: 'mobilisation_meeting' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(await detail(k.staffA, c.mobil, k.tree.unitA.id)).toMatchObject({ state: 'done', satisfiedOn: '2024-05-11' });
    expect(await cellAt(k.tree.unitA.id, c.mobil)).toMatchObject({ done: 1, doneLate: 1, overdue: 0 });

    // 23:30 on the deadline day counts as on time.
    const onTime = await record(k.staffA, k.tree.unitA.id, 'mobilisation_meeting', '2024-05-10T23:30:00+08:00');
    expect(await detail(k.staffA, c.mobil, k.tree.unitA.id)).toMatchObject({ state: 'done', satisfiedOn: '2024-05-10', evidenceCount: 2 });
    expect(await cellAt(k.tree.unitA.id, c.mobil)).toMatchObject({ done: 1, doneLate: 0 });

    // Cancelling takes the evidence away again, in the same transaction as the cancel.
    await k.inject(k.staffA, 'POST', `/api/records/${onTime.id}/cancel`, { version: onTime.version });
    expect(await detail(k.staffA, c.mobil, k.tree.unitA.id)).toMatchObject({ satisfiedOn: '2024-05-11', evidenceCount: 1 });
    await k.inject(k.staffA, 'POST', `/api/records/${late.id}/cancel`, { version: late.version + 1 });
    expect(await detail(k.staffA, c.mobil, k.tree.unitA.id)).toMatchObject({ state: 'not_started', satisfiedOn: null, evidenceCount: 0 });
    expect(await cellAt(k.tree.unitA.id, c.mobil)).toMatchObject({ done: 0, overdue: 1 });
  });

  it('records anywhere in the subtree count for a subtree-scoped action, up to the count; then submit and approve', async () => {
    await record(k.secretaryA1, k.tree.branchA1.id, 'study_session', '2024-04-01T14:00:00+08:00');
    let d = await detail(k.staffA, c.study, k.tree.unitA.id);
    expect(d).toMatchObject({ state: 'in_progress', satisfiedOn: null, evidenceCount: 1, windowStart: '2024-01-01' });
    expect(d.can).toMatchObject({ submit: false, link: true, review: false });
    // A study session of unit B's branch does not count for unit A.
    await record(k.secretaryB1, k.tree.branchB1.id, 'study_session', '2024-04-02T14:00:00+08:00');
    await record(k.secretaryA1, k.tree.groupA1.id, 'study_session', '2024-04-03T14:00:00+08:00');
    d = await detail(k.staffA, c.study, k.tree.unitA.id);
    expect(d).toMatchObject({ state: 'in_progress', satisfiedOn: '2024-04-03', evidenceCount: 2 });
    expect(d.records.map((r: { orgId: number; evidenceId: number | null }) => [r.orgId, r.evidenceId])).toEqual([[k.tree.branchA1.id, null], [k.tree.groupA1.id, null]]);
    expect(d.action).toMatchObject({ title: '集中学习研讨', recordScope: 'subtree', minCount: 2 });

    const submitted = await k.inject(k.staffA, 'POST', `/api/assignments/${d.id}/submit`, { version: d.version });
    expect(submitted.json()).toMatchObject({ status: 'submitted', state: 'submitted' });
    const approved = await k.inject(k.staffRoot, 'POST', `/api/assignments/${d.id}/approve`, { version: d.version + 1 });
    expect(approved.json()).toMatchObject({ status: 'approved', state: 'done' });
    d = await detail(k.staffA, c.study, k.tree.unitA.id);
    expect(d.events.map((e: { kind: string; personName: string | null }) => e.kind)).toEqual(['submit', 'approve']);
    expect(d.events.every((e: { personName: string | null }) => typeof e.personName === 'string')).toBe(true);
    expect(d.can).toEqual({ submit: false, review: false, reopen: false, link: false });
    expect((await detail(k.staffRoot, c.study, k.tree.unitA.id)).can).toMatchObject({ reopen: true, review: false });
  });

  it('a branch links the records it held; refusals for the wrong record, the wrong caller and a submitted assignment', async () => {
    const id = await assignmentId(c.linked, k.tree.branchA1.id);
    const url = `/api/assignments/${id}/evidence`;
    const inGroup = await buildRecord(k.db, k.tree.groupA1, { kind: 'other', heldOn: '2024-05-20' });
    const sibling = await buildRecord(k.db, k.tree.branchA2, { kind: 'other', heldOn: '2024-05-20' });
    const planned = await buildRecord(k.db, k.tree.branchA1, { kind: 'other', status: 'planned', heldOn: '2024-05-21' });
    const before = await buildRecord(k.db, k.tree.branchA1, { kind: 'other', heldOn: '2023-12-20' });

    expect((await detail(k.secretaryA1, c.linked, k.tree.branchA1.id)).records).toEqual([]);
    const linked = await k.inject(k.secretaryA1, 'POST', url, { recordId: inGroup.id });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json()).toMatchObject({ satisfiedOn: '2024-05-20', evidenceCount: 1, state: 'in_progress' });
    const evidenceId = linked.json().records[0].evidenceId;
    expect(linked.json().records).toEqual([expect.objectContaining({ recordId: inGroup.id, orgId: k.tree.groupA1.id, heldOn: '2024-05-20', evidenceId: expect.any(Number) })]);
    expect(await k.auditOf('assignment.evidenceAdd', id)).toHaveLength(1);

    expect((await k.inject(k.secretaryA1, 'POST', url, { recordId: inGroup.id })).statusCode).toBe(409);
    expect((await k.inject(k.secretaryA1, 'POST', url, { recordId: sibling.id })).statusCode).toBe(404);
    expect((await k.inject(k.secretaryA1, 'POST', url, { recordId: planned.id })).json().message).toBe('只能关联已召开的组织生活记录。');
    expect((await k.inject(k.secretaryA1, 'POST', url, { recordId: before.id })).statusCode).toBe(400);
    expect((await k.inject(k.secretaryA1, 'POST', url, {})).statusCode).toBe(400);
    expect((await k.inject(k.secretaryA1, 'POST', url, { recordId: inGroup.id, documentId: 1 })).statusCode).toBe(400);
    expect((await k.inject(k.secretaryB1, 'POST', url, { recordId: inGroup.id })).statusCode).toBe(404);
    // Readers of the node who do not administer it (a reviewer account) may look but not link; a plain member sees nothing.
    const readerA = (await buildAccount(k.db, k.tree.unitA, ['reviewer'])).cookie;
    expect((await k.get(readerA, `/api/assignments/${id}`)).statusCode).toBe(200);
    expect((await k.inject(readerA, 'POST', url, { recordId: inGroup.id })).statusCode).toBe(403);
    const member = (await buildAccount(k.db, k.tree.branchA1, ['member'])).cookie;
    expect((await k.get(member, `/api/assignments/${id}`)).statusCode).toBe(404);
    expect((await k.inject(member, 'POST', url, { recordId: inGroup.id })).statusCode).toBe(404);
    expect((await k.get(k.secretaryB1, `/api/assignments/${id}`)).statusCode).toBe(404);

    // Submitted: the evidence is fixed until a reviewer reopens it.
    const version = (await detail(k.secretaryA1, c.linked, k.tree.branchA1.id)).version;
    expect((await k.inject(k.secretaryA1, 'POST', `/api/assignments/${id}/submit`, { version })).statusCode).toBe(200);
    const locked = await k.inject(k.secretaryA1, 'DELETE', `${url}/${evidenceId}`);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().message).toContain('请先由审核人重新打开');
    await k.inject(k.staffA, 'POST', `/api/assignments/${id}/return`, { version: version + 1, comment: '请补充会议记录' });
    expect((await k.inject(k.secretaryA1, 'DELETE', `${url}/999999999`)).statusCode).toBe(404);
    const removed = await k.inject(k.secretaryA1, 'DELETE', `${url}/${evidenceId}`);
    expect(removed.json()).toMatchObject({ satisfiedOn: null, evidenceCount: 0, records: [], state: 'returned' });
    expect(await k.auditOf('assignment.evidenceRemove', id)).toHaveLength(1);
    // Without evidence it cannot go up again.
    const again = await k.inject(k.secretaryA1, 'POST', `/api/assignments/${id}/submit`, { version: version + 2 });
    expect(again.statusCode).toBe(400);
    expect(again.json().message).toBe('尚未满足完成条件，请先关联佐证材料再提交。');
  });

  it('a linked record must be of the action’s kind when it names one; documents are not records', async () => {
    const id = await assignmentId(c.mobil, k.tree.unitB.id);
    const staffB = (await buildAccount(k.db, k.tree.unitB, ['org_staff'])).cookie;
    const url = `/api/assignments/${id}/evidence`;
    const other = await buildRecord(k.db, k.tree.branchB1, { kind: 'other', heldOn: '2024-04-01' });
    const wrong = await k.inject(staffB, 'POST', url, { recordId: other.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toBe('该规定动作须关联“动员部署会”类记录。');
    expect((await k.inject(staffB, 'POST', url, { documentId: 1 })).json().message).toBe('该规定动作不接受此类佐证材料。');
    // The unit's meeting recorded at its branch: linked, it counts for the node-scoped action too.
    const atBranch = await buildRecord(k.db, k.tree.branchB1, { kind: 'mobilisation_meeting', heldOn: '2024-02-01' });
    const res = await k.inject(staffB, 'POST', url, { recordId: atBranch.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ satisfiedOn: '2024-02-01', evidenceCount: 2, state: 'done' });
    expect(res.json().records.map((r: { recordId: number; evidenceId: number | null }) => [r.recordId, r.evidenceId !== null])).toEqual([
      [atBranch.id, true],
      [unitBEarly.id, false],
    ]);
  });
});
