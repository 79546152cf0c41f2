import { beforeAll, describe, expect, it } from 'vitest';
import type { LedgerFigures } from '@xianfeng/shared/schemas/ledgerFigures';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildCampaign } from '../campaigns/campaigns.factory';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildItem, buildLedger } from './ledgers.factory';

type App = Awaited<ReturnType<typeof testApp>>;
const keyed = (rows: { key: string | null; items: number }[]) => Object.fromEntries(rows.map((r) => [String(r.key), r.items]));

describe('ledgers API: figures at a node as of a day', () => {
  let t: App;
  let tree: TestTree;
  let staffRoot: string;
  let staffA: string;
  let secretaryB1: string;
  let member: string;
  let matters: number;
  let campaignId: number;

  const get = (cookie: string | undefined, query: Record<string, string | number>) =>
    t.app.inject({
      method: 'GET',
      url: `/api/ledger-figures?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`,
      headers: cookie ? { cookie } : {},
    });
  const figures = async (query: Record<string, string | number>, cookie = staffRoot) => {
    const res = await get(cookie, query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as LedgerFigures;
  };

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    const { root, unitA, unitB, branchA1, branchA2, branchB1, groupA1 } = tree;
    staffRoot = (await buildAccount(t.db, root, ['org_staff'])).cookie;
    staffA = (await buildAccount(t.db, unitA, ['org_staff'])).cookie;
    secretaryB1 = (await buildAccount(t.db, branchB1, ['secretary'])).cookie;
    member = (await buildAccount(t.db, branchA1, [])).cookie;
    const { campaign } = await buildCampaign(t.db, root, [], { periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    campaignId = campaign.id;
    const pm = await buildLedger(t.db, root, { kind: 'practical_matter' });
    const problems = await buildLedger(t.db, root, { kind: 'problem', campaignId });
    matters = pm.id;
    const closed = { status: 'closed' } as const;
    // Weeks of 2026: 03-02 starts W10, 03-09 W11, 03-16 W12, 03-23 W13.
    await buildItem(t.db, pm, branchA1, {
      registeredOn: '2026-03-02',
      deadline: '2026-03-31',
      ...closed,
      closedOn: '2026-03-20',
      category: '就业',
    });
    await buildItem(t.db, pm, branchA2, {
      registeredOn: '2026-03-02',
      deadline: '2026-03-15',
      ...closed,
      closedOn: '2026-03-25',
      category: '就业',
    });
    await buildItem(t.db, pm, unitB, {
      registeredOn: '2026-03-03',
      deadline: '2026-03-10',
      status: 'in_progress',
      category: '养老',
    });
    await buildItem(t.db, pm, branchB1, { registeredOn: '2026-03-10', deadline: '2026-04-05' });
    await buildItem(t.db, problems, groupA1, {
      registeredOn: '2026-03-10',
      fixedAtOnce: true,
      ...closed,
      closedOn: '2026-03-10',
    });
    await buildItem(t.db, problems, root, { registeredOn: '2026-03-25', status: 'close_requested' });
    await buildItem(t.db, pm, unitA, {
      registeredOn: '2026-03-02',
      deadline: '2026-06-30',
      ...closed,
      closedOn: '2026-03-28',
      category: '养老',
    });
    // Registered after both days looked at, and another group's item: never counted below.
    await buildItem(t.db, pm, branchA1, { registeredOn: '2026-04-10', deadline: '2026-04-20' });
    const other = await buildTree(t.db);
    await buildItem(t.db, await buildLedger(t.db, other.root), other.unitA, { registeredOn: '2026-03-02' });
  });

  it('counts by kind, status, category and colour, closed on time and 立行立改, as of 2026-04-01', async () => {
    const f = await figures({ orgId: tree.root.id, asOf: '2026-04-01' });
    expect(f).toMatchObject({
      asOf: '2026-04-01',
      org: { id: tree.root.id },
      total: 7,
      open: 3,
      closed: 4,
      closedOnTime: 3,
      fixedAtOnce: 1,
    });
    expect(keyed(f.byKind)).toEqual({ practical_matter: 5, problem: 2 });
    expect(keyed(f.byStatus)).toEqual({ closed: 4, in_progress: 1, registered: 1, close_requested: 1 });
    expect(keyed(f.byCategory)).toEqual({ 就业: 2, 养老: 2, null: 3 });
    expect(keyed(f.byColour)).toEqual({ closed: 3, closed_late: 1, overdue: 1, due_soon: 1, on_track: 1 });
    expect(f.trend).toEqual([
      { week: '2026-W10', registered: 4, closed: 0 },
      { week: '2026-W11', registered: 2, closed: 1 },
      { week: '2026-W12', registered: 0, closed: 1 },
      { week: '2026-W13', registered: 1, closed: 2 },
    ]);
  });

  it('shows an earlier day as it was: later registrations left out, later closings still open', async () => {
    const f = await figures({ orgId: tree.root.id, asOf: '2026-03-20' });
    expect(f).toMatchObject({ total: 6, open: 4, closed: 2, closedOnTime: 2, fixedAtOnce: 1 });
    expect(keyed(f.byStatus)).toEqual({ closed: 2, in_progress: 3, registered: 1 });
    expect(keyed(f.byColour)).toEqual({ closed: 2, overdue: 2, on_track: 2 });
    expect(f.trend.map((w) => w.week)).toEqual(['2026-W10', '2026-W11', '2026-W12']);
  });

  it('groups by the responsible child one level below the viewed node, the node itself for its own', async () => {
    const { root, unitA, unitB, branchA1, branchA2 } = tree;
    const atRoot = await figures({ orgId: root.id, asOf: '2026-04-01' });
    expect(atRoot.byUnit.map((u) => [u.orgId, u.total, u.closed, u.closedOnTime, u.overdue, u.fixedAtOnce])).toEqual([
      [root.id, 1, 0, 0, 0, 0],
      [unitA.id, 4, 4, 3, 0, 1],
      [unitB.id, 2, 0, 0, 1, 0],
    ]);
    const atA = await figures({ orgId: unitA.id, asOf: '2026-04-01' }, staffA);
    expect(atA.total).toBe(4);
    expect(atA.byUnit.map((u) => [u.orgId, u.name, u.total, u.closed, u.closedOnTime])).toEqual([
      [unitA.id, unitA.name, 1, 1, 1],
      [branchA1.id, branchA1.name, 2, 2, 2],
      [branchA2.id, branchA2.name, 1, 1, 0],
    ]);
  });

  it('filters by kind, ledger and campaign', async () => {
    const asOf = '2026-04-01';
    expect((await figures({ orgId: tree.root.id, asOf, kind: 'problem' })).total).toBe(2);
    expect((await figures({ orgId: tree.root.id, asOf, ledgerId: matters })).total).toBe(5);
    const inCampaign = await figures({ orgId: tree.root.id, asOf, campaignId });
    expect(inCampaign).toMatchObject({ total: 2, fixedAtOnce: 1 });
  });

  it('refuses nodes outside the caller’s scope, plain members and anonymous callers', async () => {
    expect((await get(staffA, { orgId: tree.root.id })).statusCode).toBe(404);
    expect((await get(secretaryB1, { orgId: tree.unitA.id })).statusCode).toBe(404);
    expect((await get(member, { orgId: tree.branchA1.id })).statusCode).toBe(404);
    expect((await get(staffRoot, { orgId: 999_999_999 })).statusCode).toBe(404);
    expect((await get(undefined, { orgId: tree.root.id })).statusCode).toBe(401);
    expect((await get(staffRoot, { orgId: tree.root.id, asOf: '2026-02-30' })).statusCode).toBe(400);
    // The secretary reads its own branch.
    expect((await figures({ orgId: tree.branchB1.id, asOf: '2026-04-01' }, secretaryB1)).total).toBe(1);
  });
});
