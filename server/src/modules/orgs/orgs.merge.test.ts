import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows';
import { testApp, uniq } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildPerson, buildPosition } from '../people/people.factory';
import { buildOrg, buildTree } from './orgs.factory';

type Membership = { orgId: number; startOn: string; endOn: string | null; transferReason: string | null };

describe('merge (合并) API', () => {
  let t: Awaited<ReturnType<typeof testApp>>;

  beforeAll(async () => {
    t = await testApp();
  });

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (cookie: string, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, headers: { cookie } });
  const merge = (cookie: string, id: number, body: object) => post(cookie, `/api/orgs/${id}/merge`, body);

  /** A fresh tree with the unit A staff (their own person sits at unit A, outside the branches). */
  async function setup() {
    const tree = await buildTree(t.db);
    const staffA = (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie;
    return { tree, staffA };
  }

  it('moves the children and the members into the target, ends the terms and dissolves the node, with history and audit', async () => {
    const { tree, staffA } = await setup();
    const p1 = await buildPerson(t.db, tree.branchA1, { name: `甲${uniq()}` });
    const p2 = await buildPerson(t.db, tree.branchA1, { startOn: '2022-03-01' });
    const inGroup = await buildPerson(t.db, tree.groupA1);
    const term = await buildPosition(t.db, p1.id, tree.branchA1.id, 'secretary', '2021-01-01');

    const res = await merge(staffA, tree.branchA1.id, {
      version: 1,
      intoId: tree.branchA2.id,
      effectiveOn: '2024-09-01',
      note: '支部合并',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.moved).toEqual({ children: 1, people: 2, positionsEnded: 1 });
    expect(body.org).toMatchObject({ id: tree.branchA1.id, dissolvedOn: '2024-09-01', childCount: 0 });
    expect(body.into).toMatchObject({ id: tree.branchA2.id, childCount: 1 });

    const group = (await get(staffA, `/api/orgs/${tree.groupA1.id}`)).json();
    expect(group).toMatchObject({ parentId: tree.branchA2.id, path: `${tree.branchA2.path}${tree.groupA1.id}/`, depth: 3 });
    const paths = await rowsOf<{ id: number; org_id: number; org_path: string }>(
      t.db,
      sql`select id::int, org_id::int, org_path from people where id in (${p1.id}, ${p2.id}, ${inGroup.id}) order by id`,
    );
    expect(paths.map((r) => [r.org_id, r.org_path])).toEqual([
      [tree.branchA2.id, tree.branchA2.path],
      [tree.branchA2.id, tree.branchA2.path],
      [tree.groupA1.id, group.path],
    ]);

    const person = (await get(staffA, `/api/people/${p2.id}`)).json();
    expect(person.memberships.map((m: Membership) => [m.orgId, m.startOn, m.endOn, m.transferReason])).toEqual([
      [tree.branchA1.id, '2022-03-01', '2024-09-01', null],
      [tree.branchA2.id, '2024-09-01', null, 'merge'],
    ]);
    const terms = (await get(staffA, `/api/orgs/${tree.branchA1.id}/positions`)).json();
    expect(terms).toMatchObject([{ id: term.id, endOn: '2024-09-01', current: false }]);

    const history = (await get(staffA, `/api/orgs/${tree.branchA1.id}/history`)).json();
    expect(history.at(-2)).toMatchObject({ change: 'create', validTo: '2024-09-01' });
    expect(history.at(-1)).toMatchObject({
      change: 'merge',
      validFrom: '2024-09-01',
      validTo: '2024-09-01',
      note: '支部合并',
      details: { intoId: tree.branchA2.id, intoName: tree.branchA2.name },
    });
    const groupHistory = (await get(staffA, `/api/orgs/${tree.groupA1.id}/history`)).json();
    expect(
      groupHistory.map((h: { change: string; parentId: number; validFrom: string }) => [h.change, h.parentId, h.validFrom]),
    ).toEqual([
      ['create', tree.branchA1.id, '2020-01-01'],
      ['move', tree.branchA2.id, '2024-09-01'],
    ]);

    const audit = (await get(staffA, `/api/audit?orgId=${tree.unitA.id}&pageSize=50`)).json();
    const actions = audit.items.map((a: { action: string; entityId: number }) => `${a.action}:${a.entityId}`).sort();
    expect(actions).toEqual(
      [
        `org.merge:${tree.branchA1.id}`,
        `org.mergeInto:${tree.branchA2.id}`,
        `org.move:${tree.groupA1.id}`,
        `person.transfer:${p1.id}`,
        `person.transfer:${p2.id}`,
        `position.end:${term.id}`,
      ].sort(),
    );
    // The merged node takes nobody any more, and cannot merge twice.
    const again = await merge(staffA, tree.branchA1.id, { version: 2, intoId: tree.branchA2.id, effectiveOn: '2024-10-01' });
    expect(again.statusCode).toBe(400);
  });

  it('answers 404 out of scope: a target elsewhere, the top of the caller scope, a secretary', async () => {
    const { tree, staffA } = await setup();
    const secretary = (await buildAccount(t.db, tree.branchA2, ['secretary'])).cookie;
    const body = { version: 1, effectiveOn: '2024-09-01' };
    expect((await merge(staffA, tree.branchA1.id, { ...body, intoId: tree.branchB1.id })).statusCode).toBe(404);
    expect((await merge(staffA, tree.branchB1.id, { ...body, intoId: tree.branchA1.id })).statusCode).toBe(404);
    expect((await merge(staffA, tree.unitA.id, { ...body, intoId: tree.unitB.id })).statusCode).toBe(404);
    expect((await merge(secretary, tree.branchA2.id, { ...body, intoId: tree.branchA1.id })).statusCode).toBe(404);
    expect((await get(staffA, `/api/orgs/${tree.branchA1.id}`)).json().dissolvedOn).toBeNull();
  });

  it('refuses a target inside the node, another type, a stale version and dates that go backwards', async () => {
    const { tree, staffA } = await setup();
    const admin = (await buildAccount(t.db, tree.root, ['admin'])).cookie;
    const inner = await buildOrg(t.db, { parent: tree.unitA, type: 'committee' });
    const inside = await merge(admin, tree.unitA.id, { version: 1, intoId: inner.id, effectiveOn: '2024-09-01' });
    expect(inside.statusCode).toBe(400);
    expect(inside.json().message).toBe('不能把党组织并入它自己或它的下级组织。');
    expect((await merge(admin, tree.unitA.id, { version: 1, intoId: tree.unitA.id, effectiveOn: '2024-09-01' })).statusCode).toBe(
      400,
    );

    const types = await merge(staffA, tree.groupA1.id, { version: 1, intoId: tree.branchA2.id, effectiveOn: '2024-09-01' });
    expect(types.statusCode).toBe(400);
    expect(types.json().message).toBe('只能合并同类型的党组织：“党小组”不能并入“党支部”。');

    const stale = await merge(staffA, tree.branchA1.id, { version: 7, intoId: tree.branchA2.id, effectiveOn: '2024-09-01' });
    expect(stale.statusCode).toBe(409);

    const early = await merge(staffA, tree.branchA1.id, { version: 1, intoId: tree.branchA2.id, effectiveOn: '2019-12-31' });
    expect(early.statusCode).toBe(400);
    expect(early.json().message).toBe('生效日期不能早于当前状态的开始日期（2020-01-01）。');
    const future = await merge(staffA, tree.branchA1.id, { version: 1, intoId: tree.branchA2.id, effectiveOn: '2999-01-01' });
    expect(future.statusCode).toBe(400);

    // A membership that began after the date: the whole merge is refused, naming the person.
    const late = await buildPerson(t.db, tree.branchA1, { startOn: '2024-10-01' });
    await buildPerson(t.db, tree.branchA1, { startOn: '2021-01-01' });
    const refused = await merge(staffA, tree.branchA1.id, { version: 1, intoId: tree.branchA2.id, effectiveOn: '2024-09-01' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toBe('有 1 名人员不能随合并转入，未做任何更改。');
    expect(refused.json().details).toEqual([
      { personId: late.id, name: late.name, message: '转接日期不能早于当前组织关系的开始日期（2024-10-01）。' },
    ]);
    const untouched = (await get(staffA, `/api/orgs/${tree.branchA1.id}`)).json();
    expect(untouched).toMatchObject({ dissolvedOn: null, version: 1, childCount: 1 });
    expect((await get(staffA, `/api/orgs/${tree.groupA1.id}`)).json().parentId).toBe(tree.branchA1.id);
  });

  it('lists the merge route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.paths).toHaveProperty(['/api/orgs/{id}/merge']);
    expect(doc.paths).toHaveProperty(['/api/people/transfer']);
  });
});
