// Acceptance of issue 4's figures: the demo's records of S1 东北工业集团, read through the API as s1admin,
// yield 73 集中学习研讨 across the 9 units by 2019-10-27, 三会一课 and 主题党日 in all 73 branches in
// Sept–Oct 2019, and 13 members present at 一东公司装配分厂党支部's 学习交流成果会 of 10-18. Nothing here
// is stored as a total: every number is computed by the records and compliance modules.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceTable } from '@xianfeng/shared/schemas/compliance';
import type { RecordDetail, RecordSummary, RecordsSummary } from '@xianfeng/shared/schemas/records';
import { buildApp } from '../app';
import { type Database, openDatabase } from '../db/client';
import { testConfig } from '../test/harness';
import { S1_RECORDS } from './records-s1-data';
import { S1 } from './s1';
import { DEMO_PASSWORD, seedDemo } from './scenarios';

// A fresh in-memory PGlite, as in demo.test.ts: the demo claims fixed codes and exact totals.
let database: Database;
let app: FastifyInstance;
const cookies = new Map<string, string>();
let rootId: number;
let branchId: number;

async function login(username: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  const session = res.cookies.find((c) => c.name === 'xf_session');
  return `xf_session=${session!.value}`;
}

async function get<T>(url: string, as = 's1admin', status = 200): Promise<T> {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: cookies.get(as)! } });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(status);
  return res.json() as T;
}

beforeAll(async () => {
  database = await openDatabase({});
  await database.migrate();
  await seedDemo(database.db);
  app = await buildApp({ database, config: testConfig(), logger: false });
  for (const user of ['s1admin', 's1secretary']) cookies.set(user, await login(user));
  const roots = await get<{ id: number; code: string | null }[]>('/api/orgs/roots');
  rootId = roots.find((r) => r.code === 'S1')!.id;
  const hits = await get<{ id: number; name: string }[]>(`/api/orgs/search?q=${encodeURIComponent(S1.assemblyBranch)}`);
  branchId = hits.find((h) => h.name === S1.assemblyBranch)!.id;
}, 180_000);

afterAll(async () => {
  await app?.close();
  await database?.close();
});

describe('S1 东北工业集团: figures of issue 4, computed from records', () => {
  it('counts 73 集中学习研讨 held across the 9 units by 2019-10-27', async () => {
    const by = S1_RECORDS.studySessionsBy;
    const s = await get<RecordsSummary>(`/api/records/summary?orgId=${rootId}&kind=study_session&to=${by}`);
    expect(s.total).toBe(73);
    expect(s.byKind).toEqual([expect.objectContaining({ kind: 'study_session', records: 73 })]);
    expect(s.own.records).toBe(0);
    // Every one of the 9 units held sessions, and theirs add up to the 73.
    expect(s.byChild).toHaveLength(9);
    expect(s.byChild.every((u) => u.orgType === 'committee' && u.records > 0)).toBe(true);
    expect(s.byChild.reduce((n, u) => n + u.records, 0)).toBe(73);

    // The list agrees with the summary, and "by 10-27" is a real limit: sessions went on afterwards.
    const list = await get<{ total: number; items: RecordSummary[] }>(
      `/api/records?orgId=${rootId}&kind=study_session&to=${by}&pageSize=200`,
    );
    expect(list.total).toBe(73);
    expect(list.items.every((r) => r.status === 'held' && r.heldOn <= by)).toBe(true);
    const all = await get<RecordsSummary>(`/api/records/summary?orgId=${rootId}&kind=study_session`);
    expect(all.total).toBeGreaterThan(73);
  });

  it('shows 三会一课 and 主题党日 in all 73 branches in Sept–Oct 2019', async () => {
    const table = await get<ComplianceTable>(`/api/compliance?orgId=${rootId}&from=2019-09&to=2019-10`);
    const cell = (kind: string) => {
      const column = table.columns.find((c) => c.kind === kind && c.orgType !== 'member');
      expect(column, kind).toBeDefined();
      return table.total.cells.find((c) => c.key === column!.key)!;
    };
    for (const kind of ['theme_party_day', 'branch_committee_meeting', 'branch_assembly', 'party_lecture']) {
      expect(cell(kind), kind).toMatchObject({ nodes: S1.branches, compliant: S1.branches });
    }
    // 党小组会 at every party group, monthly.
    const groups = cell('party_group_meeting');
    expect(groups.nodes).toBeGreaterThan(0);
    expect(groups.compliant).toBe(groups.nodes);
    expect(groups.periodsMet).toBe(groups.periodsDue);
    // Each of the 9 units is fully compliant, and so is the whole group.
    expect(table.children).toHaveLength(9);
    expect(table.children.every((row) => row.share === 1)).toBe(true);
    expect(table.total).toMatchObject({ share: 1 });

    // From the records themselves: each kind held by 73 distinct nodes, all of them branches.
    const kinds = 'branch_assembly,branch_committee_meeting,theme_party_day';
    const s = await get<RecordsSummary>(`/api/records/summary?orgId=${rootId}&kind=${kinds}&from=2019-09-01&to=2019-10-31`);
    expect(s.byKind.map((k) => [k.kind, k.nodes]).sort()).toEqual(kinds.split(',').map((k) => [k, S1.branches]));
  });

  it('shows the 2019-10-18 学习交流成果会 of 一东公司装配分厂党支部 with 13 members present', async () => {
    const { on, present, members } = S1_RECORDS.exchange;
    const list = await get<{ items: RecordSummary[] }>(`/api/records?orgId=${branchId}&from=${on}&to=${on}`);
    const found = list.items.filter((r) => r.kind === 'study_session' && r.topic.includes('学习交流'));
    expect(found).toHaveLength(1);
    const [summary] = found;
    expect(summary).toMatchObject({ heldOn: on, orgId: branchId, status: 'held' });
    expect(summary!.counts).toMatchObject({ listed: members, present });

    const record = await get<RecordDetail>(`/api/records/${summary!.id}`);
    expect(record.attendees).toHaveLength(members);
    expect(record.attendees.filter((a) => a.attendance === 'present')).toHaveLength(present);
    // Everyone else is marked, with a reason.
    const away = record.attendees.filter((a) => a.attendance !== 'present');
    expect(away.every((a) => a.reason)).toBe(true);
    expect(record.host).not.toBeNull();

    // The branch's secretary reads the same record, but nothing of the group above the branch.
    const mine = await get<RecordDetail>(`/api/records/${summary!.id}`, 's1secretary');
    expect(mine.attendees.filter((a) => a.attendance === 'present')).toHaveLength(present);
    await get(`/api/records/summary?orgId=${rootId}&kind=study_session`, 's1secretary', 404);
  });
});
