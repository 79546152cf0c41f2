// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import path from 'node:path';
import { loadConfig } from '../server/src/config';
import { openDatabase } from '../server/src/db/client';

const config = loadConfig();
const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') });
await database.migrate();
await database.close();
console.log(`Migrations applied (${database.kind}).`);
