import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildOrg, buildTree, type TestTree } from '../orgs/orgs.factory';
import { countHeldRecords } from './index';
import { buildRecord } from './records.factory';

describe('figures of held records, and kinds', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let tree: TestTree;
  let admin: string;
  let staffA: string;
  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    admin = (await buildAccount(t.db, tree.root, ['admin'])).cookie;
    staffA = (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie;
    // Study sessions: 2 at A1, 1 at A2, 1 at unit A itself, 1 at B1; one planned and one cancelled do not count.
    for (const [org, heldOn] of [[tree.branchA1, '2019-09-10'], [tree.branchA1, '2019-10-10'], [tree.branchA2, '2019-10-12'], [tree.unitA, '2019-10-01'], [tree.branchB1, '2019-10-20']] as const)
      await buildRecord(t.db, org, { kind: 'study_session', heldOn });
    await buildRecord(t.db, tree.branchB1, { kind: 'study_session', heldOn: '2019-10-21', status: 'planned' });
    await buildRecord(t.db, tree.branchB1, { kind: 'study_session', heldOn: '2019-10-22', status: 'cancelled' });
    // 三会一课 at both A branches in October, and one outside the period.
    for (const org of [tree.branchA1, tree.branchA2]) await buildRecord(t.db, org, { kind: 'branch_assembly', heldOn: '2019-10-15' });
    await buildRecord(t.db, tree.groupA1, { kind: 'party_group_meeting', heldOn: '2019-10-16' });
    await buildRecord(t.db, tree.branchA1, { kind: 'branch_assembly', heldOn: '2019-11-15' });
  });
  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  it('counts held records by kind with the distinct nodes, and per child node', async () => {
    const res = await get(admin, `/api/records/summary?orgId=${tree.root.id}&from=2019-09-01&to=2019-10-31`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ orgId: tree.root.id, total: 8, nodes: 5 });
    expect(s.byKind).toEqual([
      { kind: 'study_session', kindName: '集中学习研讨', records: 5, nodes: 4 },
      { kind: 'branch_assembly', kindName: '支部党员大会', records: 2, nodes: 2 },
      { kind: 'party_group_meeting', kindName: '党小组会', records: 1, nodes: 1 },
    ]);
    expect(s.byChild).toEqual([
      { orgId: tree.unitA.id, orgName: tree.unitA.name, orgType: 'committee', records: 7, nodes: 4, byKind: { study_session: 4, branch_assembly: 2, party_group_meeting: 1 } },
      { orgId: tree.unitB.id, orgName: tree.unitB.name, orgType: 'committee', records: 1, nodes: 1, byKind: { study_session: 1 } },
    ]);
    expect(s.own).toEqual({ records: 0, byKind: {} });
  });

  it('filters by kind and counts a node’s own records apart from its children', async () => {
    const s = (await get(staffA, `/api/records/summary?orgId=${tree.unitA.id}&kind=study_session`)).json();
    expect(s).toMatchObject({ total: 4, nodes: 3, own: { records: 1, byKind: { study_session: 1 } } });
    expect(s.byChild.map((c: { orgId: number; records: number }) => [c.orgId, c.records])).toEqual([
      [tree.branchA1.id, 2],
      [tree.branchA2.id, 1],
    ]);
    expect(await countHeldRecords(t.db, { path: tree.root.path, kinds: ['branch_assembly'] })).toBe(3);
    expect(await countHeldRecords(t.db, { path: tree.unitA.path, from: '2019-10-01', to: '2019-10-31' })).toBe(6);
    expect((await get(staffA, `/api/records/summary?orgId=${tree.root.id}`)).statusCode).toBe(404);
  });

  it('empty figures for a subtree without records', async () => {
    const empty = await buildOrg(t.db, { parent: tree.unitB, type: 'branch' });
    const s = (await get(admin, `/api/records/summary?orgId=${empty.id}`)).json();
    expect(s).toEqual({ orgId: empty.id, total: 0, nodes: 0, byKind: [], byChild: [], own: { records: 0, byKind: {} } });
  });

  it('lists the built-in kinds and a committee’s own for its subtree only', async () => {
    const builtIn = (await get(staffA, `/api/record-kinds?orgId=${tree.branchA1.id}`)).json();
    expect(builtIn.map((k: { code: string }) => k.code)).toEqual(expect.arrayContaining(['branch_assembly', 'party_lecture', 'other']));
    expect(builtIn.find((k: { code: string }) => k.code === 'party_lecture')).toMatchObject({ nameZh: '党课', hasLecturer: true, ownerOrgId: null });

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/record-kinds',
      payload: { ownerOrgId: tree.unitA.id, nameZh: '安全生产专题会', orgTypes: ['branch'] },
      headers: { cookie: staffA },
    });
    expect(created.statusCode, created.body).toBe(201);
    const kind = created.json();
    expect(kind).toMatchObject({ nameZh: '安全生产专题会', nameEn: '安全生产专题会', ownerOrgId: tree.unitA.id, orgTypes: ['branch'] });
    const inA = (await get(staffA, `/api/record-kinds?orgId=${tree.branchA1.id}`)).json();
    expect(inA.map((k: { code: string }) => k.code)).toContain(kind.code);
    const inB = (await get(admin, `/api/record-kinds?orgId=${tree.branchB1.id}`)).json();
    expect(inB.map((k: { code: string }) => k.code)).not.toContain(kind.code);
    // Without a node: the kinds of the caller's nodes, and those owned inside their subtrees.
    expect((await get(admin, '/api/record-kinds')).json().map((k: { code: string }) => k.code)).toContain(kind.code);
    const secretaryB1 = (await buildAccount(t.db, tree.branchB1, ['secretary'])).cookie;
    expect((await get(secretaryB1, '/api/record-kinds')).json().map((k: { code: string }) => k.code)).not.toContain(kind.code);

    // A record of this kind at B1 is refused; at A1 accepted.
    const atB = await t.app.inject({ method: 'POST', url: '/api/records', payload: { orgId: tree.branchB1.id, kind: kind.code, topic: 'x', startsAt: '2024-01-01T09:00:00+08:00' }, headers: { cookie: admin } });
    expect(atB.statusCode).toBe(400);
    const atA = await t.app.inject({ method: 'POST', url: '/api/records', payload: { orgId: tree.branchA1.id, kind: kind.code, topic: 'x', startsAt: '2024-01-01T09:00:00+08:00' }, headers: { cookie: staffA } });
    expect(atA.statusCode, atA.body).toBe(201);

    const taken = await t.app.inject({ method: 'POST', url: '/api/record-kinds', payload: { ownerOrgId: tree.unitA.id, code: 'party_lecture', nameZh: 'x' }, headers: { cookie: staffA } });
    expect(taken.statusCode).toBe(409);
    const atBranch = await t.app.inject({ method: 'POST', url: '/api/record-kinds', payload: { ownerOrgId: tree.branchA1.id, nameZh: 'x' }, headers: { cookie: staffA } });
    expect(atBranch.statusCode).toBe(400);
    const outOfScope = await t.app.inject({ method: 'POST', url: '/api/record-kinds', payload: { ownerOrgId: tree.unitB.id, nameZh: 'x' }, headers: { cookie: staffA } });
    expect(outOfScope.statusCode).toBe(404);
    const secretary = (await buildAccount(t.db, tree.branchA1, ['secretary'], { grantAt: tree.unitA })).cookie;
    const bySecretary = await t.app.inject({ method: 'POST', url: '/api/record-kinds', payload: { ownerOrgId: tree.unitA.id, nameZh: 'x' }, headers: { cookie: secretary } });
    expect(bySecretary.statusCode).toBe(404);
  });
});
