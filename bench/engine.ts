import pg from 'pg';
import { openDatabase, type Database } from '../server/src/db/client';

/**
 * A fresh database for one benchmark run: in-memory PGlite, or a new PostgreSQL database (UTF-8, C collation)
 * created through `adminUrl` and dropped afterwards.
 */
export async function openBenchEngine(
  engine: string,
  adminUrl: string,
  prefix: string,
): Promise<{ database: Database; drop: () => Promise<void>; url?: string }> {
  if (engine === 'pglite') return { database: await openDatabase({}), drop: async () => {} };
  const name = `${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 10 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}
