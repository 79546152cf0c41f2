// The demo's records of organisational life, generated from what the scenario writers kept in memory
// (no reads back from the database), so that figures are computed from records, never stored.
import type { Executor } from '../db/client';
import type { Day } from './dates';
import { seedLightRecords } from './records-light';
import { RosterIndex } from './records-roster';
import { seedS1Records } from './records-s1';
import { RECORD_TABLES, type RecordTable, RecordWriter } from './records-writer';
import { Rng, hash32 } from './random';
import type { Roster } from './writer';

export { analyzeRecords, type RecordTable } from './records-writer';

/** Seeds the records of every scenario; returns rows written per table. */
export async function seedDemoRecords(
  db: Executor,
  roster: Roster,
  options: { seed: number; today: Day },
): Promise<Record<RecordTable, number>> {
  const w = await RecordWriter.open(db);
  const idx = new RosterIndex(roster);
  // Their own stream, so the records never shift the people generated before them.
  const rng = new Rng(hash32(options.seed ^ 0x7265_6364));
  await seedS1Records({ w, idx, today: options.today, rng: rng.fork(1) });
  await seedLightRecords({ w, idx, today: options.today, rng: rng.fork(2) });
  await w.finish(db);
  return Object.fromEntries(RECORD_TABLES.map((t) => [t, w.count(t)])) as Record<RecordTable, number>;
}
