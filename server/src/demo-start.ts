import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './db/client';
import { hasData, seedDemo } from './demo';
import { diskFileStore } from './modules/records';

/** Seeds the five scenarios into an empty database and returns the lines that tell the demo accounts. */
export async function seedOnFirstStart(database: Database, log: FastifyBaseLogger, filesDir: string): Promise<string[]> {
  if (await hasData(database.db)) return [];
  const started = Date.now();
  log.info('seeding the demo data of the five scenarios…');
  const result = await seedDemo(database.db, {
    files: diskFileStore(filesDir),
    onProgress: (message: string) => log.info(message),
  });
  const lines = [
    `Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s. Demo accounts (change these passwords on a real installation):`,
    ...result.accounts.map((a) => `  ${a.username.padEnd(14)} ${a.password.padEnd(16)} ${a.role.padEnd(10)} ${a.orgName}`),
  ];
  return lines;
}
