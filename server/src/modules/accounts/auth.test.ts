import { type SQL, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { todayIn } from '../../core/time';
import { rowsOf } from '../../db/rows';
import { testApp, testConfig } from '../../test/harness';
import { buildTree, type TestTree } from '../orgs/orgs.factory';
import { buildPerson, buildPosition } from '../people/people.factory';
import { buildAccount, TEST_PASSWORD } from './accounts.factory';

describe('sign-in flow', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  const one = async <T>(query: SQL) => (await rowsOf<T>(t.db, query))[0]!;
  let tree: TestTree;
  let admin: string;

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
    admin = (await buildAccount(t.db, tree.root, ['admin'])).cookie;
  });

  // The login route is rate-limited per address and user name: each test signs in as its own account.
  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });
  const get = (cookie: string, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { cookie, ...headers } });
  const post = (cookie: string, url: string, payload?: object, method: 'POST' | 'PUT' = 'POST') =>
    t.app.inject({ method, url, payload, headers: { cookie } });
  const sessionCookie = (res: Awaited<ReturnType<typeof login>>) => {
    const c = res.cookies.find((c) => c.name === 'xf_session');
    return `xf_session=${c!.value}`;
  };
  const setCookies = (res: Awaited<ReturnType<typeof login>>) => [res.headers['set-cookie'] ?? []].flat().map(String);

  it('signs in with an HttpOnly, SameSite=Lax session cookie and answers who the caller is', async () => {
    const user = await buildAccount(t.db, tree.branchA1, ['secretary']);
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    const session = setCookies(res).find((c) => c.startsWith('xf_session='))!;
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).toMatch(/; Path=\//);
    expect(session).not.toMatch(/; Secure/); // XIANFENG_SECURE_COOKIES is off in tests (plain HTTP).
    const locale = setCookies(res).find((c) => c.startsWith('xf_locale='))!;
    expect(locale).toMatch(/^xf_locale=zh-CN;/);
    expect(locale).not.toMatch(/HttpOnly/); // the web app reads it
    const me = await get(sessionCookie(res), '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: user.username,
      personId: user.personId,
      orgId: tree.branchA1.id,
      mustChangePassword: false,
    });
    expect(me.json().grants).toEqual([
      { orgId: tree.branchA1.id, orgName: tree.branchA1.name, path: tree.branchA1.path, role: 'secretary', source: 'grant' },
    ]);
    const row = await one<{ last_login_at: unknown }>(sql`select last_login_at from accounts where id = ${user.account.id}`);
    expect(row.last_login_at).not.toBeNull();
  });

  it('refuses a wrong password or an unknown user with 401, in the caller language', async () => {
    const user = await buildAccount(t.db, tree.branchA1, ['member']);
    const zh = await login(user.username, 'wrong-pass1');
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toMatchObject({ error: 'INVALID_CREDENTIALS', message: '用户名或密码错误。' });
    expect(zh.cookies.find((c) => c.name === 'xf_session')).toBeUndefined();
    const en = await login(user.username, 'wrong-pass1', { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.statusCode).toBe(401);
    expect(en.json().message).toBe('Wrong user name or password.');
    const unknown = await login(`nobody-${user.username}`, TEST_PASSWORD);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().message).toBe('用户名或密码错误。');
  });

  it('locks the account for 15 minutes after 5 failures, even for the right password, until an admin unlocks it', async () => {
    const user = await buildAccount(t.db, tree.branchA2, ['member']);
    for (let i = 1; i <= 4; i++) expect((await login(user.username, `wrong-${i}x`)).statusCode).toBe(401);
    const fifth = await login(user.username, 'wrong-5x');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().message).toBe('连续登录失败次数过多，账号已锁定，请 15 分钟后再试。');
    const row = await one<{ locked_until: string | Date }>(sql`select locked_until from accounts where id = ${user.account.id}`);
    const minutes = (new Date(row.locked_until).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14.5);
    expect(minutes).toBeLessThanOrEqual(15);
    const right = await login(user.username, TEST_PASSWORD, { 'accept-language': 'en-US' });
    expect(right.statusCode).toBe(423);
    expect(right.json()).toMatchObject({
      error: 'ACCOUNT_LOCKED',
      message: 'Too many failed sign-ins: the account is locked. Try again in 15 minutes.',
    });

    const listed = (await get(admin, `/api/accounts/${user.account.id}`)).json();
    expect(listed.lockedUntil).not.toBeNull();
    const unlocked = await post(admin, `/api/accounts/${user.account.id}/unlock`);
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json().lockedUntil).toBeNull();
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(200);
    const audit = (
      await get(admin, `/api/audit?orgId=${tree.branchA2.id}&entityId=${user.account.id}&entityType=account`)
    ).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual([
      'auth.login',
      'account.unlock',
      'auth.lock',
      ...Array(4).fill('auth.loginFailed'),
    ]);
  });

  it('lets a lock run out by itself', async () => {
    const user = await buildAccount(t.db, tree.branchA2, ['member']);
    await t.db.execute(sql`update accounts set locked_until = now() - interval '1 minute' where id = ${user.account.id}`);
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a disabled account, and its open sessions', async () => {
    const user = await buildAccount(t.db, tree.branchB1, ['member']);
    const { version } = (await get(admin, `/api/accounts/${user.account.id}`)).json();
    expect((await post(admin, `/api/accounts/${user.account.id}/disable`, { version })).statusCode).toBe(200);
    const res = await login(user.username, TEST_PASSWORD);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'ACCOUNT_DISABLED', message: '该账号已停用，请联系管理员。' });
    expect((await get(user.cookie, '/api/auth/me')).statusCode).toBe(401);
  });

  it('ends an idle session, and keeps an active one', async () => {
    const user = await buildAccount(t.db, tree.branchA1, ['member']);
    await t.db.execute(
      sql`update sessions set last_seen_at = now() - interval '30 minutes' where account_id = ${user.account.id}`,
    );
    expect((await get(user.cookie, '/api/auth/me')).statusCode).toBe(200);
    const seen = await one<{ last_seen_at: string | Date }>(
      sql`select last_seen_at from sessions where account_id = ${user.account.id}`,
    );
    expect(Date.now() - new Date(seen.last_seen_at).getTime()).toBeLessThan(60_000); // refreshed
    await t.db.execute(
      sql`update sessions set last_seen_at = now() - interval '121 minutes' where account_id = ${user.account.id}`,
    );
    const res = await get(user.cookie, '/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'UNAUTHENTICATED', message: '登录已过期，请重新登录。' });
    // The expired session is gone, not merely refused.
    const left = await one<{ n: number }>(sql`select count(*)::int as n from sessions where account_id = ${user.account.id}`);
    expect(left.n).toBe(0);
  });

  it('logs out: the session ends and the cookie is cleared', async () => {
    const user = await buildAccount(t.db, tree.branchA1, ['member']);
    const session = sessionCookie(await login(user.username, TEST_PASSWORD));
    const out = await post(session, '/api/auth/logout');
    expect(out.statusCode).toBe(200);
    expect(setCookies(out).find((c) => c.startsWith('xf_session='))).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await get(session, '/api/auth/me')).statusCode).toBe(401);
    // Other sessions of the account are untouched.
    expect((await get(user.cookie, '/api/auth/me')).statusCode).toBe(200);
  });

  it('changes the password: refuses a wrong current one and a weak new one with every issue', async () => {
    const user = await buildAccount(t.db, tree.branchA1, ['member']);
    const wrong = await post(user.cookie, '/api/auth/password', { currentPassword: 'not-it-123', newPassword: 'Better2024pass' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().message).toBe('原密码不正确。');
    const weak = await post(user.cookie, '/api/auth/password', { currentPassword: '', newPassword: 'abc' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toBe('VALIDATION');
    const details = weak.json().details as { field: string; message: string }[];
    expect([...new Set(details.map((d) => d.field))].sort()).toEqual(['currentPassword', 'newPassword']);
    expect(details.filter((d) => d.field === 'newPassword').map((d) => d.message)).toContain(
      '新密码至少 8 位，且须同时包含字母和数字。',
    );
    const noDigit = await post(user.cookie, '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'onlyletters' });
    expect(noDigit.statusCode).toBe(400);
    expect(noDigit.json().details).toEqual([{ field: 'newPassword', message: '新密码至少 8 位，且须同时包含字母和数字。' }]);

    const ok = await post(user.cookie, '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Better2024pass' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await login(user.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(user.username, 'Better2024pass')).statusCode).toBe(200);
    const audit = (
      await get(admin, `/api/audit?orgId=${tree.branchA1.id}&entityId=${user.account.id}&action=account.changePassword`)
    ).json();
    expect(audit.total).toBe(1);
  });

  it('switches the language: kept on the account and in the xf_locale cookie', async () => {
    const user = await buildAccount(t.db, tree.branchA1, ['member']);
    const res = await post(user.cookie, '/api/auth/locale', { locale: 'en-US' }, 'PUT');
    expect(res.statusCode).toBe(200);
    expect(setCookies(res).find((c) => c.startsWith('xf_locale='))).toMatch(/^xf_locale=en-US;.*Max-Age=31536000/);
    expect((await get(user.cookie, '/api/auth/me')).json().locale).toBe('en-US');
    // A new sign-in, from a browser without the cookie, gets the account's language back.
    const again = await login(user.username, TEST_PASSWORD);
    expect(setCookies(again).find((c) => c.startsWith('xf_locale='))).toMatch(/^xf_locale=en-US;/);
    // The cookie picks the language of messages, over Accept-Language.
    const refused = await get(`${user.cookie}; xf_locale=en-US`, `/api/orgs/${tree.branchB1.id}`, { 'accept-language': 'zh-CN' });
    expect(refused.json().message).toBe('Organisation not found, or you may not see it.');
    const row = await one<{ locale: string }>(sql`select locale from accounts where id = ${user.account.id}`);
    expect(row.locale).toBe('en-US');
    const audit = (
      await get(admin, `/api/audit?orgId=${tree.branchA1.id}&entityId=${user.account.id}&action=account.setLocale`)
    ).json();
    expect(audit.items[0].after).toEqual({ locale: 'en-US' });
  });
});

describe('roles carried by positions', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let tree: TestTree;

  beforeAll(async () => {
    t = await testApp();
    tree = await buildTree(t.db);
  });
  const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  it('the current 书记 of a branch administers it while the position lasts, without any grant', async () => {
    const colleague = await buildPerson(t.db, tree.branchA1, { partyStatus: 'full_member' });
    const user = await buildAccount(t.db, tree.branchA1, []);
    expect((await get(user.cookie, `/api/orgs/${tree.branchA1.id}`)).statusCode).toBe(404);
    const position = await buildPosition(t.db, user.personId, tree.branchA1.id, 'secretary');

    const me = (await get(user.cookie, '/api/auth/me')).json();
    expect(me.grants).toEqual([
      { orgId: tree.branchA1.id, orgName: tree.branchA1.name, path: tree.branchA1.path, role: 'secretary', source: 'position' },
    ]);
    const org = await get(user.cookie, `/api/orgs/${tree.branchA1.id}`);
    expect(org.statusCode).toBe(200);
    expect(org.json().can).toMatchObject({ writePeople: true, write: false, manageAccounts: false });
    const stats = await get(user.cookie, `/api/orgs/${tree.branchA1.id}/stats`);
    expect(stats.statusCode).toBe(200);
    expect(stats.json().members).toBeGreaterThanOrEqual(2);
    expect((await get(user.cookie, `/api/people/${colleague.id}`)).statusCode).toBe(200);
    // Only that branch: not its sibling, not the unit above.
    for (const id of [tree.branchA2.id, tree.unitA.id, tree.branchB1.id])
      expect((await get(user.cookie, `/api/orgs/${id}`)).statusCode).toBe(404);
    // Nor account administration.
    expect((await get(user.cookie, '/api/accounts')).statusCode).toBe(403);

    // The position ended yesterday: the role is gone on the next request.
    const yesterday = todayIn('Asia/Shanghai', new Date(Date.now() - 86_400_000));
    await t.db.execute(sql`update positions set end_on = ${yesterday} where id = ${position.id}`);
    expect((await get(user.cookie, `/api/orgs/${tree.branchA1.id}`)).statusCode).toBe(404);
    expect((await get(user.cookie, `/api/people/${colleague.id}`)).statusCode).toBe(404);
    expect((await get(user.cookie, '/api/auth/me')).json().grants).toEqual([]);
  });

  it('a position that has not begun, or that carries no role, gives nothing', async () => {
    const user = await buildAccount(t.db, tree.branchA2, []);
    const tomorrow = todayIn('Asia/Shanghai', new Date(Date.now() + 86_400_000));
    await buildPosition(t.db, user.personId, tree.branchA2.id, 'secretary', tomorrow);
    await buildPosition(t.db, user.personId, tree.branchA2.id, 'committee_member');
    expect((await get(user.cookie, '/api/auth/me')).json().grants).toEqual([]);
    expect((await get(user.cookie, `/api/orgs/${tree.branchA2.id}`)).statusCode).toBe(404);
  });

  it('a 副书记 carries the role too, and a grant plus a position at one node count once', async () => {
    const deputy = await buildAccount(t.db, tree.branchB1, []);
    await buildPosition(t.db, deputy.personId, tree.branchB1.id, 'deputy_secretary');
    expect((await get(deputy.cookie, `/api/orgs/${tree.branchB1.id}`)).statusCode).toBe(200);
    const both = await buildAccount(t.db, tree.branchB1, ['secretary']);
    await buildPosition(t.db, both.personId, tree.branchB1.id, 'secretary');
    const grants = (await get(both.cookie, '/api/auth/me')).json().grants;
    expect(grants.map((g: { source: string }) => g.source)).toEqual(['grant']);
  });

  it("tells the browser the deployment's time zone, at sign-in and on /me", async () => {
    // A second app on the same database with another zone: the value comes from the configuration.
    const app = await buildApp({ database: t.database, config: { ...testConfig(), timeZone: 'Asia/Urumqi' }, logger: false });
    try {
      const user = await buildAccount(t.db, tree.branchA1, []);
      expect((await get(user.cookie, '/api/auth/me')).json().timeZone).toBe(testConfig().timeZone);
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: TEST_PASSWORD } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().timeZone).toBe('Asia/Urumqi');
      const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie } });
      expect(me.json().timeZone).toBe('Asia/Urumqi');
    } finally {
      await app.close();
    }
  });
});
