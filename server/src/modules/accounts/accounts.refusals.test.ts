import { describe, expect, it } from 'vitest';
import { buildPerson } from '../people/people.factory';
import { buildAccount } from './accounts.factory';
import { accountsFixture, type Row } from './accounts.fixture';

describe('accounts API refusals', () => {
  const { f, get, send, create } = accountsFixture();

  it('grants only inside the caller subtree: 404 for an unseen node, account.cannotGrantAbove for a seen one', async () => {
    for (const org of [f.tree.unitB, f.tree.root]) {
      const { res } = await create(f.adminA.cookie, f.tree.branchA1, [{ orgId: org.id, role: 'member' }]);
      expect(res.statusCode).toBe(404);
      expect(res.json().message).toBe('未找到该党组织，或您无权查看。');
    }
    // Sees the whole group as a reviewer, administers only unit A.
    const reviewerAdmin = await buildAccount(f.t.db, f.tree.unitA, ['admin']);
    await send(f.groupAdmin.cookie, 'POST', `/api/accounts/${reviewerAdmin.account.id}/grants`, {
      orgId: f.tree.root.id,
      role: 'reviewer',
    });
    const { res } = await create(reviewerAdmin.cookie, f.tree.branchA1, [{ orgId: f.tree.root.id, role: 'admin' }]);
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('只能在您管理的组织范围内授权。');
    const grant = await send(reviewerAdmin.cookie, 'POST', `/api/accounts/${f.memberA1.account.id}/grants`, {
      orgId: f.tree.unitB.id,
      role: 'admin',
    });
    expect(grant.statusCode).toBe(403);
  });

  it('an admin of unit A cannot list, read, create, grant, reset, disable or unlock accounts of unit B (404)', async () => {
    const b = f.memberB.account.id;
    const grantB = (await get(f.adminB.cookie, `/api/accounts/${b}`)).json().grants[0].id;
    const attempts = [
      get(f.adminA.cookie, `/api/accounts/${b}`),
      get(f.adminA.cookie, `/api/accounts?orgId=${f.tree.branchB1.id}`),
      send(f.adminA.cookie, 'POST', `/api/accounts/${b}/grants`, { orgId: f.tree.branchA1.id, role: 'member' }),
      send(f.adminA.cookie, 'DELETE', `/api/accounts/${b}/grants/${grantB}`),
      send(f.adminA.cookie, 'POST', `/api/accounts/${b}/reset-password`),
      send(f.adminA.cookie, 'POST', `/api/accounts/${b}/disable`, { version: 1 }),
      send(f.adminA.cookie, 'POST', `/api/accounts/${b}/enable`, { version: 1 }),
      send(f.adminA.cookie, 'POST', `/api/accounts/${b}/unlock`),
      send(f.adminA.cookie, 'POST', `/api/accounts/999999999/unlock`),
    ];
    for (const [i, res] of (await Promise.all(attempts)).entries()) expect(res.statusCode, `attempt ${i}`).toBe(404);
    const personB = await buildPerson(f.t.db, f.tree.branchB1);
    const created = await send(f.adminA.cookie, 'POST', '/api/accounts', {
      personId: personB.id,
      username: `x${personB.id}`,
      roles: [],
    });
    expect(created.statusCode).toBe(404);
    expect(created.json().message).toBe('未找到该人员，或您无权查看。');
    // Nothing changed on B's account.
    expect((await get(f.memberB.cookie, '/api/auth/me')).statusCode).toBe(200);
    expect((await get(f.adminB.cookie, `/api/accounts/${b}`)).json()).toMatchObject({
      disabled: false,
      version: f.memberB.account.version,
    });
  });

  it('org staff, secretaries and members cannot administer accounts at all (403)', async () => {
    const a = f.memberA1.account.id;
    for (const cookie of [f.staffA, f.secretaryA1, f.memberA1.cookie]) {
      const attempts = [
        get(cookie, '/api/accounts'),
        get(cookie, `/api/accounts/${a}`),
        send(cookie, 'POST', '/api/accounts', { personId: f.memberA1.personId, username: 'someone', roles: [] }),
        send(cookie, 'POST', `/api/accounts/${a}/grants`, { orgId: f.tree.branchA1.id, role: 'admin' }),
        send(cookie, 'POST', `/api/accounts/${a}/reset-password`),
        send(cookie, 'POST', `/api/accounts/${a}/disable`, { version: 1 }),
        send(cookie, 'POST', `/api/accounts/${a}/unlock`),
      ];
      for (const [i, res] of (await Promise.all(attempts)).entries()) expect(res.statusCode, `attempt ${i}`).toBe(403);
    }
  });

  it('a unit admin sees, but cannot take over, an account that holds roles above the unit', async () => {
    // A group admin whose person belongs to a branch of unit A.
    const boss = await buildAccount(f.t.db, f.tree.branchA1, ['admin'], { grantAt: f.tree.root });
    const row = (await get(f.adminA.cookie, `/api/accounts/${boss.account.id}`)).json() as Row;
    expect(row).toMatchObject({ manageable: false, grants: [] });
    for (const res of await Promise.all([
      send(f.adminA.cookie, 'POST', `/api/accounts/${boss.account.id}/reset-password`),
      send(f.adminA.cookie, 'POST', `/api/accounts/${boss.account.id}/disable`, { version: row.version }),
      send(f.adminA.cookie, 'POST', `/api/accounts/${boss.account.id}/unlock`),
    ])) {
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toBe('该账号在您管理范围之外也有权限，只能由上级管理员处理。');
    }
    expect((await get(boss.cookie, '/api/auth/me')).statusCode).toBe(200);
    // And an account of unit B holding a grant in unit A shows only that grant, and not B's names.
    const visitor = await buildAccount(f.t.db, f.tree.branchB1, ['member']);
    await send(f.groupAdmin.cookie, 'POST', `/api/accounts/${visitor.account.id}/grants`, {
      orgId: f.tree.branchA2.id,
      role: 'reviewer',
    });
    const seen = (await get(f.adminA.cookie, `/api/accounts/${visitor.account.id}`)).json() as Row;
    expect(seen).toMatchObject({ orgId: null, orgName: null, manageable: false });
    expect(seen.grants.map((g) => g.orgId)).toEqual([f.tree.branchA2.id]);
  });
});
