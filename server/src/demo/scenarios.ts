// The demo data set: the five groups of SCENARIOS.md at their real sizes, plus demo accounts.
import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import type { Role } from '@xianfeng/shared/domain';
import type { Db, Executor } from '../db/client';
import { rowsOf } from './bulk';
import { type ScenarioContext, scenarioContext } from './common';
import { DEMO_TODAY, dayOf } from './dates';
import { type RecordTable, analyzeRecords, seedDemoRecords } from './records-seed';
import { seedS1 } from './s1';
import { seedS2, seedS3 } from './s2s3';
import { seedS4 } from './s4';
import { seedS5 } from './s5';
import type { TreeNode } from './tree';
import { DemoWriter, TABLES, type TableName, analyzeAll } from './writer';
import type { FileStore } from '../modules/records';
import { seedS1Campaign } from './campaign-s1';
import { seedS1Ledgers } from './ledgers-s1';
import { seedS2Ledgers } from './ledgers-s2';
import { type LedgerTable, LEDGER_TABLES, LedgerWriter, analyzeLedgers } from './ledgers-writer';

/** One readable password for every demo account (the demo is not a real installation). */
export const DEMO_PASSWORD = 'Xianfeng@2026';
export const DEMO_SEED = 20_261_125;

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  orgName: string;
}

export interface SeedProgress {
  stage: string;
  done: number;
  total: number;
}

export interface SeedDemoOptions {
  seed?: number;
  /** The demo's "today" ('YYYY-MM-DD'); fixed by default so that data is reproducible. */
  today?: string;
  /** The app's file store, for the demo campaign's documents (without it only their rows are written). */
  files?: FileStore;
  /** A line to log, and the same as numbers. */
  onProgress?: (message: string, progress: SeedProgress) => void;
}

export interface SeedDemoResult {
  accounts: DemoAccount[];
  /** Rows written per table. */
  counts: Record<TableName | RecordTable | LedgerTable, number>;
}

/** Whether the database holds any organisation (the demo is seeded only into an empty one). */
export async function hasData(db: Executor): Promise<boolean> {
  const [row] = await rowsOf<{ has: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM orgs) AS has`);
  return Boolean(row?.has);
}

/** Seeds the five scenario groups in one transaction, then refreshes statistics. */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const seed = options.seed ?? DEMO_SEED;
  const today = dayOf(options.today ?? DEMO_TODAY);
  const stages = ['S1', 'S2', 'S3', 'S4', 'S5', 'accounts', 'records', 'ledgers', 'analyze'];
  const report = (stage: string) => {
    const done = stages.indexOf(stage) + 1;
    options.onProgress?.(`demo data: ${stage} done (${done}/${stages.length})`, { stage, done, total: stages.length });
  };
  // argon2id costs ~100 ms: hash the one demo password once for every account.
  const passwordHash = await hash(DEMO_PASSWORD);

  const result = await db.transaction(async (tx) => {
    const w = await DemoWriter.open(tx, undefined, { keepRoster: true });
    const ctx = (name: string): ScenarioContext => scenarioContext(w, seed, name, today);
    const s1 = await seedS1(ctx('S1'));
    report('S1');
    const s2 = await seedS2(ctx('S2'));
    report('S2');
    const s3 = await seedS3(ctx('S3'));
    report('S3');
    const s4 = await seedS4(ctx('S4'));
    report('S4');
    const s5 = await seedS5(ctx('S5'));
    report('S5');

    const accounts: DemoAccount[] = [];
    const add = async (username: string, personId: number, role: Role, orgs: readonly TreeNode[]) => {
      await w.account(
        personId,
        username,
        passwordHash,
        orgs.map((o) => ({ orgId: o.id, role })),
      );
      accounts.push({ username, password: DEMO_PASSWORD, role, orgName: orgs.map((o) => o.name).join('、') });
    };
    const roots = [s1.root, s2.root, s3.root, s4.root, s5.root];
    if (s2.people.sysadmin === undefined) throw new Error('S2 provides the system administrator');
    await add('admin', s2.people.sysadmin, 'admin', roots);
    for (const [i, s] of [s1, s2, s3, s4, s5].entries()) await add(`s${i + 1}admin`, s.people.admin, 'admin', [s.root]);
    await add('s1staff', s1.people.staff, 'org_staff', [s1.yidong]);
    // The secretary's role comes from the position; the grant keeps the login working if it lapses.
    await add('s1secretary', s1.people.secretary, 'secretary', [s1.assembly]);
    await add('s1member', s1.people.member, 'member', [s1.assembly]);
    await w.finish(tx);
    report('accounts');
    // Meetings and attendance of the five groups, from the people just written.
    const records = await seedDemoRecords(tx, w.roster!, { seed, today });
    // S1's 主题教育 campaign, from those records.
    const campaignId = await seedS1Campaign(tx, w.roster!, {
      files: options.files,
      admin: s1.people.admin,
      exclude: Object.values(s1.people),
    });
    report('records');
    // 清单: S1's research topics and problems inside its campaign, S2's 600 办实事 and 39 key tasks.
    const lw = await LedgerWriter.open(tx);
    await seedS1Ledgers(lw, w.roster!, { seed, campaignId, admin: s1.people.admin });
    await seedS2Ledgers(lw, w.roster!, { seed, admin: s2.people.admin });
    await lw.finish();
    report('ledgers');
    const ledgers = Object.fromEntries(LEDGER_TABLES.map((t) => [t, lw.count(t)])) as Record<LedgerTable, number>;
    return { accounts, w, records, ledgers };
  });

  await analyzeAll(db);
  await analyzeRecords(db);
  await analyzeLedgers(db);
  report('analyze');
  const counts = Object.fromEntries(TABLES.map((t) => [t, result.w.count(t)])) as Record<TableName, number>;
  return { accounts: result.accounts, counts: { ...counts, ...result.records, ...result.ledgers } };
}
