// `npm run bench -- --units 5000 --members 100000 [--engine pglite|postgres|both] [--seconds 10]`
// Generates a synthetic group, then prints the foundation's figures for each engine (docs/benchmarks.md).
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import type { Ctx } from '../server/src/core/context';
import { generateSyntheticGroup } from '../server/src/demo';
import { loadActor } from '../server/src/modules/accounts';
import { getStats } from '../server/src/modules/orgs/orgs.service';
import { loadTest } from './load';
import { openBenchEngine } from './engine';
import { mb, memoryWatch, ms, timeRuns, figureTable } from './stats';

const { values } = parseArgs({
  options: {
    units: { type: 'string', default: '5000' },
    members: { type: 'string', default: '100000' },
    engine: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '10' },
    runs: { type: 'string', default: '30' },
    'postgres-url': { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const units = Number(values.units);
const members = Number(values.members);
const seconds = Number(values.seconds);
const runs = Number(values.runs);
const engines = values.engine === 'both' ? ['pglite', 'postgres'] : [values.engine!];
const ADMIN = { username: 'bench-admin', password: 'Bench@2026pass' };

async function benchEngine(engine: string) {
  const memory = memoryWatch();
  const { database, drop } = await openBenchEngine(engine, values['postgres-url']!, 'xf_bench');
  const { lines, row } = figureTable(engine);
  try {
    await database.migrate();
    console.log(`\n[${engine}] generating ${units.toLocaleString()} units and ${members.toLocaleString()} members…`);
    let lastStage = '';
    const started = performance.now();
    const group = await generateSyntheticGroup(database.db, {
      units,
      members,
      seed: 7,
      admin: ADMIN,
      onProgress: (_m, p) => {
        if (p.stage !== lastStage) process.stdout.write(`\n  ${p.stage} `);
        lastStage = p.stage;
        process.stdout.write('.');
      },
    });
    console.log('');
    row('generation', `${((performance.now() - started) / 1000).toFixed(1)} s (peak RSS ${mb(memory.peak())})`);

    const config = loadConfig({ XIANFENG_DATA_DIR: '.tmp/bench-data', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);
    const app = await buildApp({ database, config });
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: ADMIN });
    if (login.statusCode !== 200) throw new Error(`bench login failed: ${login.body}`);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const { actor } = await loadActor(database.db, login.json().accountId, config.timeZone);
    const ctx: Ctx = { db: database.db, actor, requestId: 'bench', timeZone: config.timeZone };

    for (const [label, id] of [
      ['root', group.rootId],
      ['mid node', group.midId],
      ['branch', group.branchId],
    ] as const) {
      const t = await timeRuns(() => getStats(ctx, id), runs);
      row(`subtree counts at the ${label} (p50 / p95)`, `${ms(t.p50)} / ${ms(t.p95)}`);
    }
    const inject = (url: string) => async () => {
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    };
    const rosterUrl = `/api/people?orgId=${group.midId}&partyStatus=full_member&q=${encodeURIComponent('王')}&page=2&pageSize=20&sort=name`;
    const roster = await timeRuns(inject(rosterUrl), runs);
    row('filtered roster page, mid node, in-process (p50 / p95)', `${ms(roster.p50)} / ${ms(roster.p95)}`);
    const pinyin = await timeRuns(inject(`/api/people?q=wj&page=1&pageSize=20`), runs);
    row('roster search "wj" at the root, in-process (p50 / p95)', `${ms(pinyin.p50)} / ${ms(pinyin.p95)}`);

    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    for (const [label, url] of [
      ['tree API: children of the root', `/api/orgs/${group.rootId}/children?pageSize=50`],
      ['roster API: first page of a mid node', `/api/people?orgId=${group.midId}&page=1&pageSize=20`],
    ] as const) {
      const r = await loadTest(base + url, cookie, seconds);
      row(
        `${label}, ${seconds} s × 10 connections`,
        `${r.requestsPerSecond.toFixed(0)} req/s, p99 ${r.p99} ms, ${r.errors + r.non2xx} errors`,
      );
    }
    row('peak RSS of the server process', mb(memory.peak()));
    await app.close();
  } finally {
    memory.stop();
    await database.close();
    await drop();
  }
  return lines;
}

console.log(
  `Xianfeng foundation benchmark — ${units.toLocaleString()} units, ${members.toLocaleString()} members, node ${process.version}`,
);
const all: string[] = [];
for (const engine of engines) all.push(...(await benchEngine(engine)));
console.log(
  `\n| engine | measure (${units.toLocaleString()} units, ${members.toLocaleString()} members) | figure |\n|---|---|---|`,
);
console.log(all.join('\n'));
