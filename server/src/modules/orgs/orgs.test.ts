import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildPerson } from '../people/people.factory';
import { buildTree, type TestTree } from './orgs.factory';

describe('orgs API', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let tree: TestTree;
  let admin: string;
  let staffA: string;
  let secretaryA1: string;

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    admin = (await buildAccount(t.db, tree.root, ['admin'])).cookie;
    staffA = (await buildAccount(t.db, tree.unitA, ['org_staff'])).cookie;
    secretaryA1 = (await buildAccount(t.db, tree.branchA1, ['secretary'])).cookie;
  });

  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
  const send = (cookie: string, method: 'POST' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, payload, headers: { cookie } });

  it('refuses callers without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/orgs/${tree.root.id}` });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('请先登录。');
  });

  it('lists the roots of the caller scope and lazily their children', async () => {
    const roots = (await get(staffA, '/api/orgs/roots')).json();
    expect(roots.map((r: { id: number }) => r.id)).toEqual([tree.unitA.id]);
    expect(roots[0].childCount).toBe(2);
    const page = (await get(admin, `/api/orgs/${tree.root.id}/children?pageSize=1`)).json();
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
  });

  it('shows a node with its visible ancestors and rights', async () => {
    const res = await get(secretaryA1, `/api/orgs/${tree.groupA1.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ancestors.map((a: { id: number }) => a.id)).toEqual([tree.branchA1.id]);
    expect(body.can).toMatchObject({ write: false, writePeople: true, manageAccounts: false });
  });

  it('answers 404 for nodes outside the caller subtree, for every route', async () => {
    for (const url of [`/api/orgs/${tree.branchB1.id}`, `/api/orgs/${tree.branchB1.id}/children`, `/api/orgs/${tree.branchB1.id}/stats`, `/api/orgs/${tree.branchB1.id}/history`, `/api/orgs/${tree.root.id}`]) {
      const res = await get(staffA, url);
      expect(res.statusCode, url).toBe(404);
    }
    const renamed = await send(staffA, 'PATCH', `/api/orgs/${tree.branchB1.id}`, { version: 1, name: '越权' });
    expect(renamed.statusCode).toBe(404);
    const created = await send(staffA, 'POST', '/api/orgs', { parentId: tree.unitB.id, type: 'branch', name: '越权支部' });
    expect(created.statusCode).toBe(404);
  });

  it('search finds only nodes in scope', async () => {
    const hits = (await get(staffA, `/api/orgs/search?q=${encodeURIComponent('支部')}`)).json();
    const ids = hits.map((h: { id: number }) => h.id);
    expect(ids).toContain(tree.branchA1.id);
    expect(ids).not.toContain(tree.branchB1.id);
    expect(hits.find((h: { id: number }) => h.id === tree.branchA1.id).pathNames).toEqual([tree.root.name, tree.unitA.name, tree.branchA1.name]);
  });

  it('a secretary may not create or rename nodes', async () => {
    const res = await send(secretaryA1, 'POST', '/api/orgs', { parentId: tree.branchA1.id, type: 'party_group', name: '第二党小组' });
    expect(res.statusCode).toBe(404);
  });

  it('creates, renames with history, and rejects a stale version', async () => {
    const created = await send(staffA, 'POST', '/api/orgs', { parentId: tree.unitA.id, type: 'branch', name: '新建支部', establishedOn: '2024-03-01' });
    expect(created.statusCode, created.body).toBe(201);
    const org = created.json();
    expect(org.path).toBe(`${tree.unitA.path}${org.id}/`);
    const renamed = await send(staffA, 'PATCH', `/api/orgs/${org.id}`, { version: org.version, name: '更名支部', effectiveOn: '2024-06-01' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().version).toBe(org.version + 1);
    const stale = await send(staffA, 'PATCH', `/api/orgs/${org.id}`, { version: org.version, name: '再次更名' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe('VERSION_CONFLICT');
    const history = (await get(staffA, `/api/orgs/${org.id}/history`)).json();
    expect(history.map((h: { change: string; name: string; validTo: string | null }) => [h.change, h.name, h.validTo])).toEqual([
      ['create', '新建支部', '2024-06-01'],
      ['rename', '更名支部', null],
    ]);
    const audit = (await get(staffA, `/api/audit?orgId=${org.id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['org.update', 'org.create']);
    expect(audit.items[0].before.name).toBe('新建支部');
  });

  it('rejects a child type the parent cannot hold, in the user language', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/orgs',
      payload: { parentId: tree.branchA2.id, type: 'committee', name: 'x' },
      headers: { cookie: staffA, 'accept-language': 'en-US' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('A committee cannot be placed under a branch.');
  });

  it('lists every validation issue', async () => {
    const res = await send(staffA, 'POST', '/api/orgs', { parentId: 'x', type: 'nope', name: '', establishedOn: '2024/01/01' });
    expect(res.statusCode).toBe(400);
    const fields = res.json().details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['establishedOn', 'name', 'parentId', 'type']);
  });

  it('moves a whole subtree, people included, and keeps its audit trail reachable', async () => {
    const unit = (await send(admin, 'POST', '/api/orgs', { parentId: tree.root.id, type: 'committee', name: '丙公司党委' })).json();
    const branch = (await send(admin, 'POST', '/api/orgs', { parentId: unit.id, type: 'branch', name: '丙一支部' })).json();
    const person = await buildPerson(t.db, branch);
    const moved = await send(admin, 'POST', `/api/orgs/${unit.id}/move`, { version: unit.version, parentId: tree.unitB.id });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().path).toBe(`${tree.unitB.path}${unit.id}/`);
    const movedBranch = (await get(admin, `/api/orgs/${branch.id}`)).json();
    expect(movedBranch.path).toBe(`${tree.unitB.path}${unit.id}/${branch.id}/`);
    expect(movedBranch.depth).toBe(3);
    const [row] = await t.db.execute(sql`select org_path from people where id = ${person.id}`).then((r) => (r as unknown as { rows: { org_path: string }[] }).rows);
    expect(row!.org_path).toBe(movedBranch.path);
    // The unit B staff sees the moved unit's history now.
    const staffB = (await buildAccount(t.db, tree.unitB, ['org_staff'])).cookie;
    const audit = (await get(staffB, `/api/audit?orgId=${branch.id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['org.create']);
    expect((await get(staffA, `/api/orgs/${branch.id}`)).statusCode).toBe(404);
  });

  it('refuses to move a node under its own subtree, or the top of the caller scope', async () => {
    const into = await send(admin, 'POST', `/api/orgs/${tree.unitA.id}/move`, { version: 1, parentId: tree.branchA1.id });
    expect(into.statusCode).toBe(400);
    const own = await send(staffA, 'POST', `/api/orgs/${tree.unitA.id}/move`, { version: 1, parentId: tree.unitA.id });
    expect(own.statusCode).toBe(400);
  });

  it('dissolves only an empty node, and counts the subtree for the home page', async () => {
    const branch = (await send(staffA, 'POST', '/api/orgs', { parentId: tree.unitA.id, type: 'branch', name: '待撤销支部' })).json();
    const person = await buildPerson(t.db, branch);
    const refused = await send(staffA, 'POST', `/api/orgs/${branch.id}/dissolve`, { version: branch.version });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toBe('该党组织仍有 1 名人员，请先转出。');
    await t.db.execute(sql`update memberships set end_on = '2025-01-01' where person_id = ${person.id}`);
    const before = (await get(staffA, `/api/orgs/${tree.unitA.id}/stats`)).json();
    const ok = await send(staffA, 'POST', `/api/orgs/${branch.id}/dissolve`, { version: branch.version, effectiveOn: '2025-02-01' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().dissolvedOn).toBe('2025-02-01');
    const after = (await get(staffA, `/api/orgs/${tree.unitA.id}/stats`)).json();
    expect(after.orgs.branch).toBe(before.orgs.branch - 1);
    const again = await send(staffA, 'POST', `/api/orgs/${branch.id}/dissolve`, { version: branch.version + 1 });
    expect(again.statusCode).toBe(400);
  });

  it('counts a subtree by node type and party status', async () => {
    const fresh = await buildTree(t.db);
    await buildPerson(t.db, fresh.branchA1, { partyStatus: 'full_member' });
    await buildPerson(t.db, fresh.branchA1, { partyStatus: 'probationary_member' });
    await buildPerson(t.db, fresh.branchB1, { partyStatus: 'activist' });
    const owner = (await buildAccount(t.db, fresh.root, ['reviewer'])).cookie;
    const stats = (await get(owner, `/api/orgs/${fresh.unitA.id}/stats`)).json();
    expect(stats.orgs).toMatchObject({ committee: 1, branch: 2, party_group: 1 });
    expect(stats.people.full_member).toBeGreaterThanOrEqual(1);
    expect(stats.people.activist).toBe(0);
    const rootStats = (await get(owner, `/api/orgs/${fresh.root.id}/stats`)).json();
    expect(rootStats.people.activist).toBe(1);
    expect(rootStats.members).toBe(rootStats.people.full_member + rootStats.people.probationary_member);
  });
});
