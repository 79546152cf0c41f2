import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from './app';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { todayIn } from './core/time';
import { sendDeadlineReminders } from './modules/campaigns';
import { escalateOverdueItems } from './modules/ledgers';
import { hasData } from './demo';
import { seedOnFirstStart } from './demo-start';
import { installFirstAdmin } from './install';

/** Starts the platform: database (embedded PGlite unless DATABASE_URL), migrations, demo data, HTTP. */
async function main() {
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') },
  );
  await database.migrate();
  const app = await buildApp({ database, config, logger: { level: config.logLevel } });
  const printed = config.demo
    ? await seedOnFirstStart(database, app.log, config.filesDir)
    : (await hasData(database.db))
      ? []
      : await installFirstAdmin(database, { rootName: config.rootOrgName, timeZone: config.timeZone });
  await app.listen({ port: config.port, host: config.host });
  const where = database.kind === 'postgres' ? 'PostgreSQL' : `PGlite (${path.join(config.dataDir, 'pglite')})`;
  console.log(`\n先锋 Xianfeng is running at http://${config.host}:${config.port}  (database: ${where})`);
  console.log(`API docs: http://${config.host}:${config.port}/api/docs`);
  for (const line of printed) console.log(line);

  // Deadline reminders (3 days before and on the day): now and every hour; idempotent, so restarts are harmless.
  const remind = () =>
    sendDeadlineReminders(database.db, todayIn(config.timeZone), config.timeZone).catch((err: unknown) => app.log.error(err, 'deadline reminders failed'));
  // Overdue ledger items climb their lists' escalation ladders (督办阶梯), at most one step per item a day; idempotent too.
  const escalate = () =>
    escalateOverdueItems(database.db, todayIn(config.timeZone), config.timeZone).catch((err: unknown) => app.log.error(err, 'ledger escalation failed'));
  const hourly = async () => {
    await remind();
    await escalate();
  };
  void hourly();
  setInterval(() => void hourly(), 60 * 60 * 1000).unref();

  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
