import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/client';

export const SNAPSHOT = path.resolve(import.meta.dirname, '../../../.tmp/test-db.tar.gz');

/**
 * Migrates once per run: PostgreSQL when TEST_DATABASE_URL is set, otherwise a PGlite snapshot
 * that each test file restores in under a second (creating and migrating one takes seconds).
 */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  const database = await openDatabase({ url, poolSize: 1 });
  await database.migrate();
  if (database.pglite) {
    const dump = await database.pglite.dumpDataDir('gzip');
    mkdirSync(path.dirname(SNAPSHOT), { recursive: true });
    writeFileSync(SNAPSHOT, Buffer.from(await dump.arrayBuffer()));
  }
  await database.close();
}
