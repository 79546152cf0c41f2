// `npm run bench:records -- --units 5000 --members 100000 --attendance 500000 [--engine postgres|pglite] [--seconds 10]`
// Issue 4's benchmark: a synthetic group with a year of records and attendance, then compliance at the root
// and a mid node, a branch's meeting list and the record-a-meeting API under load (docs/benchmarks.md).
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
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
    members: { type: 'string', default: '100000' },
    attendance: { type: 'string', default: '500000' },
    engine: { type: 'string', default: 'postgres' },
    seconds: { type: 'string', default: '10' },
    runs: { type: 'string', default: '20' },
    'postgres-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const units = Number(values.units);
const members = Number(values.members);
const attendance = Number(values.attendance);
const seconds = Number(values.seconds);
const runs = Number(values.runs);
const engine = values.engine!;
const ADMIN = { username: 'bench-admin', password: 'Bench@2026pass' };
const autocannonBin = path.resolve(import.meta.dirname, '../node_modules/autocannon/autocannon.js');

/** POSTs `body` to `url` from a second process (autocannon) for `seconds` with 10 connections. */
async function loadPost(url: string, cookie: string, body: string) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      autocannonBin,
      '--json',
      '-d',
      String(seconds),
      '-c',
      '10',
      '-m',
      'POST',
      '-H',
      `cookie=${cookie}`,
      '-H',
      'content-type=application/json',
      '-b',
      body,
      url,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const r = JSON.parse(stdout);
  return {
    rps: r.requests.average as number,
    p99: r.latency.p99 as number,
    errors: (r.errors as number) + (r.non2xx as number),
    total: r.requests.total as number,
  };
}

const memory = memoryWatch();
const { database, drop } = await openBenchEngine(engine, values['postgres-url']!, 'xf_bench_records');
const { lines, row } = figureTable(engine);
try {
  console.log(
    `Xianfeng records benchmark — ${units.toLocaleString()} units, ${members.toLocaleString()} members, ≥ ${attendance.toLocaleString()} attendance rows, ${engine}, node ${process.version}`,
  );
  await database.migrate();
  let started = performance.now();
  const group = await generateSyntheticGroup(database.db, { units, members, seed: 7, admin: ADMIN, onProgress: stageDots() });
  console.log('');
  row('group generation', `${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  const gen = await generateSyntheticRecords(database.db, { rootPath: group.rootPath, attendance, onProgress: stageDots() });
  console.log('');
  row(
    'records generation',
    `${((performance.now() - started) / 1000).toFixed(1)} s: ${gen.records.toLocaleString()} records, ${gen.attendance.toLocaleString()} attendance rows, ${gen.from} – ${gen.to} (peak RSS ${mb(memory.peak())})`,
  );
  const [size] = await rowsOf<{ bytes: number }>(
    database.db,
    sql`select pg_total_relation_size('records') + pg_total_relation_size('record_attendees') as bytes`,
  );
  row('records + attendance tables with indexes', mb(Number(size?.bytes ?? 0)));

  const config = loadConfig({ XIANFENG_DATA_DIR: '.tmp/bench-data', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const app = await buildApp({ database, config });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN });
  if (login.statusCode !== 200) throw new Error(`bench login failed: ${login.body}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  const inject = (url: string) => async () => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res;
  };
  const window = `from=${gen.from}&to=${gen.to}`;
  const [branches] = await rowsOf<{ n: number }>(database.db, sql`select count(*)::int as n from orgs where type = 'branch'`);
  const measures: [string, string, number][] = [
    [
      `compliance table at the root (${branches?.n.toLocaleString()} branches × 12 months), in-process`,
      `/api/compliance?orgId=${group.rootId}&${window}`,
      Math.min(runs, 10),
    ],
    ['compliance table at the mid node, in-process', `/api/compliance?orgId=${group.midId}&${window}`, runs],
    ['compliance drill-down of a branch, in-process', `/api/compliance/node/${group.branchId}?${window}`, runs],
    ['participation at the mid node, in-process', `/api/participation?orgId=${group.midId}&${window}`, runs],
    ['a branch’s meeting list (first page), in-process', `/api/records?orgId=${group.branchId}&page=1&pageSize=20`, runs],
  ];
  for (const [label, url, n] of measures) {
    const t = await timeRuns(inject(url), n, 2);
    row(`${label} (p50 / p95)`, `${ms(t.p50)} / ${ms(t.p95)}`);
  }
  const compliance = (await inject(`/api/compliance?orgId=${group.rootId}&${window}`)()).json();
  row(
    'root: branches expected / compliant with every rule',
    `${compliance.total.nodes.toLocaleString()} / ${compliance.total.compliant.toLocaleString()}`,
  );

  // Record a meeting with 40 attendees at the largest branch, from a second process.
  const day = `${gen.to}-15`;
  // Synthetic branches average ~23 members: when none has 40, the largest branch's parent holds a 学习研讨.
  let target = { orgId: gen.largestBranchId, kind: 'theme_party_day', where: 'the largest branch' };
  if (gen.largestBranchMembers < 40) {
    const [parent] = await rowsOf<{ id: number; type: string }>(
      database.db,
      sql`select p.id, p.type from orgs o join orgs p on p.id = o.parent_id where o.id = ${gen.largestBranchId}`,
    );
    target = {
      orgId: Number(parent!.id),
      kind: 'study_session',
      where: `a ${parent!.type.replace('_', ' ')} (its subtree's members)`,
    };
  }
  const roll = (await inject(`/api/records/roll?orgId=${target.orgId}&on=${day}`)()).json() as { personId: number }[];
  const listed = roll.slice(0, 40);
  const body = JSON.stringify({
    orgId: target.orgId,
    kind: target.kind,
    topic: '主题党日（压测）',
    startsAt: `${day}T09:00:00+08:00`,
    studyHours: 2,
    attendance: listed.map((p) => ({ personId: p.personId, attendance: 'present' })),
  });
  const probe = await app.inject({
    method: 'POST',
    url: '/api/records',
    headers: { cookie, 'content-type': 'application/json' },
    payload: body,
  });
  if (probe.statusCode !== 201) throw new Error(`record-a-meeting probe: ${probe.statusCode} ${probe.body}`);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const load = await loadPost(`${base}/api/records`, cookie, body);
  row(
    `record-a-meeting API (POST /api/records, ${listed.length} attendees, at ${target.where}), ${seconds} s × 10 connections`,
    `${load.rps.toFixed(0)} req/s, p99 ${load.p99} ms, ${load.errors} errors`,
  );
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
