// Acceptance of issue 5's figures: the demo's S1 campaign (第二批主题教育 of 东北工业集团), read through the API
// as s1admin, shows for 2019-10-29 the figures of the article — 9 units, 方案 and 领导小组 in all 9, 动员部署会
// in all 9 before 09-24, 学习交流研讨会 in all 9 before 10-22, 73 集中学习研讨 by 10-27, 8 units' 调研成果交流会,
// 7 units' 专题党课, 2 units' 找差距专题会 — and for an earlier day the figures of that day, which this test
// recomputes from the demo's records on its own. Every number is computed from records, documents and assignments.
import { type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignFigures, CampaignSummary, ProgressMatrix } from '@xianfeng/shared/schemas/campaigns';
import { buildApp } from '../app';
import { type Database, openDatabase } from '../db/client';
import { diskFileStore } from '../modules/records';
import { testConfig } from '../test/harness';
import { rowsOf } from './bulk';
import { ACTIONS, type ActionKey, S1_CAMPAIGN } from './campaign-s1-data';
import { GUIDANCE } from './records-s1-data';
import { S1 } from './s1';
import { DEMO_PASSWORD, seedDemo } from './scenarios';

let database: Database;
let app: FastifyInstance;
const cookies = new Map<string, string>();
let campaignId: number;
let rootId: number;
let rootPath: string;

async function login(username: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  return `xf_session=${res.cookies.find((c) => c.name === 'xf_session')!.value}`;
}

async function get<T>(url: string, as = 's1admin', status = 200): Promise<T> {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: cookies.get(as)! } });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(status);
  return (res.headers['content-type']?.toString().includes('json') ? res.json() : res.rawPayload) as T;
}

const figures = (asOf?: string, orgId?: number, as = 's1admin') =>
  get<CampaignFigures>(`/api/campaigns/${campaignId}/figures?${asOf ? `asOf=${asOf}` : ''}${orgId ? `&orgId=${orgId}` : ''}`, as);
const titleOf = (key: ActionKey) => ACTIONS.find((a) => a.key === key)!.title;
const action = (f: CampaignFigures, key: ActionKey) => f.actions.find((a) => a.title === titleOf(key))!;
const count = async (query: SQL) => Number((await rowsOf<{ n: number }>(database.db, query))[0]!.n);
/** Units (children of the root) that held a record matching `where` at their own node by `day`. */
const unitsHeld = (where: SQL, day: string) =>
  count(sql`select count(distinct r.org_id) n from records r join orgs o on o.id = r.org_id
    where o.parent_id = ${rootId} and r.status = 'held' and r.held_on between ${S1_CAMPAIGN.periodStart} and ${day} and ${where}`);

beforeAll(async () => {
  // A fresh in-memory PGlite, as in demo.test.ts; documents go to the test configuration's file store.
  const config = testConfig();
  database = await openDatabase({});
  await database.migrate();
  await seedDemo(database.db, { files: diskFileStore(config.filesDir) });
  app = await buildApp({ database, config, logger: false });
  for (const user of ['s1admin', 's1secretary']) cookies.set(user, await login(user));
  const list = await get<{ items: CampaignSummary[] } | CampaignSummary[]>('/api/campaigns');
  const found = (Array.isArray(list) ? list : list.items).find((c) => c.title === S1_CAMPAIGN.title)!;
  expect(found).toMatchObject({
    status: 'launched',
    periodStart: '2019-09-16',
    periodEnd: '2019-12-31',
    ownerName: '东北工业集团党委',
  });
  campaignId = found.id;
  rootId = found.ownerOrgId;
  rootPath = (await rowsOf<{ path: string }>(database.db, sql`select path from orgs where id = ${rootId}`))[0]!.path;
}, 240_000);

afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('S1 东北工业集团 第二批主题教育: the campaign page of issue 5', () => {
  it('shows the figures of 2019-10-29 and the 73 study sessions of 10-27', async () => {
    const f = await figures('2019-10-29');
    expect(f).toMatchObject({ campaignId, asOf: '2019-10-29', org: { id: rootId, name: '东北工业集团党委' } });
    for (const a of ACTIONS) expect(action(f, a.key).units, a.title).toBe(a.targets === 'branches' ? S1.branches : 9);
    for (const key of ['plan', 'team', 'schedule', 'mobilise', 'exchange'] as const)
      expect(action(f, key), titleOf(key)).toMatchObject({ done: 9, onTime: 9 });
    // 学习交流研讨会: each unit linked its own session.
    expect(action(f, 'exchange').records).toBe(9);
    expect(action(f, 'symposium')).toMatchObject({ done: 8, onTime: 8, records: 8 });
    expect(action(f, 'lecture')).toMatchObject({ done: 7, onTime: 7, records: 7 });
    expect(action(f, 'gap')).toMatchObject({ done: 2, onTime: 2, records: 2 });
    expect(action(f, 'themeDay')).toMatchObject({ done: S1.branches, onTime: S1.branches });
    expect(f.acknowledged).toEqual({ nodes: 9 + S1.branches, of: 9 + S1.branches });

    const by27 = await figures('2019-10-27');
    expect(by27.records.byKind.find((k) => k.kind === 'study_session')).toMatchObject({ records: 73 });
    expect(action(by27, 'study')).toMatchObject({ done: 9, onTime: 9, records: 73 });
    // And they went on after 10-27.
    expect(action(f, 'study').records).toBeGreaterThan(73);
  });

  it('shows an earlier day’s figures, the same as counted from the records of that day', async () => {
    const day = '2019-10-20';
    const f = await figures(day);
    const exchanges = await unitsHeld(sql`r.kind = 'study_session' and r.topic like '%学习交流研讨会'`, day);
    expect(exchanges).toBeGreaterThan(0);
    expect(exchanges).toBeLessThan(9);
    expect(action(f, 'exchange')).toMatchObject({ done: exchanges, onTime: exchanges, records: exchanges });
    const sessions =
      await count(sql`select count(*) n from records r where r.org_path like ${rootPath + '%'} and r.kind = 'study_session'
      and r.status = 'held' and r.held_on between ${S1_CAMPAIGN.periodStart} and ${day}`);
    expect(sessions).toBeLessThan(73);
    expect(action(f, 'study').records).toBe(sessions);
    expect(f.records.byKind.find((k) => k.kind === 'study_session')!.records).toBe(sessions);
    const summary = await get<{ total: number }>(
      `/api/records/summary?orgId=${rootId}&from=${S1_CAMPAIGN.periodStart}&to=${day}`,
    );
    expect(f.records.total).toBe(summary.total);
    for (const [key, kind] of [
      ['symposium', 'research_symposium'],
      ['lecture', 'party_lecture'],
    ] as const)
      expect(action(f, key).done, kind).toBe(await unitsHeld(sql`r.kind = ${kind}`, day));
    expect(action(f, 'gap').done).toBe(0);
    // The planning documents only: the research reports follow the 调研成果交流会 (10-21 and later).
    expect(f.documents).toBe(27);
    expect((await figures('2019-09-16')).acknowledged).toEqual({ nodes: 0, of: 9 + S1.branches });
    expect((await figures('2019-09-20')).acknowledged.nodes).toBe(
      await unitsHeld(sql`r.kind = 'mobilisation_meeting'`, '2019-09-20'),
    );
  });

  it('counts the research reports approved by the guidance group, one unit late', async () => {
    const end = await figures('2019-12-31');
    expect(action(end, 'research')).toMatchObject({ done: 9, onTime: 8, records: null });
    expect(end.documents).toBe(45);
    // 指导组参会: one visit per meeting with group guidance members among its guests.
    const attended = await count(sql`select count(distinct r.id) n from records r join record_guests g on g.record_id = r.id
      where r.org_path like ${rootPath + '%'} and r.status = 'held' and r.held_on <= '2019-12-31'
        and g.name = any(${sql.param(GUIDANCE.map((x) => x.name))}::text[])`);
    expect(end.visits).toBe(attended);
    expect(end.records.attendees).toBeGreaterThan(1000);
  });

  it('agrees with the progress matrix of today', async () => {
    const [f, m] = [await figures(), await get<ProgressMatrix>(`/api/campaigns/${campaignId}/progress`)];
    expect(m.rows.filter((r) => !r.self)).toHaveLength(9);
    for (const t of m.totals) {
      const a = f.actions.find((x) => x.actionId === t.actionId)!;
      expect({ units: t.total, done: t.done, onTime: t.done - t.doneLate }, a.title).toEqual({
        units: a.units,
        done: a.done,
        onTime: a.onTime,
      });
    }
    // 找差距专题会: 7 units never held it — overdue ever since.
    const gap = m.totals.find((t) => t.actionId === action(f, 'gap').actionId)!;
    expect(gap).toMatchObject({ done: 2, overdue: 7 });
  });

  it('serves the units’ documents as Word files', async () => {
    const docs = await get<{ items: { id: number; fileName: string; mime: string }[]; total: number }>(
      `/api/campaigns/${campaignId}/documents?pageSize=100`,
    );
    expect(docs.total).toBe(45);
    const body = await get<Buffer>(`/api/campaign-documents/${docs.items[0]!.id}/file`);
    expect(body.subarray(0, 2).toString()).toBe('PK');
    expect(docs.items[0]!.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('keeps the group’s figures from a branch secretary, who sees the branch’s own', async () => {
    await get(`/api/campaigns/${campaignId}/figures`, 's1secretary', 404);
    await get(`/api/campaigns/${campaignId}/figures?orgId=${rootId}`, 's1secretary', 404);
    const [branch] = await rowsOf<{ id: number }>(database.db, sql`select id from orgs where name = ${S1.assemblyBranch}`);
    const own = await figures('2019-10-29', Number(branch!.id), 's1secretary');
    expect(action(own, 'themeDay')).toMatchObject({ units: 1, done: 1 });
    expect(action(own, 'plan').units).toBe(0);
  });
});
