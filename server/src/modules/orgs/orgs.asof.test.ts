import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../core/time';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildPerson } from '../people/people.factory';
import { buildOrg, buildTree } from './orgs.factory';

type Stats = { orgs: Record<string, number>; people: Record<string, number>; members: number };
type Child = { id: number; name: string; parentId: number; childCount: number };

describe('the tree as it stood on a date (as of)', () => {
  let t: Awaited<ReturnType<typeof testApp>>;

  beforeAll(async () => {
    t = await testApp();
  });

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (cookie: string, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, headers: { cookie } });

  /** A fresh tree and an admin at its root (whose own person sits at the root, outside both units). */
  async function setup() {
    const tree = await buildTree(t.db);
    const admin = (await buildAccount(t.db, tree.root, ['admin'])).cookie;
    const stats = async (id: number, asOf?: string) => {
      const res = await get(admin, `/api/orgs/${id}/stats${asOf ? `?asOf=${asOf}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as Stats;
    };
    const children = async (id: number, asOf: string) => {
      const res = await get(admin, `/api/orgs/${id}/children?asOf=${asOf}&pageSize=200`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { items: Child[] }).items;
    };
    return { tree, admin, stats, children };
  }

  it('counts a moved branch under its old parent before the effective date and under the new one from it', async () => {
    const { tree, admin, stats, children } = await setup();
    const moving = await buildOrg(t.db, { parent: tree.unitA, type: 'branch' });
    await buildPerson(t.db, moving);
    await buildPerson(t.db, moving);
    await buildPerson(t.db, tree.branchA1);
    const moved = await post(admin, `/api/orgs/${moving.id}/move`, {
      version: 1,
      parentId: tree.unitB.id,
      effectiveOn: '2024-06-01',
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const before = { a: await stats(tree.unitA.id, '2024-05-31'), b: await stats(tree.unitB.id, '2024-05-31') };
    expect([before.a.orgs.branch, before.a.members, before.b.orgs.branch, before.b.members]).toEqual([3, 3, 1, 0]);
    const after = { a: await stats(tree.unitA.id, '2024-06-01'), b: await stats(tree.unitB.id, '2024-06-01') };
    expect([after.a.orgs.branch, after.a.members, after.b.orgs.branch, after.b.members]).toEqual([2, 1, 2, 2]);
    expect(after.a.orgs).toMatchObject({ committee: 1, party_group: 1, general_branch: 0 });

    expect((await children(tree.unitA.id, '2024-05-31')).map((c) => c.id)).toContain(moving.id);
    expect((await children(tree.unitA.id, '2024-06-01')).map((c) => c.id)).not.toContain(moving.id);
    expect((await children(tree.unitB.id, '2024-06-01')).find((c) => c.id === moving.id)).toMatchObject({
      parentId: tree.unitB.id,
      childCount: 0,
    });

    // Before the tree existed there was nothing; today's figures by history equal those by path.
    const empty = await stats(tree.unitA.id, '2019-12-31');
    expect([Object.values(empty.orgs).every((n) => n === 0), empty.members]).toEqual([true, 0]);
    const today = todayIn('Asia/Shanghai');
    expect(await stats(tree.unitA.id, today)).toEqual(await stats(tree.unitA.id));
    expect(await stats(tree.root.id, today)).toEqual(await stats(tree.root.id));
  });

  it('counts a merged branch, its party group and its members where they stood on each side of the date', async () => {
    const { tree, admin, stats, children } = await setup();
    const group = await buildOrg(t.db, { parent: tree.branchA2, type: 'party_group' });
    await buildPerson(t.db, tree.branchA2);
    await buildPerson(t.db, group);
    const merged = await post(admin, `/api/orgs/${tree.branchA2.id}/merge`, {
      version: 1,
      intoId: tree.branchB1.id,
      effectiveOn: '2024-09-01',
    });
    expect(merged.statusCode, merged.body).toBe(200);

    const a = { before: await stats(tree.unitA.id, '2024-08-31'), after: await stats(tree.unitA.id, '2024-09-01') };
    expect([a.before.orgs.branch, a.before.orgs.party_group, a.before.members]).toEqual([2, 2, 2]);
    expect([a.after.orgs.branch, a.after.orgs.party_group, a.after.members]).toEqual([1, 1, 0]);
    const b1 = { before: await stats(tree.branchB1.id, '2024-08-31'), after: await stats(tree.branchB1.id, '2024-09-01') };
    expect([b1.before.orgs.party_group, b1.before.members]).toEqual([0, 0]);
    expect([b1.after.orgs.party_group, b1.after.members]).toEqual([1, 2]);

    expect((await children(tree.branchA2.id, '2024-08-31')).map((c) => c.id)).toEqual([group.id]);
    expect(await children(tree.branchA2.id, '2024-09-01')).toEqual([]);
    expect((await children(tree.branchB1.id, '2024-09-01')).map((c) => c.id)).toEqual([group.id]);
    expect((await children(tree.unitA.id, '2024-08-31')).find((c) => c.id === tree.branchA2.id)).toMatchObject({ childCount: 1 });
  });

  it('shows names and party statuses as they were, and memberships only while they lasted', async () => {
    const { tree, admin, stats, children } = await setup();
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/orgs/${tree.branchA1.id}`,
      payload: { version: 1, name: '更名后的支部', effectiveOn: '2024-03-01' },
      headers: { cookie: admin },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    expect((await children(tree.unitA.id, '2024-02-01')).find((c) => c.id === tree.branchA1.id)!.name).toBe(tree.branchA1.name);
    expect((await children(tree.unitA.id, '2024-03-01')).find((c) => c.id === tree.branchA1.id)!.name).toBe('更名后的支部');

    const p = await buildPerson(t.db, tree.branchA1, { partyStatus: 'probationary_member' });
    const full = await post(admin, `/api/people/${p.id}/status`, {
      version: p.version,
      status: 'full_member',
      effectiveOn: '2023-01-01',
    });
    expect(full.statusCode, full.body).toBe(200);
    const leaving = await buildPerson(t.db, tree.branchA1);
    const moved = await post(admin, `/api/people/${leaving.id}/transfer`, {
      version: 1,
      toOrgId: tree.branchB1.id,
      effectiveOn: '2023-07-01',
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const early = await stats(tree.branchA1.id, '2022-06-01');
    expect([early.people.probationary_member, early.people.full_member, early.members]).toEqual([1, 1, 2]);
    const later = await stats(tree.branchA1.id, '2023-07-01');
    expect([later.people.probationary_member, later.people.full_member, later.members]).toEqual([0, 1, 1]);
  });

  it('answers 404 for nodes outside the caller scope, as of any date', async () => {
    const { tree } = await setup();
    const staffB = (await buildAccount(t.db, tree.unitB, ['org_staff'])).cookie;
    expect((await get(staffB, `/api/orgs/${tree.unitA.id}/stats?asOf=2024-01-01`)).statusCode).toBe(404);
    expect((await get(staffB, `/api/orgs/${tree.unitA.id}/children?asOf=2024-01-01`)).statusCode).toBe(404);
    expect((await get(staffB, `/api/orgs/${tree.unitB.id}/stats?asOf=2024-13-01`)).statusCode).toBe(400);
  });
});
