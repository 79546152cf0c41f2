import { beforeAll, describe, expect, it } from 'vitest';
import type { LedgerBoard } from '@xianfeng/shared/schemas/ledgerFigures';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildPerson, buildPosition } from '../people/people.factory';
import { buildItem, buildLedger } from './ledgers.factory';

type App = Awaited<ReturnType<typeof testApp>>;

describe('ledgers API: the public 挂牌 board of a node', () => {
  let t: App;
  let tree: TestTree;
  let memberA1: string;
  let memberB1: string;
  let staffB: string;
  let openId: number;
  let closedIds: number[];

  const get = (cookie: string | undefined, orgId: number, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/ledger-board/${orgId}${query}`, headers: cookie ? { cookie } : {} });
  const board = async (cookie: string, orgId: number, query = '') => {
    const res = await get(cookie, orgId, query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as LedgerBoard;
  };

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    const { root, unitA, unitB, branchA1, branchA2, branchB1, groupA1 } = tree;
    // Plain members: a person with an account and no role anywhere.
    memberA1 = (await buildAccount(t.db, branchA1, [])).cookie;
    memberB1 = (await buildAccount(t.db, branchB1, [])).cookie;
    staffB = (await buildAccount(t.db, unitB, ['org_staff'])).cookie;
    const owner = await buildPerson(t.db, branchA1, {
      name: '李责任',
      phone: '13900001111',
      birthDate: '1980-05-06',
      employeeNo: 'E-LEAK-0001',
    });
    await buildPosition(t.db, owner.id, branchA1.id, '书记');
    await buildPosition(t.db, owner.id, unitA.id, '委员', '2020-01-01', '2021-01-01');
    const pm = await buildLedger(t.db, root);
    openId = (
      await buildItem(t.db, pm, branchA1, {
        title: '修缮职工食堂',
        category: '后勤',
        deadline: '2099-12-31',
        responsiblePersonId: owner.id,
        status: 'in_progress',
      })
    ).id;
    const closedOn = ['2026-03-10', '2026-03-28', '2026-03-20', '2026-03-25'];
    const at = [groupA1, unitA, branchA1, branchA2];
    closedIds = [];
    for (const [i, day] of closedOn.entries())
      closedIds.push((await buildItem(t.db, pm, at[i]!, { status: 'closed', deadline: '2026-03-31', closedOn: day })).id);
    await buildItem(t.db, pm, branchB1, { deadline: '2026-01-31' });
    await buildItem(t.db, pm, root, { deadline: '2026-01-31' });
  });

  it('shows a member their unit’s open items with names and positions only', async () => {
    const b = await board(memberA1, tree.unitA.id);
    expect(b).toMatchObject({ org: { id: tree.unitA.id, name: tree.unitA.name }, open: 1, closed: 4 });
    // The line up to the root, root first, with types: how a member moves between the boards of their line.
    expect(b.line).toEqual([
      { id: tree.root.id, name: tree.root.name, type: tree.root.type },
      { id: tree.unitA.id, name: tree.unitA.name, type: tree.unitA.type },
    ]);
    expect((await board(memberA1, tree.groupA1.id)).line.map((o) => o.id)).toEqual([
      tree.root.id,
      tree.unitA.id,
      tree.branchA1.id,
      tree.groupA1.id,
    ]);
    expect(b.page).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(b.page.items).toEqual([
      {
        id: openId,
        kind: 'practical_matter',
        title: '修缮职工食堂',
        category: '后勤',
        deadline: '2099-12-31',
        colour: 'on_track',
        closedOn: null,
        responsibleOrg: tree.branchA1.name,
        responsiblePerson: '李责任',
        position: '书记',
      },
    ]);
    expect(b.page.items[0]!.position).not.toContain('委员');
    for (const leak of ['13900001111', '1980-05-06', 'E-LEAK-0001', 'phone', 'birth', 'employee', 'gender'])
      expect(JSON.stringify(b)).not.toContain(leak);
  });

  it('lists struck-off items with their day, latest first, paginated', async () => {
    const b = await board(memberA1, tree.unitA.id, '?view=closed&pageSize=2&page=2');
    expect(b.page.total).toBe(4);
    expect(b.page.items.map((i) => [i.id, i.closedOn, i.colour])).toEqual([
      [closedIds[2], '2026-03-20', 'closed'],
      [closedIds[0], '2026-03-10', 'closed'],
    ]);
  });

  it('opens the boards of the member’s line: their node and those above it', async () => {
    expect((await board(memberA1, tree.branchA1.id)).open).toBe(1);
    const atRoot = await board(memberA1, tree.root.id);
    expect([atRoot.open, atRoot.closed]).toEqual([3, 4]);
    expect(atRoot.page.items.map((i) => i.colour)).toEqual(['overdue', 'overdue', 'on_track']);
    // A unit's staff see the boards below their unit.
    expect((await board(staffB, tree.branchB1.id)).open).toBe(1);
  });

  it('refuses members and staff of another unit, unknown nodes and anonymous callers with 404/401', async () => {
    expect((await get(memberB1, tree.unitA.id)).statusCode).toBe(404);
    expect((await get(memberB1, tree.branchA1.id)).statusCode).toBe(404);
    expect((await get(memberA1, tree.unitB.id)).statusCode).toBe(404);
    expect((await get(memberA1, tree.branchA2.id)).statusCode).toBe(404);
    expect((await get(staffB, tree.unitA.id)).statusCode).toBe(404);
    expect((await get(memberA1, 999_999_999)).statusCode).toBe(404);
    expect((await get(undefined, tree.unitA.id)).statusCode).toBe(401);
  });
});
