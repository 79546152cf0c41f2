import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LedgerFigures } from '@xianfeng/shared/schemas/ledgerFigures';
import { rowsOf } from '../../db/rows';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { auditLog } from '../audit/audit.schema';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildPerson, buildPosition } from '../people/people.factory';
import { escalateOverdueItems } from './escalation';
import { buildItem, buildLedger } from './ledgers.factory';

const ZONE = 'Asia/Shanghai';
const LADDER = [
  { step: 'reminder', afterDays: 0 },
  { step: 'urge', afterDays: 7 },
  { step: 'notice', afterDays: 14 },
];

type App = Awaited<ReturnType<typeof testApp>>;
type Item = Awaited<ReturnType<typeof buildItem>>;

describe('the escalation ladder (督办阶梯): daily steps, notifications, 督办 by hand', () => {
  let t: App;
  let tree: TestTree;
  let ledger: Awaited<ReturnType<typeof buildLedger>>;
  let p: Record<'secA1' | 'heldA1' | 'resp' | 'respNoAccount' | 'memberA1' | 'staffA' | 'staffB1', number>;
  let cookies: Record<'secA1' | 'resp' | 'memberA1' | 'staffA' | 'staffB1', string>;
  let items: Record<'main' | 'late' | 'extended' | 'closed' | 'noDeadline' | 'archived' | 'noLadder' | 'otherNode', Item>;

  const inject = (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { cookie } });
  const run = (day: string) => escalateOverdueItems(t.db, day, ZONE);
  /** The item's escalate updates as [on, step]. */
  const steps = async (item: Item) =>
    (
      await rowsOf<{ on: string; step: string }>(
        t.db,
        sql`select "on"::text as on, step from ledger_item_updates where item_id = ${item.id} and kind = 'escalate' order by id`,
      )
    ).map((r) => [r.on, r.step]);
  /** Who heard of the item's steps, and how often. */
  const received = async (item: Item, kind = 'ledgerItem.escalated') => {
    const rows = await rowsOf<{ personId: number; n: number }>(
      t.db,
      sql`select person_id::int as "personId", count(*)::int as n from notifications
          where kind = ${kind} and (params->>'itemId')::bigint = ${item.id} group by person_id`,
    );
    return Object.fromEntries(rows.map((r) => [r.personId, r.n]));
  };
  const detail = async (item: Item, cookie = cookies.staffA) =>
    (await inject(cookie, 'GET', `/api/ledger-items/${item.id}`)).json();

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    const { unitA, branchA1, branchB1 } = tree;
    const secA1 = await buildAccount(t.db, branchA1, ['secretary']);
    const resp = await buildAccount(t.db, branchA1, ['member']);
    const memberA1 = await buildAccount(t.db, branchA1, ['member']);
    const staffA = await buildAccount(t.db, unitA, ['org_staff']);
    const staffB1 = await buildAccount(t.db, branchB1, ['org_staff']);
    const held = await buildPerson(t.db, branchA1);
    await buildPosition(t.db, held.id, branchA1.id, 'secretary');
    p = {
      secA1: secA1.personId,
      heldA1: held.id,
      resp: resp.personId,
      respNoAccount: (await buildPerson(t.db, branchA1)).id,
      memberA1: memberA1.personId,
      staffA: staffA.personId,
      staffB1: staffB1.personId,
    };
    cookies = {
      secA1: secA1.cookie,
      resp: resp.cookie,
      memberA1: memberA1.cookie,
      staffA: staffA.cookie,
      staffB1: staffB1.cookie,
    };
    ledger = await buildLedger(t.db, unitA, { kind: 'problem', title: '问题整改清单', escalation: LADDER });
    const archived = await buildLedger(t.db, unitA, { kind: 'problem', escalation: LADDER, archivedAt: new Date() });
    const plain = await buildLedger(t.db, unitA, { kind: 'problem' });
    items = {
      main: await buildItem(t.db, ledger, branchA1, {
        title: '会议记录不规范',
        deadline: '2031-03-10',
        status: 'in_progress',
        responsiblePersonId: p.resp,
      }),
      late: await buildItem(t.db, ledger, branchA1, { deadline: '2031-03-01', responsiblePersonId: p.respNoAccount }),
      extended: await buildItem(t.db, ledger, branchA1, { deadline: '2031-03-20' }),
      closed: await buildItem(t.db, ledger, branchA1, { deadline: '2031-03-01', status: 'closed', closedOn: '2031-03-03' }),
      noDeadline: await buildItem(t.db, ledger, branchA1, { deadline: null }),
      archived: await buildItem(t.db, archived, branchA1, { deadline: '2031-03-01' }),
      noLadder: await buildItem(t.db, plain, branchA1, { deadline: '2031-03-01' }),
      otherNode: await buildItem(t.db, ledger, branchB1, { deadline: '2031-03-01' }),
    };
  });

  it('takes each step once, on the day after deadline + afterDays; a late first run takes only the highest step due', async () => {
    expect(await run('2031-03-10')).toBeGreaterThanOrEqual(2);
    expect(await run('2031-03-10')).toBe(0);
    expect(await steps(items.main)).toEqual([]); // the deadline day is not overdue
    expect(await steps(items.late)).toEqual([['2031-03-10', 'urge']]); // 9 days overdue: urge, not reminder as well
    expect(await steps(items.extended)).toEqual([]);

    await run('2031-03-11');
    await run('2031-03-11');
    expect(await steps(items.main)).toEqual([['2031-03-11', 'reminder']]);
    await run('2031-03-17'); // deadline + 7 is not yet past
    expect(await steps(items.main)).toEqual([['2031-03-11', 'reminder']]);
    await run('2031-03-18');
    await run('2031-03-25');
    await run('2031-03-25');
    await run('2031-03-26');
    expect(await steps(items.main)).toEqual([
      ['2031-03-11', 'reminder'],
      ['2031-03-18', 'urge'],
      ['2031-03-25', 'notice'],
    ]);
    expect(await steps(items.late)).toEqual([
      ['2031-03-10', 'urge'],
      ['2031-03-17', 'notice'],
    ]);
    expect(await steps(items.extended)).toEqual([['2031-03-25', 'reminder']]);
    for (const quiet of [items.closed, items.noDeadline, items.archived, items.noLadder]) expect(await steps(quiet)).toEqual([]);
    expect(await steps(items.otherNode)).toEqual([
      ['2031-03-10', 'urge'],
      ['2031-03-17', 'notice'],
    ]);
    // Audited as the system, once per step.
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'ledgerItem.escalate'), eq(auditLog.entityId, items.main.id)));
    expect(audits.map((a) => [a.accountId, (a.after as { step: string }).step])).toEqual([
      [null, 'reminder'],
      [null, 'urge'],
      [null, 'notice'],
    ]);
  });

  it('notifies the responsible person with an account and the node’s staff and 书记, no one else, in the reader’s language', async () => {
    expect(await received(items.main)).toEqual({ [p.secA1]: 3, [p.heldA1]: 3, [p.resp]: 3 });
    expect(await received(items.late)).toEqual({ [p.secA1]: 2, [p.heldA1]: 2 });
    expect(await received(items.otherNode)).toEqual({ [p.staffB1]: 2 });
    const mine = (await inject(cookies.resp, 'GET', '/api/notifications')).json().items;
    expect(mine.map((n: { kind: string }) => n.kind)).toEqual([
      'ledgerItem.escalated',
      'ledgerItem.escalated',
      'ledgerItem.escalated',
    ]);
    expect(mine[0]).toMatchObject({ title: '会议记录不规范', link: `/ledger-items/${items.main.id}` });
    expect(mine[0].message).toBe(
      `${tree.branchA1.name}的事项“会议记录不规范”已逾期 15 天（完成时限 2031-03-10），现予通报（问题整改清单）。`,
    );
    const en = (
      await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie: `${cookies.resp}; xf_locale=en-US` } })
    ).json();
    expect(en.items[2].message).toBe(
      `${tree.branchA1.name}: “会议记录不规范” is 1 day(s) overdue (deadline 2031-03-10); escalated to reminder (问题整改清单).`,
    );
  });

  it('an approved extension starts the ladder afresh against the new deadline', async () => {
    const step = (cookie: string, name: string, body: object) =>
      inject(cookie, 'POST', `/api/ledger-items/${items.extended.id}/${name}`, body);
    expect((await detail(items.extended)).escalation).toBe('reminder');
    await step(cookies.secA1, 'request-extension', { version: 1, newDeadline: '2031-04-30', reason: '需协调资金' });
    const approved = await step(cookies.staffA, 'approve-extension', { version: 2 });
    expect(approved.json()).toMatchObject({ status: 'extended', deadline: '2031-04-30', escalation: null });
    await run('2031-03-26');
    await run('2031-04-30');
    expect(await steps(items.extended)).toEqual([['2031-03-25', 'reminder']]);
    await run('2031-05-01');
    expect(await steps(items.extended)).toEqual([
      ['2031-03-25', 'reminder'],
      ['2031-05-01', 'reminder'],
    ]);
    expect((await detail(items.extended)).escalation).toBe('reminder');
  });

  it('shows the step reached in lists (filterable) and in the figures as of a day', async () => {
    const list = async (step: string) =>
      (await inject(cookies.staffA, 'GET', `/api/ledger-items?ledgerId=${ledger.id}&escalation=${step}`)).json();
    const notice = await list('notice');
    expect(notice.items.map((i: { id: number; escalation: string }) => [i.id, i.escalation])).toEqual([
      [items.late.id, 'notice'],
      [items.main.id, 'notice'],
    ]);
    expect(notice.total).toBe(2);
    expect((await list('urge')).items).toEqual([]);
    expect((await list('reminder')).items.map((i: { id: number }) => i.id)).toEqual([items.extended.id]);
    expect((await inject(cookies.staffA, 'GET', `/api/ledger-items?escalation=warn`)).statusCode).toBe(400);
    // The secretary of B1 sees its own item only.
    expect(
      (await inject(cookies.staffB1, 'GET', `/api/ledger-items?escalation=notice`)).json().items.map((i: { id: number }) => i.id),
    ).toEqual([items.otherNode.id]);

    const figures = async (asOf: string) =>
      (
        await inject(cookies.staffA, 'GET', `/api/ledger-figures?orgId=${tree.unitA.id}&ledgerId=${ledger.id}&asOf=${asOf}`)
      ).json() as LedgerFigures;
    expect((await figures('2031-12-31')).escalated).toEqual([
      { key: 'reminder', items: 1 },
      { key: 'notice', items: 2 },
    ]);
    // On 2031-03-12: main at reminder, late at urge, the third not overdue yet.
    expect((await figures('2031-03-12')).escalated).toEqual([
      { key: 'reminder', items: 1 },
      { key: 'urge', items: 1 },
    ]);
    expect((await figures('2031-03-09')).escalated).toEqual([]);
  });

  it('督办 by hand: the owner takes a step now, with a text, audited and notified; the job does not repeat lower steps', async () => {
    const url = (item: Item) => `/api/ledger-items/${item.id}/escalate`;
    const res = await inject(cookies.staffA, 'POST', url(items.main), { step: 'interview', text: '请支部书记到党委约谈' });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.escalation).toBe('interview');
    expect(d.updates.at(-1)).toMatchObject({
      kind: 'escalate',
      step: 'interview',
      text: '请支部书记到党委约谈',
      personId: p.staffA,
    });
    expect(await received(items.main, 'ledgerItem.escalatedByHand')).toEqual({ [p.secA1]: 1, [p.heldA1]: 1, [p.resp]: 1 });
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'ledgerItem.escalate'),
          eq(auditLog.entityId, items.main.id),
          sql`${auditLog.accountId} is not null`,
        ),
      );
    expect(audit!.after).toMatchObject({ step: 'interview', text: '请支部书记到党委约谈' });
    const mine = (await inject(cookies.secA1, 'GET', '/api/notifications')).json().items;
    expect(mine[0].message).toBe(`${tree.branchA1.name}的事项“会议记录不规范”被约谈（问题整改清单）：请支部书记到党委约谈`);

    await run('2031-06-01');
    expect((await steps(items.main)).map((s) => s[1])).toEqual(['reminder', 'urge', 'notice', 'interview']);

    // Refusals: the responsible branch itself 403, another branch and a member 404, a closed item 409, bad input 400.
    expect((await inject(cookies.secA1, 'POST', url(items.late), { step: 'urge', text: 'x' })).statusCode).toBe(403);
    expect((await inject(cookies.staffB1, 'POST', url(items.late), { step: 'urge', text: 'x' })).statusCode).toBe(404);
    expect((await inject(cookies.memberA1, 'POST', url(items.late), { step: 'urge', text: 'x' })).statusCode).toBe(404);
    const closed = await inject(cookies.staffA, 'POST', url(items.closed), { step: 'urge', text: 'x' });
    expect(closed.statusCode).toBe(409);
    expect((await inject(cookies.staffA, 'POST', url(items.late), { step: 'warn', text: 'x' })).statusCode).toBe(400);
    expect((await inject(cookies.staffA, 'POST', url(items.late), { step: 'urge', text: '  ' })).statusCode).toBe(400);
    expect(await steps(items.closed)).toEqual([]);
    expect((await steps(items.late)).map((s) => s[1])).toEqual(['urge', 'notice']);
  });

  it('refuses a ladder with a repeated step or a higher step before a lower one', async () => {
    const create = (escalation: object[]) =>
      inject(cookies.staffA, 'POST', '/api/ledgers', {
        ownerOrgId: tree.unitA.id,
        kind: 'key_task',
        title: '重点任务',
        escalation,
      });
    const twice = await create([
      { step: 'urge', afterDays: 3 },
      { step: 'urge', afterDays: 9 },
    ]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().details).toEqual(
      expect.arrayContaining([expect.objectContaining({ message: '督办阶梯中每一级只能设置一次。' })]),
    );
    const inverted = await create([
      { step: 'notice', afterDays: 3 },
      { step: 'reminder', afterDays: 9 },
    ]);
    expect(inverted.statusCode).toBe(400);
    expect(JSON.stringify(inverted.json())).toContain('督办阶梯中较高一级的逾期天数不能少于较低一级。');
    const fine = await create([
      { step: 'urge', afterDays: 5 },
      { step: 'reminder', afterDays: 0 },
    ]);
    expect(fine.statusCode, fine.body).toBe(201);
  });

  it('walks the overdue items window by window, each escalated once however many windows there are', async () => {
    const list = await buildLedger(t.db, tree.unitA, { escalation: [{ step: 'reminder', afterDays: 0 }] });
    const many = [];
    for (let i = 0; i < 7; i++) many.push(await buildItem(t.db, list, tree.branchA1, { deadline: '2031-03-01' }));
    // Windows of 3 items: at least three transactions for these 7.
    expect(await escalateOverdueItems(t.db, '2031-03-03', ZONE, 3)).toBeGreaterThanOrEqual(7);
    for (const item of many) expect(await steps(item)).toEqual([['2031-03-03', 'reminder']]);
    await escalateOverdueItems(t.db, '2031-03-04', ZONE, 3);
    for (const item of many) expect(await steps(item)).toHaveLength(1);
  });
});

