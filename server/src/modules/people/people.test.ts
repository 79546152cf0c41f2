import { beforeAll, describe, expect, it } from 'vitest';
import { testApp, uniq } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildPerson } from './people.factory';

type Detail = {
  id: number;
  version: number;
  orgId: number;
  partyStatus: string;
  joinedOn: string | null;
  fullMemberOn: string | null;
  statusHistory: { status: string; effectiveOn: string; note: string | null }[];
  memberships: { orgId: number; orgName: string; startOn: string; endOn: string | null; transferReason: string | null }[];
  can: { write: boolean };
};

describe('people API (create, edit, status, transfer)', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let tree: TestTree;
  let staffA: string;
  let secretaryA1: string;

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    staffA = (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie;
    secretaryA1 = (await buildAccount(t.db, tree.branchA1, ['secretary'])).cookie;
  });

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const send = (cookie: string, method: 'POST' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, payload, headers: { cookie } });
  const detail = async (cookie: string, id: number) => (await get(cookie, `/api/people/${id}`)).json() as Detail;

  it('creates a person with a membership, a status history and an audit entry', async () => {
    const employeeNo = `N-${uniq()}`;
    const res = await send(secretaryA1, 'POST', '/api/people', {
      name: '赵六',
      gender: 'female',
      birthDate: '1988-08-08',
      phone: '13800000000',
      employeeNo,
      orgId: tree.groupA1.id,
      partyStatus: 'full_member',
      joinedOn: '2010-07-01',
      fullMemberOn: '2011-07-01',
      startOn: '2018-03-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json() as Detail;
    expect(p).toMatchObject({ orgId: tree.groupA1.id, partyStatus: 'full_member', version: 1, can: { write: true } });
    expect(p.statusHistory.map((h) => [h.status, h.effectiveOn])).toEqual([
      ['probationary_member', '2010-07-01'],
      ['full_member', '2011-07-01'],
    ]);
    expect(p.memberships).toMatchObject([{ orgId: tree.groupA1.id, startOn: '2018-03-01', endOn: null }]);
    const found = (await get(secretaryA1, `/api/people?q=zl&orgId=${tree.branchA1.id}`)).json();
    expect(found.items.map((r: { id: number }) => r.id)).toEqual([p.id]);
    const audit = (await get(staffA, `/api/audit?orgId=${tree.groupA1.id}&entityType=person`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'person.create', entityId: p.id });
    const again = await send(secretaryA1, 'POST', '/api/people', {
      name: '重号',
      orgId: tree.branchA1.id,
      partyStatus: 'activist',
      employeeNo,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe(`工号“${employeeNo}”已被使用。`);
  });

  it('refuses members outside a branch, inconsistent dates, and nodes out of scope', async () => {
    const atUnit = await send(staffA, 'POST', '/api/people', { name: '钱七', orgId: tree.unitA.id, partyStatus: 'full_member' });
    expect(atUnit.statusCode).toBe(400);
    expect(atUnit.json().error).toBe('INVALID');
    const staff = await send(staffA, 'POST', '/api/people', { name: '孙八', orgId: tree.unitA.id, partyStatus: 'non_member' });
    expect(staff.statusCode).toBe(201);
    const dates = await send(staffA, 'POST', '/api/people', {
      name: '周九',
      orgId: tree.branchA2.id,
      partyStatus: 'activist',
      joinedOn: '2020-01-01',
    });
    expect(dates.statusCode).toBe(400);
    expect(dates.json().message).toBe('“入党积极分子”不能填写入党时间或转正时间。');
    const order = await send(staffA, 'POST', '/api/people', {
      name: '吴十',
      orgId: tree.branchA2.id,
      partyStatus: 'full_member',
      joinedOn: '2020-01-01',
      fullMemberOn: '2019-01-01',
    });
    expect(order.statusCode).toBe(400);
    const outside = await send(secretaryA1, 'POST', '/api/people', {
      name: '越权',
      orgId: tree.branchB1.id,
      partyStatus: 'activist',
    });
    expect(outside.statusCode).toBe(404);
    const invalid = await send(staffA, 'POST', '/api/people', {
      name: '',
      orgId: tree.branchA2.id,
      partyStatus: 'x',
      phone: 'abc',
      birthDate: '1990/1/1',
    });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['birthDate', 'name', 'partyStatus', 'phone']);
  });

  it('edits basic fields with the version it read; a stale version gets 409', async () => {
    const person = await buildPerson(t.db, tree.branchA1, { name: '郑一' });
    const res = await send(secretaryA1, 'PATCH', `/api/people/${person.id}`, {
      version: 1,
      name: '郑一鸣',
      phone: '',
      education: '本科',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: '郑一鸣', phone: null, education: '本科', version: 2 });
    const hits = (await get(secretaryA1, `/api/people?q=zhengyim&orgId=${tree.branchA1.id}`)).json();
    expect(hits.items.map((r: { id: number }) => r.id)).toEqual([person.id]);
    const stale = await send(secretaryA1, 'PATCH', `/api/people/${person.id}`, { version: 1, name: '郑二' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'VERSION_CONFLICT' }); // the web offers a reload on this code
    const other = await buildPerson(t.db, tree.branchA1);
    const taken = await send(secretaryA1, 'PATCH', `/api/people/${person.id}`, { version: 2, employeeNo: other.employeeNo });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toBe('CONFLICT'); // an input error, not a stale version
    const audit = (await get(staffA, `/api/audit?entityType=person&entityId=${person.id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['person.update']);
    expect(audit.items[0].before.name).toBe('郑一');
  });

  it('keeps people of other branches out of reach: read, edit, status, transfer → 404', async () => {
    const b = await buildPerson(t.db, tree.branchB1);
    expect((await get(secretaryA1, `/api/people/${b.id}`)).statusCode).toBe(404);
    expect((await send(secretaryA1, 'PATCH', `/api/people/${b.id}`, { version: 1, name: 'x' })).statusCode).toBe(404);
    expect(
      (
        await send(secretaryA1, 'POST', `/api/people/${b.id}/status`, {
          version: 1,
          status: 'non_member',
          effectiveOn: '2024-01-01',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await send(secretaryA1, 'POST', `/api/people/${b.id}/transfer`, {
          version: 1,
          toOrgId: tree.branchA1.id,
          effectiveOn: '2024-01-01',
        })
      ).statusCode,
    ).toBe(404);
    expect((await get(staffA, `/api/people/${b.id}`)).statusCode).toBe(404);
    // A reader who may not write sees the person, without the right to change them.
    const reviewer = (await buildAccount(t.db, tree.unitA, ['reviewer'])).cookie;
    const a = await buildPerson(t.db, tree.branchA2);
    expect((await detail(reviewer, a.id)).can.write).toBe(false);
    expect((await send(reviewer, 'PATCH', `/api/people/${a.id}`, { version: 1, name: 'x' })).statusCode).toBe(404);
  });

  it('records party status changes in order and keeps the dates on the person', async () => {
    const p = await buildPerson(t.db, tree.branchA1, { partyStatus: 'applicant', startOn: '2019-03-01' });
    const steps = [
      ['activist', '2019-09-01'],
      ['candidate', '2020-09-01'],
      ['probationary_member', '2021-07-01'],
      ['full_member', '2022-07-01'],
    ] as const;
    let version = p.version;
    for (const [status, effectiveOn] of steps) {
      const res = await send(secretaryA1, 'POST', `/api/people/${p.id}/status`, {
        version,
        status,
        effectiveOn,
        note: `${status}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json().version;
    }
    const d = await detail(secretaryA1, p.id);
    expect(d).toMatchObject({ partyStatus: 'full_member', joinedOn: '2021-07-01', fullMemberOn: '2022-07-01' });
    expect(d.statusHistory.map((h) => h.status)).toEqual(['applicant', ...steps.map(([s]) => s)]);
    const back = await send(secretaryA1, 'POST', `/api/people/${p.id}/status`, {
      version,
      status: 'non_member',
      effectiveOn: '2022-06-30',
    });
    expect(back.statusCode).toBe(400);
    expect(back.json().message).toBe('状态变更日期不能早于上一次变更（2022-07-01）。');
    const same = await send(secretaryA1, 'POST', `/api/people/${p.id}/status`, {
      version,
      status: 'full_member',
      effectiveOn: '2023-01-01',
    });
    expect(same.statusCode).toBe(400);
    const future = await send(secretaryA1, 'POST', `/api/people/${p.id}/status`, {
      version,
      status: 'non_member',
      effectiveOn: '2999-01-01',
    });
    expect(future.statusCode).toBe(400);
    const stale = await send(secretaryA1, 'POST', `/api/people/${p.id}/status`, {
      version: version - 1,
      status: 'non_member',
      effectiveOn: '2023-01-01',
    });
    expect(stale.statusCode).toBe(409);
    expect((await detail(secretaryA1, p.id)).statusHistory).toHaveLength(5);
  });

  it('transfers a membership (组织关系转接) and keeps its history', async () => {
    const p = await buildPerson(t.db, tree.branchA1, { startOn: '2018-01-01' });
    const res = await send(staffA, 'POST', `/api/people/${p.id}/transfer`, {
      version: p.version,
      toOrgId: tree.branchA2.id,
      effectiveOn: '2023-05-01',
      reason: '工作调动',
    });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json() as Detail;
    expect(d.orgId).toBe(tree.branchA2.id);
    expect(d.memberships.map((m) => [m.orgId, m.startOn, m.endOn, m.transferReason])).toEqual([
      [tree.branchA1.id, '2018-01-01', '2023-05-01', null],
      [tree.branchA2.id, '2023-05-01', null, '工作调动'],
    ]);
    expect(d.memberships[0]!.orgName).toBe(tree.branchA1.name);
    // The branch A1 secretary no longer sees the person; the roster of A2 does.
    expect((await get(secretaryA1, `/api/people/${p.id}`)).statusCode).toBe(404);
    const atA2 = (await get(staffA, `/api/people?orgId=${tree.branchA2.id}&pageSize=200`)).json();
    expect(atA2.items.map((r: { id: number }) => r.id)).toContain(p.id);
    const audit = (await get(staffA, `/api/audit?entityType=person&entityId=${p.id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'person.transfer', orgId: tree.branchA2.id });
  });

  it('refuses transfers out of scope, to the same node, to a dissolved node, before the membership began, or stale', async () => {
    const p = await buildPerson(t.db, tree.branchA1, { startOn: '2020-01-01' });
    const move = (cookie: string, body: object) =>
      send(cookie, 'POST', `/api/people/${p.id}/transfer`, { version: p.version, effectiveOn: '2024-01-01', ...body });
    expect((await move(secretaryA1, { toOrgId: tree.branchB1.id })).statusCode).toBe(404);
    expect((await move(secretaryA1, { toOrgId: tree.branchA2.id })).statusCode).toBe(404);
    expect((await move(staffA, { toOrgId: tree.branchA1.id })).json().message).toBe('该人员已在此党组织。');
    expect((await move(staffA, { toOrgId: tree.unitA.id })).statusCode).toBe(400);
    const early = await move(staffA, { toOrgId: tree.branchA2.id, effectiveOn: '2019-12-31' });
    expect(early.json().message).toBe('转接日期不能早于当前组织关系的开始日期（2020-01-01）。');
    const closing = (
      await send(staffA, 'POST', '/api/orgs', { parentId: tree.unitA.id, type: 'branch', name: `待撤销${uniq()}` })
    ).json();
    expect(
      (await send(staffA, 'POST', `/api/orgs/${closing.id}/dissolve`, { version: closing.version, effectiveOn: '2024-01-01' }))
        .statusCode,
    ).toBe(200);
    const dissolved = await move(staffA, { toOrgId: closing.id });
    expect(dissolved.statusCode).toBe(400);
    expect(dissolved.json().message).toBe('该党组织已撤销，不能再修改或接收人员。');
    expect((await move(staffA, { toOrgId: tree.branchA2.id, version: p.version + 1 })).statusCode).toBe(409);
    expect((await detail(staffA, p.id)).memberships).toHaveLength(1);
  });

  it('documents the people routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    for (const path of [
      '/api/people',
      '/api/people/{id}/transfer',
      '/api/people/export.xlsx',
      '/api/orgs/{id}/positions',
      '/api/positions/{id}',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
  });
});
