// Acceptance of issue 6's figures, read through the API from the demo's items: S1's 43 调研课题 (one per 班子成员 of
// the 9 units) and its 问题清单 — 361 problems collected by 2019-10-29, 185 of them 立行立改, more after — and S2's
// 600 我为群众办实事 over five categories, 20 at headquarters and the rest across 10 departments and 8 subsidiaries,
// with weekly progress. Every number is counted from ledger_items; the test recounts some in SQL on its own.
import { type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignSummary } from '@xianfeng/shared/schemas/campaigns';
import type { LedgerFigures } from '@xianfeng/shared/schemas/ledgerFigures';
import type { ItemDetail, ItemSummary, LedgerView } from '@xianfeng/shared/schemas/ledgers';
import { buildApp } from '../app';
import { type Database, openDatabase } from '../db/client';
import { testConfig } from '../test/harness';
import { rowsOf } from './bulk';
import { S1_CAMPAIGN } from './campaign-s1-data';
import { S1_LEDGERS } from './ledgers-s1-data';
import { PRACTICAL_CATEGORIES, S2_LEDGERS } from './ledgers-s2-data';
import { DEMO_PASSWORD, seedDemo } from './scenarios';

let database: Database;
let app: FastifyInstance;
const cookies = new Map<string, string>();
let campaignId: number;
let s1Root: number;
let s2Root: number;

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

async function login(username: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  return `xf_session=${res.cookies.find((c) => c.name === 'xf_session')!.value}`;
}

async function get<T>(url: string, as = 's1admin', status = 200): Promise<T> {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: cookies.get(as)! } });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(status);
  return res.json() as T;
}

const query = (params: Record<string, string | number | undefined>) =>
  Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
const figures = (params: Record<string, string | number | undefined>, as = 's1admin') =>
  get<LedgerFigures>(`/api/ledger-figures?${query(params)}`, as);
const problems = (asOf: string, orgId = s1Root) => figures({ orgId, campaignId, kind: 'problem', asOf });
const count = async (q: SQL) => Number((await rowsOf<{ n: number }>(database.db, q))[0]!.n);
const idOf = async (q: SQL) => Number((await rowsOf<{ id: number }>(database.db, q))[0]!.id);
const itemsOf = (kind: string) => sql`(select li.* from ledger_items li join ledgers l on l.id = li.ledger_id
  where l.campaign_id = ${campaignId} and li.kind = ${kind})`;

beforeAll(async () => {
  database = await openDatabase({});
  await database.migrate();
  await seedDemo(database.db);
  app = await buildApp({ database, config: testConfig(), logger: false });
  for (const user of ['s1admin', 's1secretary', 's2admin']) cookies.set(user, await login(user));
  const list = await get<Page<CampaignSummary>>('/api/campaigns?pageSize=100');
  const found = list.items.find((c) => c.title === S1_CAMPAIGN.title)!;
  campaignId = found.id;
  s1Root = found.ownerOrgId;
  s2Root = await idOf(sql`select id from orgs where code = 'S2'`);
}, 240_000);

afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('S1 东北工业集团: 调研课题 and 问题清单 of the 第二批主题教育', () => {
  it('keeps the two lists inside the campaign, owned by the group committee', async () => {
    const lists = await get<Page<LedgerView>>(`/api/ledgers?campaignId=${campaignId}`);
    expect(lists.items.map((l) => [l.kind, l.title, l.ownerOrgId]).sort()).toEqual(
      [
        ['problem', S1_LEDGERS.problemTitle, s1Root],
        ['research_topic', S1_LEDGERS.topicTitle, s1Root],
      ].sort(),
    );
    expect(lists.items.every((l) => l.campaignId === campaignId && l.can.manage)).toBe(true);
  });

  it('counts 43 research topics, one per leadership-team member of the 9 units', async () => {
    const f = await figures({ orgId: s1Root, campaignId, kind: 'research_topic' });
    expect(f.total).toBe(43);
    expect(f.byKind).toEqual([{ key: 'research_topic', items: 43 }]);
    // Per unit, as many topics as the unit's team has members.
    const teams = await rowsOf<{ id: number; n: number }>(
      database.db,
      sql`select o.id::int as id, count(*)::int as n from positions p join orgs o on o.id = p.org_id
        where o.parent_id = ${s1Root} and p.end_on is null and p.title in ('secretary', 'deputy_secretary', 'committee_member')
        group by o.id`,
    );
    expect(teams).toHaveLength(9);
    for (const t of teams) expect(f.byUnit.find((u) => u.orgId === t.id)?.total).toBe(t.n);

    const list = await get<Page<ItemSummary>>(
      `/api/ledger-items?${query({ kind: 'research_topic', orgId: s1Root, pageSize: 100 })}`,
    );
    expect(list.total).toBe(43);
    const details = await Promise.all(list.items.map((i) => get<ItemDetail>(`/api/ledger-items/${i.id}`)));
    const leaders = details.map((d) => Number(d.fields.leaderPersonId));
    expect(new Set(leaders).size).toBe(43);
    // Each leader sits on the team of the unit the topic belongs to, and owns it.
    const seated = await count(sql`select count(*) n from positions p where p.end_on is null
      and p.title in ('secretary', 'deputy_secretary', 'committee_member')
      and (p.person_id, p.org_id) in (select (x->>0)::bigint, (x->>1)::bigint
        from jsonb_array_elements(${JSON.stringify(details.map((d) => [d.fields.leaderPersonId, d.responsibleOrgId]))}::jsonb) x)`);
    expect(seated).toBe(43);
    expect(details.every((d) => d.responsiblePersonId === d.fields.leaderPersonId)).toBe(true);
    expect(details.every((d) => (d.fields.methods as string[]).length > 0)).toBe(true);
    // Registered in late September, the reports due before the unit's 调研成果交流会 (a record of organisational life).
    expect(details.every((d) => d.registeredOn >= '2019-09-16' && d.registeredOn <= '2019-09-30')).toBe(true);
    const lateDeadlines = await count(sql`select count(*) n from ${itemsOf('research_topic')} t
      where t.deadline >= (select min(r.held_on) from records r where r.org_id = t.responsible_org_id
        and r.kind = 'research_symposium' and r.status = 'held')`);
    expect(lateDeadlines).toBe(0);
  });

  it('shows 361 problems and 185 立行立改 as of 2019-10-29, and more on a later day', async () => {
    const f = await problems(S1_LEDGERS.problemsBy);
    expect(f).toMatchObject({ asOf: '2019-10-29', org: { id: s1Root, name: '东北工业集团党委' }, total: 361, fixedAtOnce: 185 });
    expect(f.byUnit.filter((u) => u.total > 0)).toHaveLength(9);
    expect(f.byUnit.reduce((n, u) => n + u.total, 0)).toBe(361);
    expect(f.byUnit.reduce((n, u) => n + u.fixedAtOnce, 0)).toBe(185);
    expect(f.byCategory.reduce((n, c) => n + c.items, 0)).toBe(361);
    expect(f.byCategory.length).toBeGreaterThanOrEqual(6);
    // 立行立改 were closed on their day; some rectifications were closed by then, most were under way.
    expect(f.closed).toBeGreaterThan(185);
    expect(f.open).toBe(361 - f.closed);

    const before = await problems('2019-10-28');
    expect(before.total).toBeLessThan(361);
    const later = await problems('2019-11-30');
    expect(later.total).toBeGreaterThan(361);
    expect(later.fixedAtOnce).toBeGreaterThan(185);
    expect(later.closed).toBeGreaterThan(f.closed);

    // The same figures, counted in SQL straight from the items.
    expect(await count(sql`select count(*) n from ${itemsOf('problem')} p where p.registered_on <= '2019-10-29'`)).toBe(361);
    expect(
      await count(sql`select count(*) n from ${itemsOf('problem')} p
        where p.registered_on <= '2019-10-29' and p.status = 'closed' and p.closed_on <= '2019-10-29'`),
    ).toBe(f.closed);
  });

  it('derives every problem from a research topic of its unit, with updates that match its status', async () => {
    const all = itemsOf('problem');
    const orphans = await count(sql`select count(*) n from ${all} p left join ledger_items t on t.id = p.parent_item_id
      where t.kind is distinct from 'research_topic' or p.fields->>'source' <> 'research_topic'
        or p.responsible_path not like (select path from orgs where id = t.responsible_org_id) || '%'
        or p.registered_on < t.registered_on`);
    expect(orphans).toBe(0);
    // 立行立改: closed on the day registered, with no deadline; the others carry one.
    expect(
      await count(sql`select count(*) n from ${all} p where p.fixed_at_once
        and (p.status <> 'closed' or p.closed_on <> p.registered_on or p.deadline is not null)`),
    ).toBe(0);
    expect(await count(sql`select count(*) n from ${all} p where not p.fixed_at_once and p.deadline is null`)).toBe(0);
    // A closed item has its 'close' update on its closed day; an open one none after its last request.
    const mismatched = await count(sql`select count(*) n from ${all} p where (p.status = 'closed') <>
      exists (select 1 from ledger_item_updates u where u.item_id = p.id and u.kind = 'close' and u.on = p.closed_on)`);
    expect(mismatched).toBe(0);
    expect(
      await count(sql`select count(*) n from ${all} p where p.status = 'close_requested' and not exists
        (select 1 from ledger_item_updates u where u.item_id = p.id and u.kind = 'close_request')`),
    ).toBe(0);
    expect(
      await count(sql`select count(*) n from ${all} p where p.status = 'extended' and not exists
        (select 1 from ledger_item_updates u where u.item_id = p.id and u.kind = 'extend' and u.new_deadline = p.deadline)`),
    ).toBe(0);
    // Statuses spread like a real list: closed on time and late, some still under way or awaiting 销号.
    const today = await figures({ orgId: s1Root, campaignId, kind: 'problem', asOf: '2026-11-01' });
    const status = Object.fromEntries(today.byStatus.map((s) => [s.key, s.items]));
    expect(status).toMatchObject({
      closed: expect.any(Number),
      in_progress: expect.any(Number),
      close_requested: expect.any(Number),
      extended: expect.any(Number),
    });
    const colours = Object.fromEntries(today.byColour.map((c) => [c.key, c.items]));
    expect(colours.closed_late).toBeGreaterThan(0);
    expect(colours.closed).toBeGreaterThan(colours.closed_late!);
  });

  it('shows a branch secretary only the problems of the branch, and no S2 figures to S1', async () => {
    const [branch] = await rowsOf<{ id: number; path: string }>(
      database.db,
      sql`select id::int as id, path from orgs where name = '一东公司装配分厂党支部'`,
    );
    await get(`/api/ledger-figures?orgId=${s1Root}&kind=problem`, 's1secretary', 404);
    const own = await figures({ orgId: branch!.id, kind: 'problem', campaignId, asOf: '2019-10-29' }, 's1secretary');
    expect(own.total).toBe(
      await count(sql`select count(*) n from ${itemsOf('problem')} p where p.responsible_path like ${branch!.path + '%'}
        and p.registered_on <= '2019-10-29'`),
    );
    await get(`/api/ledger-figures?orgId=${s2Root}&kind=practical_matter`, 's1admin', 404);
    await get(`/api/ledger-figures?orgId=${s1Root}&kind=problem`, 's2admin', 404);
  });
});

describe('S2 中国融通集团: 我为群众办实事 and the key tasks', () => {
  let ledger: LedgerView;
  beforeAll(async () => {
    const lists = await get<Page<LedgerView>>(`/api/ledgers?orgId=${s2Root}&kind=practical_matter`, 's2admin');
    ledger = lists.items.find((l) => l.title === S2_LEDGERS.practicalTitle)!;
  });

  it('has 600 items over the five categories, 20 at headquarters and the rest across 18 units', async () => {
    expect(ledger).toMatchObject({ ownerOrgId: s2Root, campaignId: null, categories: [...PRACTICAL_CATEGORIES] });
    const f = await figures({ orgId: s2Root, ledgerId: ledger.id }, 's2admin');
    expect(f.total).toBe(600);
    expect(f.byCategory.map((c) => c.key).sort()).toEqual([...PRACTICAL_CATEGORIES].sort());
    expect(f.byCategory.reduce((n, c) => n + c.items, 0)).toBe(600);
    expect(f.byUnit.find((u) => u.orgId === s2Root)?.total).toBe(20);

    // The 8 subsidiaries at the root; the 10 departments under the 直属机关党委.
    const hq = f.byUnit.find((u) => u.name === '集团总部直属机关党委')!;
    const subsidiaries = f.byUnit.filter((u) => u.orgId !== s2Root && u !== hq);
    expect(subsidiaries).toHaveLength(8);
    expect(subsidiaries.every((u) => u.total > 0)).toBe(true);
    const departments = (await figures({ orgId: hq.orgId, ledgerId: ledger.id }, 's2admin')).byUnit.filter(
      (u) => u.orgId !== hq.orgId,
    );
    expect(departments).toHaveLength(10);
    expect(departments.every((u) => u.total > 0)).toBe(true);
    expect(subsidiaries.length + departments.length).toBe(18);
    expect(20 + hq.total + subsidiaries.reduce((n, u) => n + u.total, 0)).toBe(600);
    expect(subsidiaries.reduce((n, u) => n + u.total, 0)).toBeGreaterThan(300);
    // Statuses spread, and each status is counted once.
    expect(f.byStatus.reduce((n, s) => n + s.items, 0)).toBe(600);
    expect(f.byStatus.map((s) => s.key).sort()).toEqual(['close_requested', 'closed', 'extended', 'in_progress']);
    expect(f.closedOnTime).toBeGreaterThan(f.closed - f.closedOnTime);
  });

  it('pages the list filtered by category', async () => {
    const f = await figures({ orgId: s2Root, ledgerId: ledger.id }, 's2admin');
    const army = f.byCategory.find((c) => c.key === '为军惠军')!.items;
    const seen = new Set<number>();
    const pageSize = 30;
    for (let page = 1; page <= Math.ceil(army / pageSize); page++) {
      const p = await get<Page<ItemSummary>>(
        `/api/ledger-items?${query({ ledgerId: ledger.id, category: '为军惠军', page, pageSize })}`,
        's2admin',
      );
      expect(p.total).toBe(army);
      expect(p.items.length).toBe(Math.min(pageSize, army - (page - 1) * pageSize));
      for (const i of p.items) {
        expect(i.category).toBe('为军惠军');
        seen.add(i.id);
      }
    }
    expect(seen.size).toBe(army);
  });

  it('gives each item a 2021 deadline, its source and phase, and weekly progress rising', async () => {
    const items = sql`(select * from ledger_items where ledger_id = ${ledger.id})`;
    expect(await count(sql`select count(*) n from ${items} i where i.deadline not between '2021-01-01' and '2021-12-31'`)).toBe(
      0,
    );
    expect(
      await count(sql`select count(*) n from ${items} i where i.fields->>'source' not in ('走下去听', '请上来讲', '坐下来议')
        or i.fields->>'phase' not in ('筹划部署', '组织实施', '检查验收') or coalesce(i.fields->>'beneficiaries', '') = ''`),
    ).toBe(0);
    // Weekly: consecutive progress updates of an item are 7 days apart, with the percent never falling.
    const steps = sql`(select u.item_id, u.on, u.progress, lag(u.on) over w as prev_on, lag(u.progress) over w as prev
      from ledger_item_updates u join ${items} i on i.id = u.item_id where u.kind = 'progress' window w as (partition by u.item_id order by u.on))`;
    expect(
      await count(
        sql`select count(*) n from ${steps} s where s.prev_on is not null and (s.on - s.prev_on <> 7 or s.progress < s.prev)`,
      ),
    ).toBe(0);
    expect(await count(sql`select count(*) n from ${steps} s`)).toBeGreaterThan(600 * 5);
    const detail = await get<ItemDetail>(
      `/api/ledger-items/${(await get<Page<ItemSummary>>(`/api/ledger-items?ledgerId=${ledger.id}&status=in_progress&pageSize=1`, 's2admin')).items[0]!.id}`,
      's2admin',
    );
    const weekly = detail.updates.filter((u) => u.kind === 'progress');
    expect(weekly.length).toBeGreaterThan(3);
    expect(detail.progress).toBe(weekly.at(-1)!.progress);
  });

  it('has the 19 aspects and 39 key tasks of the plan', async () => {
    const f = await figures({ orgId: s2Root, kind: 'key_task' }, 's2admin');
    expect(f.total).toBe(39);
    expect(f.byCategory).toHaveLength(19);
    await get(`/api/ledger-figures?orgId=${s2Root}&kind=key_task`, 's1admin', 404);
  });
});
