import { describe, expect, it } from 'vitest';
import { openDatabase } from './db/client';
import { installFirstAdmin } from './install';
import { buildApp } from './app';
import { testConfig } from './test/harness';

describe('a real installation', () => {
  it('creates the top committee and an admin who must change the printed password', async () => {
    const database = await openDatabase({});
    await database.migrate();
    const lines = await installFirstAdmin(database, { rootName: '测试集团党委', timeZone: 'Asia/Shanghai' });
    const password = /temporary password: (\S+)/.exec(lines.join('\n'))![1]!;
    const app = await buildApp({ database, config: testConfig() });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password } });
    expect(login.statusCode).toBe(200);
    expect(login.json().mustChangePassword).toBe(true);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const roots = (await app.inject({ method: 'GET', url: '/api/orgs/roots', headers: { cookie } })).json();
    expect(roots.map((r: { name: string }) => r.name)).toEqual(['测试集团党委']);
    const audit = (await app.inject({ method: 'GET', url: `/api/audit?orgId=${roots[0].id}`, headers: { cookie } })).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['person.create', 'account.create', 'auth.login']));
    await app.close();
    await database.close();
  });
});
