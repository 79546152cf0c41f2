import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/harness';
import { buildAccount } from '../accounts/accounts.factory';
import { buildTree } from '../orgs/orgs.factory';
import { notify } from './index';

describe('notifications API', () => {
  let t: Awaited<ReturnType<typeof testApp>>;
  let alice: Awaited<ReturnType<typeof buildAccount>>;
  let bob: Awaited<ReturnType<typeof buildAccount>>;
  beforeAll(async () => {
    t = await testApp();
    const tree = await buildTree(t.db);
    alice = await buildAccount(t.db, tree.branchA1, ['member']);
    bob = await buildAccount(t.db, tree.branchB1, ['member']);
    for (const topic of ['一', '二', '三'])
      await notify(t.db, [alice.personId], { kind: 'record.cancelled', title: topic, link: '/records/1', params: { topic, kind: { zh: '党课', en: 'Party lecture' }, when: '2099-01-01 09:00' } });
  });
  const get = (cookie: string, url: string, lang = 'zh-CN') => t.app.inject({ method: 'GET', url, headers: { cookie, 'accept-language': lang } });
  const post = (cookie: string, url: string) => t.app.inject({ method: 'POST', url, payload: {}, headers: { cookie } });

  it('lists mine only, newest first, paginated, with the unread count, in my language', async () => {
    const page = (await get(alice.cookie, '/api/notifications?pageSize=2')).json();
    expect(page).toMatchObject({ total: 3, unread: 3, page: 1, pageSize: 2 });
    expect(page.items.map((n: { title: string }) => n.title)).toEqual(['三', '二']);
    expect(page.items[0].message).toBe('党课“三”（原定 2099-01-01 09:00）已取消。');
    expect((await get(alice.cookie, '/api/notifications', 'en-US')).json().items[0].message).toBe('The Party lecture "三" (planned for 2099-01-01 09:00) was cancelled.');
    expect((await get(bob.cookie, '/api/notifications')).json()).toMatchObject({ total: 0, unread: 0 });
  });

  it('marks one read (404 for someone else’s), then all', async () => {
    const [first] = (await get(alice.cookie, '/api/notifications')).json().items;
    expect((await post(bob.cookie, `/api/notifications/${first.id}/read`)).statusCode).toBe(404);
    const read = await post(alice.cookie, `/api/notifications/${first.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await get(alice.cookie, '/api/notifications?unread=true')).json()).toMatchObject({ total: 2, unread: 2 });
    expect((await post(alice.cookie, '/api/notifications/read-all')).json()).toEqual({ updated: 2 });
    expect((await get(alice.cookie, '/api/notifications')).json()).toMatchObject({ total: 3, unread: 0 });
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });
});
