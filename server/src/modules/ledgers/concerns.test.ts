import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_ALPHABET } from '@xianfeng/shared/schemas/concerns';
import { todayIn } from '../../core/time';
import { buildAccount } from '../accounts/accounts.factory';
import { notifications } from '../notifications/notifications.schema';
import { PUBLIC_LIMITS } from './concerns.public.routes';
import { concerns, ledgerItems } from './ledgers.schema';
import { ledgersKit, type LedgersKit } from './ledgers.testkit';

const today = () => todayIn('Asia/Shanghai');
const later = (days: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const FOLLOW = new RegExp(`^[${FOLLOW_ALPHABET}]{10}$`);

describe('concerns (急难愁盼): public channel, submission, follow page, triage', () => {
  let k: LedgersKit;
  let staffB: string;
  let staffAPerson: number;
  let staffRootPerson: number;
  let matters: { id: number; version: number };
  /** Public requests: no cookie, from an address of the test's own so the rate limits stay apart. */
  const anon = (method: 'GET' | 'POST', url: string, payload?: object, o: { ip?: string; lang?: string } = {}) =>
    k.app.inject({
      method,
      url,
      payload,
      remoteAddress: o.ip ?? '10.0.0.1',
      headers: o.lang ? { 'accept-language': o.lang } : {},
    });
  /** The node's channel: opened here, or the one an earlier test opened. */
  const openChannel = async (orgId: number, cookie = k.staffA) => {
    const r = await k.inject(cookie, 'POST', '/api/concern-channels', { orgId });
    if (r.statusCode === 201) return r.json();
    const page = (await k.inject(cookie, 'GET', `/api/concern-channels?orgId=${orgId}`)).json();
    return page.items.find((c: { orgId: number }) => c.orgId === orgId);
  };
  const submit = async (token: string, body: object = {}, ip?: string) => {
    const r = await anon('POST', `/api/public/concerns/${token}`, { text: '食堂晚餐供应时间太早，夜班职工吃不上热饭', ...body }, { ip });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().followCode as string;
  };
  const concernIdOf = async (followCode: string) =>
    (await k.db.select().from(concerns).where(eq(concerns.followCode, followCode)))[0]!;

  beforeAll(async () => {
    k = await ledgersKit();
    staffB = (await buildAccount(k.db, k.tree.unitB, ['org_staff'])).cookie;
    const a = await buildAccount(k.db, k.tree.unitA, ['org_staff']);
    const root = await buildAccount(k.db, k.tree.root, ['org_staff']);
    [staffAPerson, staffRootPerson] = [a.personId, root.personId];
    k.staffA = a.cookie;
    k.staffRoot = root.cookie;
    matters = (
      await k.inject(k.staffA, 'POST', '/api/ledgers', {
        ownerOrgId: k.tree.unitA.id,
        kind: 'practical_matter',
        title: '我为群众办实事清单',
        categories: ['服务基层', '关爱员工'],
      })
    ).json();
  });

  it('opens one channel per node for its managers; secretaries may not, other subtrees do not see it', async () => {
    expect((await k.inject(k.secretaryA1, 'POST', '/api/concern-channels', { orgId: k.tree.branchA1.id })).statusCode).toBe(403);
    expect((await k.inject(staffB, 'POST', '/api/concern-channels', { orgId: k.tree.branchA1.id })).statusCode).toBe(404);
    const r = await k.inject(k.staffA, 'POST', '/api/concern-channels', { orgId: k.tree.branchA1.id });
    expect(r.statusCode).toBe(201);
    const channel = r.json();
    expect(channel).toMatchObject({ orgId: k.tree.branchA1.id, enabled: true, version: 1, can: { manage: true } });
    expect(channel.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(channel.path).toBe(`/concern/${channel.token}`);
    expect((await k.auditOf('concernChannel.open', channel.id)).length).toBe(1);
    const again = await k.inject(k.staffA, 'POST', '/api/concern-channels', { orgId: k.tree.branchA1.id });
    expect([again.statusCode, again.json().error]).toEqual([409, 'CONFLICT']);

    const listed = (id: string) => k.inject(id, 'GET', `/api/concern-channels?orgId=${k.tree.branchA1.id}`).then((x) => x.json());
    expect((await listed(k.staffA)).items.map((c: { id: number }) => c.id)).toEqual([channel.id]);
    expect((await listed(k.secretaryA1)).items).toMatchObject([{ id: channel.id, can: { manage: false } }]);
    expect((await k.inject(k.secretaryB1, 'GET', '/api/concern-channels')).json().items).toEqual([]);
    expect((await k.inject(k.secretaryA1, 'PATCH', `/api/concern-channels/${channel.id}`, { version: 1, enabled: false })).statusCode).toBe(
      403,
    );
    expect((await k.inject(staffB, 'PATCH', `/api/concern-channels/${channel.id}`, { version: 1, enabled: false })).statusCode).toBe(404);
  });

  it('shows the node and its 办实事 categories without an account, takes a concern and answers a follow code', async () => {
    const channel = await openChannel(k.tree.branchA2.id);
    const page = await anon('GET', `/api/public/concerns/channel/${channel.token}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toEqual({ orgName: k.tree.branchA2.name, categories: ['服务基层', '关爱员工'] });

    const r = await anon('POST', `/api/public/concerns/${channel.token}`, {
      text: '  厂区到地铁站没有班车，下夜班回家困难  ',
      submitterName: '王师傅',
      contact: '13900001111',
      category: '关爱员工',
    });
    expect(r.statusCode).toBe(201);
    const { followCode } = r.json();
    expect(followCode).toMatch(FOLLOW);
    const row = await concernIdOf(followCode);
    expect(row).toMatchObject({
      orgId: k.tree.branchA2.id,
      orgPath: k.tree.branchA2.path,
      text: '厂区到地铁站没有班车，下夜班回家困难',
      submitterName: '王师傅',
      contact: '13900001111',
      category: '关爱员工',
      status: 'new',
    });
    const audit = await k.auditOf('concern.submit', row.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ accountId: null, orgId: k.tree.branchA2.id });

    // One notification, to the nearest managers of the node (unit A's staff), not to the root's.
    const heard = (personId: number) =>
      k.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.personId, personId), eq(notifications.kind, 'concern.submitted')));
    const forA = (await heard(staffAPerson)).filter((n) => n.link === `/concerns?id=${row.id}`);
    expect(forA).toHaveLength(1);
    expect((await heard(staffRootPerson)).filter((n) => n.link === `/concerns?id=${row.id}`)).toHaveLength(0);
    const mine = (await k.inject(k.staffA, 'GET', '/api/notifications')).json();
    expect(mine.items.find((n: { link: string }) => n.link === `/concerns?id=${row.id}`).message).toContain(k.tree.branchA2.name);
  });

  it('validates the submission in the caller’s language, and refuses unknown, disabled and renewed links', async () => {
    const channel = await openChannel(k.tree.groupA1.id);
    const url = `/api/public/concerns/${channel.token}`;
    let r = await anon('POST', url, { text: '   ' });
    expect(r.statusCode).toBe(400);
    expect(r.json().details[0]).toEqual({ field: 'text', message: '请填写您的诉求。' });
    r = await anon('POST', url, { text: '' }, { lang: 'en-US' });
    expect(r.json().details[0].message).toBe('Describe your concern.');
    r = await anon('POST', url, { text: '长'.repeat(2001), contact: 'x'.repeat(101) });
    expect(r.json().details.map((d: { field: string }) => d.field).sort()).toEqual(['contact', 'text']);
    r = await anon('POST', url, { text: '路灯坏了', category: '为军惠军' });
    expect([r.statusCode, r.json().message]).toEqual([400, '该类别不在可选类别中。']);

    const unknown = await anon('GET', '/api/public/concerns/channel/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect([unknown.statusCode, unknown.json().message]).toEqual([404, '该二维码或链接已失效，请向所在单位索取新的二维码。']);

    const off = await k.inject(k.staffA, 'PATCH', `/api/concern-channels/${channel.id}`, { version: 1, enabled: false });
    expect(off.json()).toMatchObject({ enabled: false, version: 2 });
    expect((await anon('GET', `/api/public/concerns/channel/${channel.token}`)).statusCode).toBe(404);
    expect((await anon('POST', url, { text: '路灯坏了' })).statusCode).toBe(404);
    expect((await k.inject(k.staffA, 'PATCH', `/api/concern-channels/${channel.id}`, { version: 1, enabled: true })).statusCode).toBe(409);
    await k.inject(k.staffA, 'PATCH', `/api/concern-channels/${channel.id}`, { version: 2, enabled: true });
    const renewed = (await k.inject(k.staffA, 'POST', `/api/concern-channels/${channel.id}/regenerate`, { version: 3 })).json();
    expect(renewed.token).not.toBe(channel.token);
    expect((await anon('POST', url, { text: '路灯坏了' })).statusCode).toBe(404);
    expect((await anon('POST', `/api/public/concerns/${renewed.token}`, { text: '路灯坏了' })).statusCode).toBe(201);
    expect(await k.auditOf('concernChannel.regenerate', channel.id)).toHaveLength(1);
    expect(await k.auditOf('concernChannel.update', channel.id)).toHaveLength(2);
  });

  it('accepts a concern into a 办实事 item in one step; the follow page shows the item and nothing personal', async () => {
    const channel = await openChannel(k.tree.branchA1.id);
    const code = await submit(channel.token, { submitterName: '李桂兰', contact: '13800002222', category: '关爱员工' });
    const c = await concernIdOf(code);

    // The follow page before a decision: typed as written down (lower case, a dash), no name, no contact, no ids.
    const dashed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    let f = await anon('GET', `/api/public/concerns/follow/${dashed}`);
    expect(f.json()).toEqual({
      status: 'new',
      orgName: k.tree.branchA1.name,
      submittedOn: today(),
      decidedOn: null,
      reason: null,
      item: null,
    });

    // Staff see it with the submitter's details; other subtrees do not.
    const list = (await k.inject(k.staffA, 'GET', `/api/concerns?status=new&orgId=${k.tree.branchA1.id}&q=夜班`)).json();
    expect(list.items.map((x: { id: number }) => x.id)).toContain(c.id);
    expect(list.items.find((x: { id: number }) => x.id === c.id)).toMatchObject({
      submitterName: '李桂兰',
      contact: '13800002222',
      can: { decide: true },
    });
    expect((await k.inject(k.secretaryA1, 'GET', `/api/concerns/${c.id}`)).json().can).toEqual({ decide: false });
    expect((await k.inject(k.secretaryB1, 'GET', '/api/concerns')).json().items.map((x: { id: number }) => x.id)).not.toContain(c.id);

    // The lists it may go into: unit A's 办实事 list, not the problem list nor unit B's; none for a secretary.
    const usable = (cookie: string) => k.inject(cookie, 'GET', `/api/concerns/${c.id}/ledgers`).then((x) => x.json());
    expect((await usable(k.staffA)).map((l: { id: number }) => l.id)).toEqual([matters.id]);
    expect(await usable(k.secretaryA1)).toEqual([]);
    expect((await k.inject(staffB, 'GET', `/api/concerns/${c.id}/ledgers`)).statusCode).toBe(404);

    const accept = (cookie: string, body: object = {}) =>
      k.inject(cookie, 'POST', `/api/concerns/${c.id}/accept`, {
        version: 1,
        ledgerId: matters.id,
        responsibleOrgId: k.tree.branchA1.id,
        deadline: later(30),
        ...body,
      });
    // Refusals: another subtree, a secretary, a list of another kind or outside the node's line, a bad category.
    expect((await accept(staffB)).statusCode).toBe(404);
    expect((await accept(k.secretaryA1)).statusCode).toBe(403);
    const problems = await k.problemList();
    expect((await accept(k.staffA, { ledgerId: problems.id })).json().message).toBe('只能转入“我为群众办实事”清单。');
    const matB = (
      await k.inject(k.staffRoot, 'POST', '/api/ledgers', { ownerOrgId: k.tree.unitB.id, kind: 'practical_matter', title: 'B' })
    ).json();
    expect((await accept(k.staffRoot, { ledgerId: matB.id })).statusCode).toBe(400);
    expect((await accept(k.staffA, { category: '为军惠军' })).statusCode).toBe(400);
    expect((await accept(k.staffA, { responsibleOrgId: k.tree.branchB1.id })).statusCode).toBe(404);
    expect((await accept(k.staffA, { version: 2 })).json().error).toBe('VERSION_CONFLICT');
    // Nothing of the refused attempts stayed behind: the item and the decision are one transaction.
    expect(await k.db.select().from(ledgerItems).where(eq(ledgerItems.ledgerId, matters.id))).toHaveLength(0);

    const r = await accept(k.staffA);
    expect(r.statusCode).toBe(200);
    const decided = r.json();
    expect(decided).toMatchObject({ status: 'accepted', version: 2, can: { decide: false }, itemTitle: '食堂晚餐供应时间太早，夜班职工吃不上热饭' });
    const [item] = await k.db.select().from(ledgerItems).where(eq(ledgerItems.id, decided.itemId));
    expect(item).toMatchObject({
      ledgerId: matters.id,
      kind: 'practical_matter',
      category: '关爱员工',
      responsibleOrgId: k.tree.branchA1.id,
      deadline: later(30),
      status: 'registered',
      fields: { source: 'employee_submission' },
    });
    expect(await k.auditOf('concern.accept', c.id)).toHaveLength(1);
    expect(await k.auditOf('ledgerItem.create', item!.id)).toHaveLength(1);

    // Decided twice: 409, whoever tries.
    const twice = await accept(k.staffA, { version: 2 });
    expect([twice.statusCode, twice.json().error]).toEqual([409, 'CONFLICT']);
    expect((await k.inject(k.staffA, 'POST', `/api/concerns/${c.id}/reject`, { version: 2, reason: '重复' })).statusCode).toBe(409);

    // The branch reports progress; the follow page shows the item's state and no people.
    await k.inject(k.secretaryA1, 'POST', `/api/ledger-items/${item!.id}/progress`, { version: 1, text: '已与食堂协商', percent: 50 });
    f = await anon('GET', `/api/public/concerns/follow/${code}`);
    expect(f.json()).toEqual({
      status: 'accepted',
      orgName: k.tree.branchA1.name,
      submittedOn: today(),
      decidedOn: today(),
      reason: null,
      item: {
        title: '食堂晚餐供应时间太早，夜班职工吃不上热饭',
        status: 'in_progress',
        colour: 'on_track',
        deadline: later(30),
        progress: 50,
        responsibleName: k.tree.branchA1.name,
        closedOn: null,
      },
    });
    // toEqual above admits no other key (no ids); and neither the name nor the contact appears anywhere.
    for (const personal of ['李桂兰', '13800002222']) expect(f.body).not.toContain(personal);
  });

  it('rejects with a reason the submitter sees; an empty reason is refused', async () => {
    const channel = await openChannel(k.tree.unitB.id, k.staffRoot);
    const code = await submit(channel.token, { text: '希望增加年假天数' });
    const c = await concernIdOf(code);
    const reject = (cookie: string, body: object) => k.inject(cookie, 'POST', `/api/concerns/${c.id}/reject`, { version: 1, ...body });
    const empty = await reject(staffB, { reason: '  ' });
    expect([empty.statusCode, empty.json().details[0].message]).toEqual([400, '请填写不予受理的理由（提交人可以看到）。']);
    expect((await reject(k.staffA, { reason: '不属于本单位' })).statusCode).toBe(404);
    const r = await reject(staffB, { reason: '年休假天数由国家规定，已向职工说明政策' });
    expect(r.json()).toMatchObject({ status: 'rejected', reason: '年休假天数由国家规定，已向职工说明政策', itemId: null });
    expect(await k.auditOf('concern.reject', c.id)).toHaveLength(1);
    const f = (await anon('GET', `/api/public/concerns/follow/${code}`)).json();
    expect(f).toMatchObject({ status: 'rejected', reason: '年休假天数由国家规定，已向职工说明政策', item: null, decidedOn: today() });
    expect((await anon('GET', '/api/public/concerns/follow/2222233333')).statusCode).toBe(404);
    const bad = await anon('GET', '/api/public/concerns/follow/O0I1', undefined, { lang: 'en-US' });
    expect([bad.statusCode, bad.json().details[0].message]).toEqual([400, 'A follow code has 10 letters and digits, e.g. 7KQ2M-XD4PA.']);
  });

  it('limits submissions per address, and other addresses are not affected', async () => {
    const { token } = await openChannel(k.tree.unitA.id);
    const codes = [];
    for (let i = 0; i < PUBLIC_LIMITS.submit.max; i++) codes.push(await submit(token, { text: `诉求${i}` }, '10.9.9.9'));
    expect(codes.every((c) => FOLLOW.test(c))).toBe(true);
    const over = await anon('POST', `/api/public/concerns/${token}`, { text: '再来一条' }, { ip: '10.9.9.9' });
    expect([over.statusCode, over.json().error]).toEqual([429, 'RATE_LIMITED']);
    expect((await anon('POST', `/api/public/concerns/${token}`, { text: '再来一条' }, { ip: '10.9.9.10' })).statusCode).toBe(201);
  });
});
