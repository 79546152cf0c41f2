// Times the generators: `npx tsx server/src/demo/measure.ts demo|synthetic [units] [members]`.
// DATABASE_URL selects PostgreSQL (a scratch database: the run writes to it); PGLITE_DIR a PGlite on disk.
import { openDatabase } from '../db/client';
import { seedDemo } from './scenarios';
import { generateSyntheticGroup } from './synthetic';

const [what = 'demo', units = '5000', members = '100000'] = process.argv.slice(2);
const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir: process.env.PGLITE_DIR });
await database.migrate();
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (message: string) =>
  console.log(`${elapsed().padStart(8)}  ${message}  (rss ${Math.round(process.memoryUsage().rss / 1e6)} MB)`);
if (what === 'demo') {
  const result = await seedDemo(database.db, { onProgress: log });
  console.log(database.kind, 'seedDemo', elapsed(), result.counts);
} else {
  const result = await generateSyntheticGroup(database.db, {
    units: Number(units),
    members: Number(members),
    seed: 7,
    onProgress: log,
  });
  console.log(database.kind, `synthetic ${units}/${members}`, elapsed(), result);
}
await database.close();
