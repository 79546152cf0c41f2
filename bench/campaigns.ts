// `npm run bench:campaigns -- --units 5000 --members 50000 --attendance 100000 [--engine pglite|postgres] [--runs 20]`
// Issue 5's benchmark: a synthetic group with a year of records, then a campaign of 12 actions launched onto it
// (assignments made and reconciled with the records in one transaction: time, peak RSS), the progress matrix at
// the root (by second-level unit) and at a mid node, the key figures at the root, and a branch's to-do list.
// The campaign spans the records' window (from 2025-11), so record actions are partly satisfied at launch.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { generateSyntheticGroup, generateSyntheticRecords, rowsOf } from '../server/src/demo';
import { openBenchEngine } from './engine';
import { mb, memoryWatch, ms, timeRuns, figureTable, stageDots } from './stats';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '5000' },
    members: { type: 'string', default: '50000' },
    attendance: { type: 'string', default: '100000' },
    engine: { type: 'string', default: 'pglite' },
    runs: { type: 'string', default: '20' },
    'postgres-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const [units, members, attendance, runs] = [values.units, values.members, values.attendance, values.runs].map(Number) as [
  number,
  number,
  number,
  number,
];
const engine = values.engine!;
const ADMIN = { username: 'bench-admin', password: 'Bench@2026pass' };

const second = { targetTypes: ['committee'], targetDepth: 1 };
const upper = { targetTypes: ['committee', 'general_branch'] };
const branches = { targetTypes: ['branch'] };
/** 12 actions: 4 for the second-level committees, 2 for every committee and general branch, 6 for every branch. */
const ACTIONS = [
  { title: '制定工作方案', ...second, completion: 'documents', needsApproval: true, deadline: '2025-11-20' },
  {
    title: '理论中心组专题学习',
    ...second,
    completion: 'record_kind',
    recordKind: 'central_group_study',
    minCount: 2,
    deadline: '2026-06-30',
  },
  {
    title: '所属支部召开支委会',
    ...second,
    completion: 'record_kind',
    recordKind: 'branch_committee_meeting',
    recordScope: 'subtree',
    minCount: 100,
    deadline: '2026-09-30',
  },
  { title: '专项工作总结', ...second, completion: 'confirmation', deadline: '2026-12-31' },
  { title: '召开动员部署会', ...upper, completion: 'confirmation', deadline: '2025-11-30' },
  { title: '上报阶段性进展', ...upper, completion: 'documents', deadline: '2026-07-31' },
  {
    title: '主题党日',
    ...branches,
    completion: 'record_kind',
    recordKind: 'theme_party_day',
    minCount: 2,
    deadline: '2026-06-30',
  },
  {
    title: '支委会研究部署',
    ...branches,
    completion: 'record_kind',
    recordKind: 'branch_committee_meeting',
    minCount: 3,
    deadline: '2026-05-31',
  },
  { title: '书记讲党课', ...branches, completion: 'record_kind', recordKind: 'party_lecture', deadline: '2026-09-30' },
  {
    title: '专题组织生活会',
    ...branches,
    completion: 'record_kind',
    recordKind: 'organisational_life_meeting',
    deadline: '2026-12-31',
  },
  { title: '学习交流研讨', ...branches, completion: 'records', deadline: '2026-10-31' },
  { title: '提交学习心得', ...branches, completion: 'confirmation', needsApproval: true, deadline: '2026-11-30' },
];

const memory = memoryWatch();
const { database, drop } = await openBenchEngine(engine, values['postgres-url']!, 'xf_bench_campaigns');
const { lines, row } = figureTable(engine);
try {
  console.log(
    `Xianfeng campaigns benchmark — ${units.toLocaleString()} units, ${members.toLocaleString()} members, ≥ ${attendance.toLocaleString()} attendance rows, ${engine}, node ${process.version}`,
  );
  await database.migrate();
  let started = performance.now();
  const group = await generateSyntheticGroup(database.db, { units, members, seed: 7, admin: ADMIN, onProgress: stageDots() });
  const gen = await generateSyntheticRecords(database.db, { rootPath: group.rootPath, attendance, onProgress: stageDots() });
  console.log('');
  row(
    'group and records generation',
    `${((performance.now() - started) / 1000).toFixed(1)} s: ${gen.records.toLocaleString()} records, ${gen.from} – ${gen.to}`,
  );

  const config = loadConfig({ XIANFENG_DATA_DIR: '.tmp/bench-data', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const app = await buildApp({ database, config });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN });
  if (login.statusCode !== 200) throw new Error(`bench login failed: ${login.body}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await app.inject({ method, url, payload, headers: { cookie } });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 500)}`);
    return res.json();
  };

  const campaign = await call('POST', '/api/campaigns', {
    ownerOrgId: group.rootId,
    title: '合成集团专项工作（压测）',
    kind: 'special_work',
    periodStart: '2025-11-01',
    periodEnd: '2026-12-31',
  });
  for (const [i, a] of ACTIONS.entries()) await call('POST', `/api/campaigns/${campaign.id}/actions`, { ...a, sortOrder: i });
  memory.reset();
  started = performance.now();
  const launched = await call('POST', `/api/campaigns/${campaign.id}/launch`, { version: campaign.version });
  const launchMs = performance.now() - started;
  const [done] = await rowsOf<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from assignments where campaign_id = ${campaign.id} and satisfied_on is not null`,
  );
  row(
    `launch: ${ACTIONS.length} actions onto ${units.toLocaleString()} nodes, one transaction (insert + reconcile with the records)`,
    `${(launchMs / 1000).toFixed(1)} s: ${launched.assignments.toLocaleString()} assignments, ${done!.n.toLocaleString()} satisfied by records (peak RSS ${mb(memory.peak())})`,
  );

  // PostgreSQL's autovacuum analyzes the new assignments within a minute; PGlite has none (docs/benchmarks.md).
  await database.db.execute(sql`analyze assignments, assignment_evidence`);
  const get = (url: string) => () => call('GET', url);
  const [branchCount] = await rowsOf<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from orgs where parent_id = ${group.rootId}`,
  );
  const base = `/api/campaigns/${campaign.id}`;
  const measures: [string, string, number][] = [
    [
      `progress matrix at the root (${branchCount!.n.toLocaleString()} second-level rows × 12 actions), in-process`,
      `${base}/progress`,
      Math.min(runs, 10),
    ],
    ['progress matrix at the mid node, in-process', `${base}/progress?orgId=${group.midId}`, runs],
    ['key figures at the root, in-process', `${base}/figures?orgId=${group.rootId}`, Math.min(runs, 10)],
    ['key figures at the mid node, in-process', `${base}/figures?orgId=${group.midId}`, runs],
    ['to-do list of a branch, in-process', `/api/campaigns/todo?orgId=${group.branchId}`, runs],
  ];
  for (const [label, url, n] of measures) {
    const t = await timeRuns(get(url), n, 2);
    row(`${label} (p50 / p95)`, `${ms(t.p50)} / ${ms(t.p95)}`);
  }
  row('peak RSS of the server process', mb(memory.peak()));
  await app.close();
} finally {
  memory.stop();
  await database.close();
  await drop();
}
console.log(
  `\n| engine | measure (${units.toLocaleString()} units, ${members.toLocaleString()} members, ≥ ${attendance.toLocaleString()} attendance rows) | figure |\n|---|---|---|`,
);
console.log(lines.join('\n'));
