import type { Actor } from './core/access';
import type { Ctx } from './core/context';
import { todayIn } from './core/time';
import type { Database } from './db/client';
import { createAccount } from './modules/accounts';
import { createTopOrg } from './modules/orgs';
import { createPerson } from './modules/people';

export interface InstallOptions {
  rootName: string;
  timeZone: string;
}

/**
 * A real installation's first start: the group's top committee, an administrator person and an
 * `admin` account with a generated password that must be changed at first sign-in.
 * The tree and roster are then imported from Excel by that administrator.
 */
export async function installFirstAdmin(database: Database, options: InstallOptions): Promise<string[]> {
  const today = todayIn(options.timeZone);
  const root = await createTopOrg(database.db, options.rootName, 'ROOT', today);
  const system: Actor = { accountId: 0, personId: 0, username: 'install', name: '系统安装', locale: 'zh-CN', grants: [{ orgId: root.id, path: root.path, role: 'admin', source: 'grant' }] };
  const ctx: Ctx = { db: database.db, actor: system, requestId: 'install', timeZone: options.timeZone };
  const person = await createPerson(ctx, { name: '系统管理员', orgId: root.id, partyStatus: 'non_member', startOn: today });
  const created = await createAccount(ctx, { personId: person.id, username: 'admin', roles: [{ orgId: root.id, role: 'admin' }] });
  return [
    `First start: created the top organisation "${root.name}" and the administrator account.`,
    `  user name: admin   temporary password: ${created.temporaryPassword}   (you must change it at first sign-in)`,
    `  Next: sign in, then import the organisation tree and the roster from Excel (导入).`,
  ];
}
