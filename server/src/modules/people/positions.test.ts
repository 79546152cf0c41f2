import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildPerson, buildPosition } from './people.factory';

type View = {
  id: number;
  personId: number;
  personName: string;
  orgName: string;
  title: string;
  startOn: string;
  endOn: string | null;
  current: boolean;
  version: number;
};

describe('positions API (职务)', () => {
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
  const leadership = async (cookie: string, orgId: number, current?: boolean) =>
    (await get(cookie, `/api/orgs/${orgId}/positions${current === undefined ? '' : `?current=${current}`}`)).json() as View[];

  it('appoints a branch member to the unit committee, lists and ends the term', async () => {
    const leader = await buildPerson(t.db, tree.branchA1, { name: '冯书记' });
    const res = await send(staffA, 'POST', '/api/positions', {
      orgId: tree.unitA.id,
      personId: leader.id,
      title: 'secretary',
      startOn: '2021-01-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    const term = res.json() as View;
    expect(term).toMatchObject({
      personName: '冯书记',
      orgName: tree.unitA.name,
      title: 'secretary',
      endOn: null,
      current: true,
      version: 1,
    });
    const deputy = await buildPerson(t.db, tree.branchA2);
    await send(staffA, 'POST', '/api/positions', {
      orgId: tree.unitA.id,
      personId: deputy.id,
      title: 'deputy_secretary',
      startOn: '2021-01-01',
    });
    expect((await leadership(staffA, tree.unitA.id, true)).map((v) => v.title)).toEqual(['secretary', 'deputy_secretary']);

    const ended = await send(staffA, 'PATCH', `/api/positions/${term.id}`, { version: 1, endOn: '2023-12-31' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ endOn: '2023-12-31', current: false, version: 2 });
    expect((await leadership(staffA, tree.unitA.id, true)).map((v) => v.personId)).toEqual([deputy.id]);
    expect((await leadership(staffA, tree.unitA.id, false)).map((v) => v.id)).toEqual([term.id]);
    expect(await leadership(staffA, tree.unitA.id)).toHaveLength(2);
    const stale = await send(staffA, 'PATCH', `/api/positions/${term.id}`, { version: 1, endOn: '2022-12-31' });
    expect(stale.statusCode).toBe(409);

    const person = (await get(staffA, `/api/people/${leader.id}`)).json();
    expect(person.positionHistory.map((p: View) => [p.title, p.endOn])).toEqual([['secretary', '2023-12-31']]);
    expect(person.positions).toEqual([]);
    const audit = (await get(staffA, `/api/audit?orgId=${tree.unitA.id}&entityType=position`)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual([
      'position.update',
      'position.create',
      'position.create',
    ]);
  });

  it('refuses overlapping terms, a second secretary, and a term that ends before it starts', async () => {
    const a = await buildPerson(t.db, tree.branchA2);
    const b = await buildPerson(t.db, tree.branchA2);
    await buildPosition(t.db, a.id, tree.branchA2.id, 'secretary', '2020-01-01', '2022-12-31');
    const appoint = (personId: number, title: string, startOn: string, endOn?: string) =>
      send(staffA, 'POST', '/api/positions', { orgId: tree.branchA2.id, personId, title, startOn, endOn });
    const second = await appoint(b.id, 'secretary', '2022-06-01');
    expect(second.statusCode).toBe(400);
    expect(second.json().message).toContain('该党组织在此期间已有“书记”');
    expect((await appoint(b.id, 'secretary', '2023-01-01')).statusCode).toBe(201);
    expect((await appoint(a.id, 'secretary', '2021-01-01', '2021-06-01')).statusCode).toBe(400);
    expect((await appoint(b.id, 'committee_member', '2024-01-01', '2023-01-01')).json().message).toBe(
      '任职结束日期不能早于开始日期。',
    );
    expect((await appoint(a.id, 'committee_member', '2020-01-01')).statusCode).toBe(201);
    expect((await appoint(a.id, 'committee_member', '2024-01-01')).statusCode).toBe(400);
  });

  it('keeps positions inside the caller scope: list, appoint, change → 404', async () => {
    const b = await buildPerson(t.db, tree.branchB1);
    const bTerm = await buildPosition(t.db, b.id, tree.branchB1.id, 'secretary');
    expect((await get(secretaryA1, `/api/orgs/${tree.branchB1.id}/positions`)).statusCode).toBe(404);
    expect(
      (
        await send(secretaryA1, 'POST', '/api/positions', {
          orgId: tree.branchB1.id,
          personId: b.id,
          title: 'committee_member',
          startOn: '2024-01-01',
        })
      ).statusCode,
    ).toBe(404);
    const foreign = await send(secretaryA1, 'POST', '/api/positions', {
      orgId: tree.branchA1.id,
      personId: b.id,
      title: 'committee_member',
      startOn: '2024-01-01',
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().message).toBe('未找到该人员，或您无权查看。');
    expect((await send(secretaryA1, 'PATCH', `/api/positions/${bTerm.id}`, { version: 1, endOn: '2024-01-01' })).statusCode).toBe(
      404,
    );
    // A secretary keeps the roster of their branch but not the committee above it.
    const mine = await buildPerson(t.db, tree.branchA1);
    expect(
      (
        await send(secretaryA1, 'POST', '/api/positions', {
          orgId: tree.unitA.id,
          personId: mine.id,
          title: 'committee_member',
          startOn: '2024-01-01',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await send(secretaryA1, 'POST', '/api/positions', {
          orgId: tree.groupA1.id,
          personId: mine.id,
          title: 'group_leader',
          startOn: '2024-01-01',
        })
      ).statusCode,
    ).toBe(201);
    const member = (await buildAccount(t.db, tree.branchA1, ['member'])).cookie;
    expect((await get(member, `/api/orgs/${tree.branchA1.id}/positions`)).statusCode).toBe(404);
  });
});
