// `npm run create-admin -- --username NAME --org-code CODE (--employee-no NO | --name 姓名)`:
// an admin account at a node of a real installation, for a person already on the roster; prints a
// generated password that must be changed at first sign-in.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/src/config';
import { openDatabase } from '../server/src/db/client';
import { createAdminAccount } from '../server/src/modules/accounts';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    'org-code': { type: 'string' },
    'employee-no': { type: 'string' },
    name: { type: 'string' },
  },
});
if (!values.username || !values['org-code']) {
  console.error('Usage: tsx scripts/create-admin.ts --username NAME --org-code CODE (--employee-no NO | --name 姓名)');
  process.exit(2);
}

const config = loadConfig();
if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
const database = await openDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') },
);
try {
  await database.migrate();
  const created = await createAdminAccount(database.db, {
    username: values.username,
    orgCode: values['org-code'],
    employeeNo: values['employee-no'],
    personName: values.name,
  });
  console.log(`Admin ${created.username} (${created.personName}) at ${created.orgName}. Password: ${created.password}`);
  console.log('It must be changed at the first sign-in.');
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await database.close();
}
