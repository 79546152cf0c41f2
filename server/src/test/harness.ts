import { readFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/client';
import { SNAPSHOT } from './global-setup';

let shared: Promise<Database> | undefined;

/**
 * The database of this test file: the run's PostgreSQL (TEST_DATABASE_URL) or a PGlite restored
 * from the migrated snapshot. Tests isolate by creating their own organisations, never by cleanup.
 */
export function testDatabase(): Promise<Database> {
  if (!shared) {
    const url = process.env.TEST_DATABASE_URL;
    shared = url
      ? openDatabase({ url, poolSize: 4 })
      : openDatabase({ loadDataDir: new Blob([readFileSync(SNAPSHOT)]) });
    afterAll(async () => (await shared!).close());
  }
  return shared;
}

export const testConfig = () =>
  loadConfig({ XIANFENG_DATA_DIR: '.tmp/test-data', XIANFENG_DEMO: 'false', LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv);

/** A Fastify app on the test database, for `app.inject`. */
export async function testApp() {
  const database = await testDatabase();
  const app = await buildApp({ database, config: testConfig(), logger: process.env.TEST_LOG ? { level: 'error' } : false });
  afterAll(() => app.close());
  return { app, database, db: database.db };
}

/** A short unique suffix so parallel tests never collide on unique names. */
export const uniq = () => Math.random().toString(36).slice(2, 10);
