import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../core/time';
import { ledgersKit, type LedgersKit } from './ledgers.testkit';

const today = () => todayIn('Asia/Shanghai');
const later = (days: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('ledger items: the closing workflow (申请销号 → 销号 / 退回, 延期, 重新打开)', () => {
  let k: LedgersKit;
  let ledgerId: number;
  beforeAll(async () => {
    k = await ledgersKit();
    ledgerId = (await k.problemList()).id;
  });
  const step = (cookie: string, id: number, name: string, body: object) =>
    k.inject(cookie, 'POST', `/api/ledger-items/${id}/${name}`, body);

  it('registers, updates, asks to close, is returned, asks again and is closed, with a dated update and an audit each', async () => {
    const created = await k.addItem(ledgerId, { deadline: later(30), category: '作风' });
    expect(created.statusCode).toBe(201);
    const item = created.json();
    expect(item).toMatchObject({
      status: 'registered',
      colour: 'on_track',
      version: 1,
      can: { update: true, manage: true, close: true },
    });

    let r = await step(k.secretaryA1, item.id, 'progress', { version: 1, text: '已召开支委会研究', percent: 40 });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'in_progress', progress: 40, version: 2 });
    r = await step(k.secretaryA1, item.id, 'request-close', { version: 2, text: '已整改完毕，附会议记录' });
    expect(r.json()).toMatchObject({ status: 'close_requested', version: 3 });
    r = await step(k.staffA, item.id, 'return', { version: 3, reason: '缺少整改前后对比' });
    expect(r.json()).toMatchObject({ status: 'in_progress', version: 4 });
    r = await step(k.secretaryA1, item.id, 'request-close', { version: 4, text: '补充了对比材料' });
    r = await step(k.staffA, item.id, 'close', { version: 5 });
    expect(r.statusCode).toBe(200);
    const closed = r.json();
    expect(closed).toMatchObject({ status: 'closed', closedOn: today(), progress: 100, colour: 'closed', version: 6 });
    expect(closed.updates.map((u: { kind: string }) => u.kind)).toEqual([
      'progress',
      'close_request',
      'return',
      'close_request',
      'close',
    ]);
    expect(closed.updates[2]).toMatchObject({ text: '缺少整改前后对比', on: today() });
    expect(await k.auditOf('ledgerItem.close', item.id)).toHaveLength(1);
    expect(await k.auditOf('ledgerItem.return', item.id)).toHaveLength(1);

    // Reopening needs a reason and the manager.
    expect((await step(k.staffA, item.id, 'reopen', { version: 6 })).statusCode).toBe(400);
    expect((await step(k.secretaryA1, item.id, 'reopen', { version: 6, reason: '复查发现反弹' })).statusCode).toBe(403);
    r = await step(k.staffA, item.id, 'reopen', { version: 6, reason: '复查发现反弹' });
    expect(r.json()).toMatchObject({ status: 'in_progress', closedOn: null, version: 7 });
  });

  it('extends the deadline only on an approved request', async () => {
    const item = (await k.addItem(ledgerId, { deadline: later(10) })).json();
    expect((await step(k.staffA, item.id, 'approve-extension', { version: 1 })).json()).toMatchObject({ error: 'CONFLICT' });
    let r = await step(k.secretaryA1, item.id, 'request-extension', { version: 1, newDeadline: later(40), reason: '需上级审批' });
    expect(r.json()).toMatchObject({ status: 'registered', deadline: later(10), version: 2 });
    expect((await step(k.secretaryA1, item.id, 'approve-extension', { version: 2 })).statusCode).toBe(403);
    r = await step(k.staffA, item.id, 'approve-extension', { version: 2 });
    expect(r.json()).toMatchObject({ status: 'extended', deadline: later(40), version: 3 });
    expect(r.json().updates.map((u: { kind: string; newDeadline: string }) => [u.kind, u.newDeadline])).toEqual([
      ['extend_request', later(40)],
      ['extend', later(40)],
    ]);
  });

  it('refuses: another branch 404, a secretary closing 403, a return without reason 400, a wrong step 409, a stale version 409', async () => {
    const item = (await k.addItem(ledgerId, { deadline: later(30) })).json();
    expect((await k.inject(k.secretaryB1, 'GET', `/api/ledger-items/${item.id}`)).statusCode).toBe(404);
    expect((await step(k.secretaryB1, item.id, 'progress', { version: 1, text: 'x', percent: 10 })).statusCode).toBe(404);

    const wrong = await step(k.staffA, item.id, 'close', { version: 1 });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json()).toMatchObject({ error: 'CONFLICT' });
    expect(wrong.json().message).toContain('registered');

    await step(k.secretaryA1, item.id, 'request-close', { version: 1, text: '已完成' });
    expect((await step(k.secretaryA1, item.id, 'close', { version: 2 })).statusCode).toBe(403);
    expect((await step(k.staffA, item.id, 'return', { version: 2 })).statusCode).toBe(400);
    expect((await step(k.staffA, item.id, 'return', { version: 2, reason: '  ' })).statusCode).toBe(400);
    const stale = await step(k.staffA, item.id, 'close', { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'VERSION_CONFLICT' });
    // The superior of the responsible node closes too (root staff is above the owner as well).
    expect((await step(k.staffRoot, item.id, 'close', { version: 2 })).json()).toMatchObject({ status: 'closed' });
  });

  it('counts a 立行立改 item closed on its registration day, without a deadline', async () => {
    const r = await k.addItem(ledgerId, { fixedAtOnce: true, registeredOn: '2019-10-20', title: '立行立改：更换公示栏' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({
      status: 'closed',
      closedOn: '2019-10-20',
      registeredOn: '2019-10-20',
      deadline: null,
      colour: 'closed',
    });
    const page = (
      await k.inject(
        k.staffA,
        'GET',
        `/api/ledger-items?ledgerId=${ledgerId}&status=closed&q=${encodeURIComponent('更换公示栏')}`,
      )
    ).json();
    expect(page.items.map((i: { id: number }) => i.id)).toEqual([r.json().id]);
    expect((await k.addItem(ledgerId, {})).statusCode).toBe(400);
  });

  it('documents the steps in the OpenAPI document', async () => {
    const doc = (await k.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const s of ['progress', 'request-close', 'close', 'return', 'request-extension', 'approve-extension', 'reopen'])
      expect(doc.paths).toHaveProperty([`/api/ledger-items/{id}/${s}`]);
    expect(doc.paths).toHaveProperty(['/api/ledgers/{id}/items']);
  });
});
