// `npm run bench:ledgers -- --units 5000 --members 50000 --items 200000 [--engine pglite|postgres] [--runs 20]
//   [--root-runs 10] [--import-rows 10000] [--escalation] [--keep]`
// Issue 6's benchmark: a synthetic group and its ledgers (清单, generateSyntheticLedgers: items over two years), then
// the figures at the root and a mid node, a filtered list page (first and last), an export of a filtered list and an
// import of 10,000 rows from .xlsx when the module offers them, and the plans of the figures and list queries.
// --escalation then times the hourly escalation pass (督办阶梯) over the group (it writes a step per overdue item).
// --keep leaves the PostgreSQL database in place (for trying indexes by hand); drop it afterwards.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import type { Ctx } from '../server/src/core/context';
import { todayIn } from '../server/src/core/time';
import type { Database, Db } from '../server/src/db/client';
import * as schema from '../server/src/db/schema';
import { generateSyntheticGroup, generateSyntheticLedgers, rowsOf } from '../server/src/demo';
import { loadActor } from '../server/src/modules/accounts';
import { escalateOverdueItems } from '../server/src/modules/ledgers';
import { ledgerFigures } from '../server/src/modules/ledgers/figures.service';
import { listItems } from '../server/src/modules/ledgers/items.service';
import { openBenchEngine } from './engine';
import { ledgerImportStage } from './ledgers-import';
import { mb, memoryWatch, ms, timeRuns, figureTable, stageDots } from './stats';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '5000' },
    members: { type: 'string', default: '50000' },
    items: { type: 'string', default: '200000' },
    'import-rows': { type: 'string', default: '10000' },
    engine: { type: 'string', default: 'pglite' },
    runs: { type: 'string', default: '20' },
    /** The root's figures read every item: fewer runs there (10 at most by default). */
    'root-runs': { type: 'string' },
    keep: { type: 'boolean', default: false },
    escalation: { type: 'boolean', default: false },
    'postgres-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const [units, members, items, importRows, runs] = [
  values.units,
  values.members,
  values.items,
  values['import-rows'],
  values.runs,
].map(Number) as [number, number, number, number, number];
const engine = values.engine!;
const rootRuns = Number(values['root-runs'] ?? Math.min(runs, 10));
const ADMIN = { username: 'bench-admin', password: 'Bench@2026pass' };
const size = `${units.toLocaleString()} units, ${members.toLocaleString()} members, ${items.toLocaleString()} items`;

/** A second client on the same database that keeps every query it runs, to EXPLAIN what the services send. */
function capturingDb(database: Database, url: string | undefined) {
  const seen: { text: string; params: unknown[] }[] = [];
  const logger = { logQuery: (text: string, params: unknown[]) => void seen.push({ text, params }) };
  let pool: pg.Pool | undefined;
  let db: Db;
  let explain: (text: string, params: unknown[]) => Promise<string[]>;
  if (database.pglite) {
    const pglite = database.pglite;
    db = drizzlePglite(pglite, { schema, logger }) as unknown as Db;
    explain = async (text, params) =>
      (await pglite.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text}`, params)).rows.map(
        (r) => r['QUERY PLAN'],
      );
  } else {
    pool = new pg.Pool({ connectionString: url, max: 2 });
    db = drizzlePg(pool, { schema, logger }) as unknown as Db;
    explain = async (text, params) =>
      (await pool!.query(`explain (analyze, buffers) ${text}`, params)).rows.map((r) => r['QUERY PLAN'] as string);
  }
  return { db, seen, explain, close: async () => pool?.end() };
}

const memory = memoryWatch();
const { database, drop, url } = await openBenchEngine(engine, values['postgres-url']!, 'xf_bench_ledgers');
const { lines, row } = figureTable(engine);
const plans: string[] = [];
try {
  console.log(`Xianfeng ledgers benchmark — ${size}, ${engine}, node ${process.version}`);
  await database.migrate();
  let started = performance.now();
  const group = await generateSyntheticGroup(database.db, { units, members, seed: 7, admin: ADMIN, onProgress: stageDots() });
  console.log('');
  row('group generation', `${((performance.now() - started) / 1000).toFixed(1)} s`);

  const config = loadConfig({ XIANFENG_DATA_DIR: '.tmp/bench-data', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
  const today = todayIn(config.timeZone);
  memory.reset();
  started = performance.now();
  const gen = await generateSyntheticLedgers(database.db, { rootPath: group.rootPath, items, today, onProgress: stageDots() });
  console.log('');
  row(
    'ledgers generation (bulk unnest inserts, VACUUM ANALYZE)',
    `${((performance.now() - started) / 1000).toFixed(1)} s: ${gen.ledgers.toLocaleString()} lists, ${gen.items.toLocaleString()} items, ${gen.updates.toLocaleString()} updates (peak RSS ${mb(memory.peak())})`,
  );
  const [bytes] = await rowsOf<{ items: number; updates: number }>(
    database.db,
    sql`select pg_total_relation_size('ledger_items') as items, pg_total_relation_size('ledger_item_updates') as updates`,
  );
  row('ledger_items / ledger_item_updates with indexes', `${mb(Number(bytes!.items))} / ${mb(Number(bytes!.updates))}`);

  const app = await buildApp({ database, config });
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN });
  if (login.statusCode !== 200) throw new Error(`bench login failed: ${login.body}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0]!;
  const call = async (url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 500)}`);
    return res;
  };
  const count = async (query: SQL) => (await rowsOf<{ n: number }>(database.db, query))[0]!.n;
  const under = async (orgId: number) =>
    count(
      sql`select count(*)::int as n from ledger_items where responsible_path like (select path from orgs where id = ${orgId}) || '%'`,
    );
  const [rootItems, midItems] = [await under(group.rootId), await under(group.midId)];

  const figures = (orgId: number) => `/api/ledger-figures?orgId=${orgId}`;
  for (const [label, url, n] of [
    [`figures at the root (${rootItems.toLocaleString()} items), in-process`, figures(group.rootId), rootRuns],
    [`figures at the mid node (${midItems.toLocaleString()} items), in-process`, figures(group.midId), runs],
  ] as const) {
    const t = await timeRuns(() => call(url), n, 2);
    row(`${label} (p50 / p95)`, `${ms(t.p50)} / ${ms(t.p95)}`);
  }

  // The filtered list: in progress and overdue, by deadline, 20 a page; its first page and its last.
  const filter = 'status=in_progress&colour=overdue&pageSize=20';
  const lastPages: Record<string, number> = {};
  for (const [label, orgId] of [
    ['mid node', group.midId],
    ['root', group.rootId],
  ] as const) {
    const { total } = (await call(`/api/ledger-items?orgId=${orgId}&${filter}&page=1`)).json() as { total: number };
    const last = Math.max(1, Math.ceil(total / 20));
    lastPages[label] = last;
    for (const [which, page] of [
      ['page 1', 1],
      [`last page (${last.toLocaleString()}, offset ${((last - 1) * 20).toLocaleString()})`, last],
    ] as const) {
      const t = await timeRuns(() => call(`/api/ledger-items?orgId=${orgId}&${filter}&page=${page}`), runs, 2);
      row(
        `list in progress & overdue at the ${label} (${total.toLocaleString()} matches), ${which}, in-process (p50 / p95)`,
        `${ms(t.p50)} / ${ms(t.p95)}`,
      );
    }
  }

  // Export of a filtered list and import of an .xlsx: measured when the ledgers module offers them.
  for (const [label, figure] of await ledgerImportStage({
    app,
    cookie,
    database,
    memory,
    group,
    ledgers: gen.rootLedgers,
    filter,
    rows: importRows,
  }))
    row(label, figure);
  row('peak RSS of the server process', mb(memory.peak()));

  // Plans of what the services send: the figures at the root and the mid node, the list at both.
  const { actor } = await loadActor(database.db, login.json().accountId, config.timeZone);
  const capture = capturingDb(database, url);
  const ctx: Ctx = { db: capture.db, actor, requestId: 'bench', timeZone: config.timeZone };
  const listQuery = { status: 'in_progress', colour: 'overdue', pageSize: 20 } as const;
  for (const [label, run] of [
    ['figures at the root', () => ledgerFigures(ctx, { orgId: group.rootId })],
    ['figures at the mid node', () => ledgerFigures(ctx, { orgId: group.midId })],
    ['list at the mid node, page 1', () => listItems(ctx, { ...listQuery, orgId: group.midId, page: 1 })],
    ['list at the root, page 1', () => listItems(ctx, { ...listQuery, orgId: group.rootId, page: 1 })],
    ['list at the root, last page', () => listItems(ctx, { ...listQuery, orgId: group.rootId, page: lastPages.root! })],
  ] as const) {
    capture.seen.length = 0;
    await run();
    for (const q of capture.seen.filter((s) => s.text.includes('ledger_items'))) {
      const plan = await capture.explain(q.text, q.params);
      plans.push(`### ${label}\n${q.text}\n-- ${JSON.stringify(q.params)}\n${plan.join('\n')}\n`);
      const indexes = [
        ...new Set(
          plan.flatMap((l) =>
            [...l.matchAll(/(?:Index|Index Only|Bitmap Index) Scan (?:Backward )?(?:using|on) (\w+)/g)].map((m) => m[1]),
          ),
        ),
      ];
      const time = plan.find((l) => l.startsWith('Execution Time'))?.replace('Execution Time: ', '');
      console.log(`  plan, ${label}: ${indexes.length ? indexes.join(', ') : 'no index (sequential scan)'}; ${time}`);
    }
  }
  await capture.close();

  // The hourly escalation pass (督办阶梯), last since it writes: the first run steps every overdue item of a list
  // with a ladder; the second finds nothing due today, which is what most hourly runs cost.
  for (const which of values.escalation ? ['first run', 'second run, same day'] : []) {
    memory.reset();
    started = performance.now();
    const steps = await escalateOverdueItems(database.db, today, config.timeZone);
    row(
      `escalation pass over the group, ${which}`,
      `${((performance.now() - started) / 1000).toFixed(1)} s: ${steps.toLocaleString()} steps taken (peak RSS ${mb(memory.peak())})`,
    );
  }
  const file = path.resolve(import.meta.dirname, `../.tmp/bench-ledgers-plans-${engine}.txt`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, plans.join('\n'));
  console.log(`  plans written to ${path.relative(process.cwd(), file)}`);
  await app.close();
} finally {
  memory.stop();
  await database.close();
  if (values.keep && url) console.log(`\nkept ${url} — drop it when done`);
  else await drop();
}
console.log(`\n| engine | measure (${size}) | figure |\n|---|---|---|`);
console.log(lines.join('\n'));
// A kept database leaves the admin connection open.
if (values.keep) process.exit(0);
