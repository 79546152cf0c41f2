import { beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../accounts/accounts.factory';
import { buildPerson } from '../people/people.factory';
import { recordsKit, type TestKit } from './records.testkit';

describe('records API: who may do what', () => {
  let k: TestKit;
  let recA1: { id: number; version: number };
  beforeAll(async () => {
    k = await recordsKit();
    recA1 = await k.createHeld();
  });

  it('refuses callers without a session', async () => {
    expect((await k.inject(undefined, 'GET', `/api/records/${recA1.id}`)).statusCode).toBe(401);
    expect((await k.inject(undefined, 'GET', '/api/records')).statusCode).toBe(401);
  });

  it('a branch-B secretary gets 404 for branch A: read, roll, change, cancel, lock, files, export, check-in', async () => {
    const c = k.secretaryB1.cookie;
    for (const url of [
      `/api/records/${recA1.id}`,
      `/api/records/${recA1.id}/roll`,
      `/api/records/${recA1.id}/export.docx`,
      `/api/records/${recA1.id}/files/1`,
      `/api/records/${recA1.id}/check-in/code`,
      `/api/records/roll?orgId=${k.tree.branchA1.id}&on=2024-05-10`,
      `/api/records/summary?orgId=${k.tree.branchA1.id}`,
      `/api/records?orgId=${k.tree.branchA1.id}`,
      `/api/record-kinds?orgId=${k.tree.branchA1.id}`,
    ]) {
      const res = await k.get(c, url);
      expect(res.statusCode, url).toBe(404);
    }
    const writes: [('POST' | 'PATCH' | 'DELETE'), string, object?][] = [
      ['PATCH', `/api/records/${recA1.id}`, { version: 1, topic: '越权' }],
      ['POST', `/api/records/${recA1.id}/cancel`, { version: 1 }],
      ['POST', `/api/records/${recA1.id}/lock`, { version: 1 }],
      ['POST', `/api/records/${recA1.id}/unlock`, { version: 1, reason: 'x' }],
      ['DELETE', `/api/records/${recA1.id}/files/1`],
      ['POST', `/api/records/${recA1.id}/check-in/open`, {}],
      ['POST', `/api/records/${recA1.id}/check-in/close`, {}],
      ['POST', `/api/records/${recA1.id}/check-in`, { code: '123456' }],
      ['POST', '/api/records', { orgId: k.tree.branchA1.id, kind: 'branch_assembly', topic: '越权', startsAt: '2024-05-10T09:00:00+08:00' }],
    ];
    for (const [method, url, body] of writes) {
      const res = await k.send(c, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    // Nothing of branch A in the B secretary's own list.
    const list = (await k.get(c, '/api/records')).json();
    expect(list.items.map((r: { orgId: number }) => r.orgId)).not.toContain(k.tree.branchA1.id);
  });

  it('a member reads records that list them, and no others; never writes', async () => {
    const mine = await k.get(k.member.cookie, `/api/records/${recA1.id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().can).toMatchObject({ write: false, lock: false, manageCheckIn: false });
    const patch = await k.send(k.member.cookie, 'PATCH', `/api/records/${recA1.id}`, { version: recA1.version, topic: '成员改' });
    expect(patch.statusCode).toBe(403);
    const notListed = await k.createHeld({ attendance: [{ personId: k.a1[0]!.id, attendance: 'present' }] });
    expect((await k.get(k.member.cookie, `/api/records/${notListed.id}`)).statusCode).toBe(404);
    // The general list is the administrators' view: a member's is /api/me/records.
    expect((await k.get(k.member.cookie, '/api/records')).json().total).toBe(0);
    const create = await k.send(k.member.cookie, 'POST', '/api/records', { orgId: k.tree.branchA1.id, kind: 'branch_assembly', topic: 'x', startsAt: '2024-05-10T09:00:00+08:00' });
    expect(create.statusCode).toBe(404);
  });

  it('a reviewer reads the whole subtree but does not record', async () => {
    expect((await k.get(k.reviewer.cookie, `/api/records/${recA1.id}`)).statusCode).toBe(200);
    const res = await k.send(k.reviewer.cookie, 'POST', '/api/records', { orgId: k.tree.branchA1.id, kind: 'branch_assembly', topic: 'x', startsAt: '2024-05-10T09:00:00+08:00' });
    expect(res.statusCode).toBe(404);
    const patch = await k.send(k.reviewer.cookie, 'PATCH', `/api/records/${recA1.id}`, { version: 1, topic: 'x' });
    expect(patch.statusCode).toBe(403);
  });
});

describe('records API: lock by review and amendments', () => {
  let k: TestKit;
  beforeAll(async () => {
    k = await recordsKit();
  });

  it('only the superior locks; a locked record changes only as an amendment with its reason, shown on the detail', async () => {
    const rec = await k.createHeld();
    const own = await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/lock`, { version: 1 });
    expect(own.statusCode).toBe(403);
    expect(own.json().message).toBe('审核锁定须由上级党组织的工作人员或督导审核人员进行。');
    const locked = await k.send(k.staffA.cookie, 'POST', `/api/records/${rec.id}/lock`, { version: 1 });
    expect(locked.statusCode, locked.body).toBe(200);
    expect(locked.json()).toMatchObject({ locked: true, version: 2 });
    expect(locked.json().lockedAt).not.toBeNull();

    const silent = await k.send(k.secretaryA1.cookie, 'PATCH', `/api/records/${rec.id}`, { version: 2, place: '二楼' });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().message).toBe('该记录已审核锁定，修改须填写更正说明。');
    const cancel = await k.send(k.secretaryA1.cookie, 'POST', `/api/records/${rec.id}/cancel`, { version: 2 });
    expect(cancel.statusCode).toBe(400);
    const amended = await k.send(k.secretaryA1.cookie, 'PATCH', `/api/records/${rec.id}`, { version: 2, place: '二楼', amendReason: '地点记错' });
    expect(amended.statusCode, amended.body).toBe(200);
    const detail = amended.json();
    expect(detail.place).toBe('二楼');
    expect(detail.amendments.map((a: { action: string }) => a.action)).toEqual(['record.lock', 'record.amend']);
    expect(detail.amendments[1]).toMatchObject({ summary: '更正：地点记错', before: { place: '三楼会议室' }, after: { place: '二楼' } });
    expect(detail.amendments[1].actorName).toBeTruthy();

    const unlockNoReason = await k.send(k.reviewer.cookie, 'POST', `/api/records/${rec.id}/unlock`, { version: 3 });
    expect(unlockNoReason.statusCode).toBe(400);
    const unlocked = await k.send(k.reviewer.cookie, 'POST', `/api/records/${rec.id}/unlock`, { version: 3, reason: '需补充附件' });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json()).toMatchObject({ locked: false });
    expect(unlocked.json().amendments.at(-1)).toMatchObject({ action: 'record.unlock', summary: '需补充附件' });
  });

  it('locks only held records, once', async () => {
    const planned = await k.send(k.secretaryA1.cookie, 'POST', '/api/records', {
      orgId: k.tree.branchA1.id,
      kind: 'branch_assembly',
      status: 'planned',
      topic: '计划会议',
      startsAt: '2099-05-10T14:30:00+08:00',
    });
    const res = await k.send(k.staffA.cookie, 'POST', `/api/records/${planned.json().id}/lock`, { version: 1 });
    expect(res.statusCode).toBe(400);
    const rec = await k.createHeld({ attendance: [] });
    await k.send(k.staffA.cookie, 'POST', `/api/records/${rec.id}/lock`, { version: 1 });
    const again = await k.send(k.staffA.cookie, 'POST', `/api/records/${rec.id}/lock`, { version: 2 });
    expect(again.statusCode).toBe(400);
  });

  it('a top node is locked by its own reviewers', async () => {
    const person = await buildPerson(k.t.db, k.tree.root);
    const rootAdmin = await buildAccount(k.t.db, k.tree.root, ['admin'], { personId: person.id });
    const rec = await k.createHeld({ orgId: k.tree.root.id, kind: 'central_group_study', hostPersonId: null, recorderPersonId: null, attendance: [], guests: [] }, rootAdmin.cookie);
    const res = await k.send(k.reviewer.cookie, 'POST', `/api/records/${rec.id}/lock`, { version: 1 });
    expect(res.statusCode, res.body).toBe(200);
  });
});
