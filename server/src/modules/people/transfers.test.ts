import { beforeAll, describe, expect, it } from 'vitest';
import { testApp, uniq } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree } from '../orgs/orgs.factory';
import { buildPerson } from './people.factory';

type Membership = { orgId: number; startOn: string; endOn: string | null; transferReason: string | null };

describe('bulk transfer (批量转接) API', () => {
  let t: Awaited<ReturnType<typeof testApp>>;

  beforeAll(async () => {
    t = await testApp();
  });

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (cookie: string, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const transfer = (cookie: string, body: object) => post(cookie, '/api/people/transfer', body);
  const memberships = async (cookie: string, id: number) =>
    (await get(cookie, `/api/people/${id}`)).json().memberships as Membership[];

  async function setup() {
    const tree = await buildTree(t.db);
    const staffA = (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie;
    return { tree, staffA };
  }

  it('splits a branch (分设): a new branch, then the chosen members move in one go, with audit', async () => {
    const { tree, staffA } = await setup();
    const created = await post(staffA, '/api/orgs', {
      parentId: tree.unitA.id,
      type: 'branch',
      name: `分设支部${uniq()}`,
      establishedOn: '2024-05-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    const split = created.json();
    const movers = [await buildPerson(t.db, tree.branchA1), await buildPerson(t.db, tree.groupA1, { partyStatus: 'activist' })];
    const stayer = await buildPerson(t.db, tree.branchA1);

    const res = await transfer(staffA, {
      personIds: movers.map((p) => p.id),
      toOrgId: split.id,
      effectiveOn: '2024-05-01',
      reason: '支部分设',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ transferred: 2, toOrgId: split.id, effectiveOn: '2024-05-01' });
    for (const p of movers) {
      expect((await memberships(staffA, p.id)).map((m) => [m.orgId, m.startOn, m.endOn, m.transferReason])).toEqual([
        [p.orgId, '2020-01-01', '2024-05-01', null],
        [split.id, '2024-05-01', null, '支部分设'],
      ]);
    }
    expect((await memberships(staffA, stayer.id)).map((m) => m.orgId)).toEqual([tree.branchA1.id]);
    const roster = (await get(staffA, `/api/people?orgId=${split.id}`)).json();
    expect(roster.items.map((r: { id: number }) => r.id).sort()).toEqual(movers.map((p) => p.id).sort());
    const detail = (await get(staffA, `/api/people/${movers[0]!.id}`)).json();
    expect(detail.version).toBe(2);

    const audit = (await get(staffA, `/api/audit?orgId=${split.id}&pageSize=50`)).json();
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'org.create',
      'person.bulkTransfer',
      'person.transfer',
      'person.transfer',
    ]);
  });

  it('refuses the whole group, listing every refused person, and writes nothing', async () => {
    const { tree, staffA } = await setup();
    const ok = await buildPerson(t.db, tree.branchA1, { name: `可转${uniq()}` });
    const late = await buildPerson(t.db, tree.branchA1, { startOn: '2024-06-01', name: `晚到${uniq()}` });
    const there = await buildPerson(t.db, tree.branchA2, { name: `已在${uniq()}` });
    const outside = await buildPerson(t.db, tree.branchB1, { name: `外部${uniq()}` });
    const missing = 2_000_000_000;

    const res = await transfer(staffA, {
      personIds: [ok.id, late.id, there.id, outside.id, missing],
      toOrgId: tree.branchA2.id,
      effectiveOn: '2024-05-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('4 名人员不能转接，所选人员均未转接。');
    expect(res.json().details).toEqual([
      { personId: late.id, name: late.name, message: '转接日期不能早于当前组织关系的开始日期（2024-06-01）。' },
      { personId: there.id, name: there.name, message: '该人员已在此党组织。' },
      // No name for people the caller may not see.
      { personId: outside.id, name: '', message: '未找到该人员，或您无权查看。' },
      { personId: missing, name: '', message: '未找到该人员，或您无权查看。' },
    ]);
    expect((await memberships(staffA, ok.id)).map((m) => [m.orgId, m.endOn])).toEqual([[tree.branchA1.id, null]]);
    const audit = (await get(staffA, `/api/audit?entityType=person&entityId=${ok.id}`)).json();
    expect(audit.total).toBe(0);

    const english = await t.app.inject({
      method: 'POST',
      url: '/api/people/transfer',
      payload: { personIds: [ok.id], toOrgId: tree.unitA.id, effectiveOn: '2024-05-01' },
      headers: { cookie: staffA, 'accept-language': 'en-US' },
    });
    // A member's membership belongs to a branch or a party group; messages follow the caller's language.
    expect(english.statusCode).toBe(400);
    expect(english.json().message).toBe('1 people cannot be transferred; nobody was transferred.');
    expect(english.json().details).toEqual([
      { personId: ok.id, name: ok.name, message: expect.stringMatching(/^Members, applicants/) },
    ]);
  });

  it('answers 404 for a target out of scope, and 400 for a dissolved target, a future date or too many people', async () => {
    const { tree, staffA } = await setup();
    const secretary = (await buildAccount(t.db, tree.branchA1, ['secretary'])).cookie;
    const p = await buildPerson(t.db, tree.branchA1);
    const body = { personIds: [p.id], effectiveOn: '2024-05-01' };
    expect((await transfer(secretary, { ...body, toOrgId: tree.branchA2.id })).statusCode).toBe(404);
    expect((await transfer(staffA, { ...body, toOrgId: tree.branchB1.id })).statusCode).toBe(404);
    expect((await transfer(staffA, { ...body, toOrgId: tree.branchA2.id, effectiveOn: '2999-01-01' })).statusCode).toBe(400);
    const tooMany = await transfer(staffA, {
      ...body,
      personIds: Array.from({ length: 501 }, (_, i) => i + 1),
      toOrgId: tree.branchA2.id,
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error).toBe('VALIDATION');
    const closing = (
      await post(staffA, '/api/orgs', { parentId: tree.unitA.id, type: 'branch', name: `待撤销${uniq()}` })
    ).json();
    await post(staffA, `/api/orgs/${closing.id}/dissolve`, { version: closing.version, effectiveOn: '2024-01-01' });
    const dissolved = await transfer(staffA, { ...body, toOrgId: closing.id });
    expect(dissolved.json().message).toBe('该党组织已撤销，不能再修改或接收人员。');
    expect(await memberships(staffA, p.id)).toHaveLength(1);
  });
});
