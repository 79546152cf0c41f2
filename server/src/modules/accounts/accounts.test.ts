import { describe, expect, it } from 'vitest';
import { buildPerson } from '../people/people.factory';
import { buildAccount } from './accounts.factory';
import { createAdminAccount } from './accounts.bootstrap';
import { accountsFixture, type Row } from './accounts.fixture';

describe('accounts API', () => {
  const { f, get, send, list, login, create } = accountsFixture();

  it('lists the accounts of the caller subtree, with their grants', async () => {
    const page = await list(f.adminA.cookie);
    const names = page.items.map((r) => r.username);
    expect(names).toEqual(expect.arrayContaining([f.adminA.username, f.memberA1.username]));
    for (const outside of [f.groupAdmin.username, f.adminB.username, f.memberB.username]) expect(names).not.toContain(outside);
    const member = page.items.find((r) => r.id === f.memberA1.account.id)!;
    expect(member).toMatchObject({
      personId: f.memberA1.personId,
      orgId: f.tree.branchA1.id,
      orgName: f.tree.branchA1.name,
      disabled: false,
      manageable: true,
      grants: [{ orgId: f.tree.branchA1.id, orgName: f.tree.branchA1.name, role: 'member' }],
    });
    const all = await list(f.groupAdmin.cookie);
    expect(all.items.map((r) => r.username)).toEqual(
      expect.arrayContaining([f.groupAdmin.username, f.adminB.username, f.memberB.username]),
    );
  });

  it('filters by subtree, name, role and state, and paginates', async () => {
    const inA1 = await list(f.adminA.cookie, `&orgId=${f.tree.branchA1.id}`);
    expect(inA1.items.map((r) => r.id)).toContain(f.memberA1.account.id);
    expect(inA1.items.map((r) => r.id)).not.toContain(f.adminA.account.id);
    expect((await list(f.adminA.cookie, `&q=${f.memberA1.username}`)).items.map((r) => r.id)).toEqual([f.memberA1.account.id]);
    const members = await list(f.groupAdmin.cookie, `&orgId=${f.tree.root.id}&role=member`);
    expect(members.items.every((r) => r.grants.some((g) => g.role === 'member'))).toBe(true);
    expect(members.items.map((r) => r.id)).toEqual(expect.arrayContaining([f.memberA1.account.id, f.memberB.account.id]));
    expect((await list(f.adminA.cookie, '&disabled=true')).items.every((r) => r.disabled)).toBe(true);
    const enabled = await list(f.adminA.cookie, '&disabled=false');
    expect(enabled.items.map((r) => r.id)).toContain(f.memberA1.account.id);
    const first = (await get(f.adminA.cookie, '/api/accounts?pageSize=1')).json();
    expect(first.items).toHaveLength(1);
    expect(first.total).toBe(enabled.total + (await list(f.adminA.cookie, '&disabled=true')).total);
    // A subtree outside the caller's: 404.
    expect((await get(f.adminA.cookie, `/api/accounts?orgId=${f.tree.unitB.id}`)).statusCode).toBe(404);
  });

  it('creates an account with a generated password shown once, that must be changed', async () => {
    const { person, username, res } = await create(f.adminA.cookie, f.tree.branchA1, [
      { orgId: f.tree.branchA1.id, role: 'secretary' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.temporaryPassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9]{12}$/);
    expect(body.account).toMatchObject({
      username,
      personId: person.id,
      mustChangePassword: true,
      grants: [{ orgId: f.tree.branchA1.id, role: 'secretary' }],
    });
    const signedIn = await login(username, body.temporaryPassword);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toMatchObject({
      mustChangePassword: true,
      grants: [{ orgId: f.tree.branchA1.id, role: 'secretary', source: 'grant' }],
    });
    const audit = (
      await get(f.adminA.cookie, `/api/audit?orgId=${f.tree.branchA1.id}&entityType=account&entityId=${body.account.id}`)
    ).json();
    expect(audit.items.map((a: { action: string }) => a.action).sort()).toEqual([
      'account.create',
      'account.grant',
      'auth.login',
    ]);
    expect(JSON.stringify(audit.items)).not.toContain(body.temporaryPassword);
  });

  it('keeps a chosen password, and refuses a second account for a person or a taken user name', async () => {
    const { person, username, res } = await create(f.adminA.cookie, f.tree.branchA2, [], 'Chosen2024pw');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().temporaryPassword).toBeNull();
    expect((await login(username, 'Chosen2024pw')).statusCode).toBe(200);
    const again = await send(f.adminA.cookie, 'POST', '/api/accounts', {
      personId: person.id,
      username: `${username}x`,
      roles: [],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('该人员已有账号。');
    const other = await buildPerson(f.t.db, f.tree.branchA2);
    const taken = await send(f.adminA.cookie, 'POST', '/api/accounts', { personId: other.id, username, roles: [] });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().message).toBe(`用户名“${username}”已被使用。`);
  });

  it('validates the request and lists every issue', async () => {
    const res = await send(f.adminA.cookie, 'POST', '/api/accounts', {
      personId: 'x',
      username: 'a b',
      password: 'short',
      roles: [{ orgId: 1, role: 'king' }],
    });
    expect(res.statusCode).toBe(400);
    const fields = [...new Set(res.json().details.map((d: { field: string }) => d.field))].sort();
    expect(fields).toEqual(['password', 'personId', 'roles.0.role', 'username']);
  });

  it('adds and revokes grants, audited, and they take effect at once', async () => {
    const target = await buildAccount(f.t.db, f.tree.branchA2, []);
    expect((await get(target.cookie, `/api/orgs/${f.tree.branchA2.id}`)).statusCode).toBe(404);
    const added = await send(f.adminA.cookie, 'POST', `/api/accounts/${target.account.id}/grants`, {
      orgId: f.tree.branchA2.id,
      role: 'org_staff',
    });
    expect(added.statusCode, added.body).toBe(201);
    const grant = (added.json() as Row).grants.find((g) => g.orgId === f.tree.branchA2.id)!;
    expect(grant.role).toBe('org_staff');
    expect((await get(target.cookie, `/api/orgs/${f.tree.branchA2.id}`)).statusCode).toBe(200);
    const dup = await send(f.adminA.cookie, 'POST', `/api/accounts/${target.account.id}/grants`, {
      orgId: f.tree.branchA2.id,
      role: 'org_staff',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().message).toBe('该账号在此组织已有“组织工作人员”角色。');

    const removed = await send(f.adminA.cookie, 'DELETE', `/api/accounts/${target.account.id}/grants/${grant.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((removed.json() as Row).grants).toEqual([]);
    expect((await get(target.cookie, `/api/orgs/${f.tree.branchA2.id}`)).statusCode).toBe(404);
    expect((await send(f.adminA.cookie, 'DELETE', `/api/accounts/${target.account.id}/grants/${grant.id}`)).statusCode).toBe(404);
    const audit = (
      await get(f.adminA.cookie, `/api/audit?orgId=${f.tree.branchA2.id}&entityId=${target.account.id}&entityType=account`)
    ).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['account.revoke', 'account.grant']);
    expect(audit.items[0].before).toMatchObject({ orgId: f.tree.branchA2.id, role: 'org_staff' });
  });

  it('resets a password: a new one shown once, sessions ended, change required', async () => {
    const target = await buildAccount(f.t.db, f.tree.branchA1, ['member']);
    const res = await send(f.adminA.cookie, 'POST', `/api/accounts/${target.account.id}/reset-password`);
    expect(res.statusCode, res.body).toBe(200);
    const { temporaryPassword } = res.json();
    expect((await get(target.cookie, '/api/auth/me')).statusCode).toBe(401);
    const signedIn = await login(target.username, temporaryPassword);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().mustChangePassword).toBe(true);
    const audit = (await get(f.adminA.cookie, `/api/audit?entityId=${target.account.id}&action=account.resetPassword`)).json();
    expect(audit.total).toBe(1);
  });

  it('disables and enables with the version read, never the caller own account', async () => {
    const target = await buildAccount(f.t.db, f.tree.branchA1, ['member']);
    const { version } = (await get(f.adminA.cookie, `/api/accounts/${target.account.id}`)).json() as Row;
    const off = await send(f.adminA.cookie, 'POST', `/api/accounts/${target.account.id}/disable`, { version });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ disabled: true, version: version + 1 });
    expect((await get(target.cookie, '/api/auth/me')).statusCode).toBe(401);
    const stale = await send(f.adminA.cookie, 'POST', `/api/accounts/${target.account.id}/enable`, { version });
    expect(stale.statusCode).toBe(409);
    const on = await send(f.adminA.cookie, 'POST', `/api/accounts/${target.account.id}/enable`, { version: version + 1 });
    expect(on.json()).toMatchObject({ disabled: false });
    const self = await send(f.adminA.cookie, 'POST', `/api/accounts/${f.adminA.account.id}/disable`, { version: 1 });
    expect(self.statusCode).toBe(400);
    expect(self.json().message).toBe('不能停用或启用自己的账号。');
    const audit = (await get(f.adminA.cookie, `/api/audit?entityId=${target.account.id}&entityType=account`)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['account.enable', 'account.disable']);
    expect(audit.items[1]).toMatchObject({ before: { disabled: false }, after: { disabled: true } });
  });

  it('create-admin: an admin at a node, for a person of its subtree, with a password to change', async () => {
    const person = await buildPerson(f.t.db, f.tree.branchA2, { name: `管理员${f.tree.branchA2.id}` });
    const username = `boot${person.id}`;
    const input = { username, orgCode: f.tree.root.code!, personName: person.name };
    await expect(createAdminAccount(f.t.db, { ...input, orgCode: 'no-such-code' })).rejects.toThrow(/code/);
    await expect(createAdminAccount(f.t.db, { ...input, orgCode: f.tree.unitB.code! })).rejects.toThrow(/Nobody/);
    const created = await createAdminAccount(f.t.db, input);
    expect(created).toMatchObject({ username, personName: person.name, orgName: f.tree.root.name });
    const signedIn = await login(username, created.password);
    expect(signedIn.json()).toMatchObject({
      mustChangePassword: true,
      grants: [{ orgId: f.tree.root.id, role: 'admin', source: 'grant' }],
    });
    await expect(createAdminAccount(f.t.db, input)).rejects.toThrow(/already has an account/);
  });
});
