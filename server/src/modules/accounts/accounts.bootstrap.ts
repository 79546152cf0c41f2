// First administrator of a real installation (no demo data): run by scripts/create-admin.ts.
import type { Actor } from '../../core/access';
import type { Db } from '../../db/client';
import { recordAudit } from '../audit';
import * as q from './accounts.queries';
import { generatePassword, hashPassword } from './auth.service';

export interface CreateAdminInput {
  username: string;
  /** Code of the node the admin role is granted at (usually the group's top committee). */
  orgCode: string;
  /** Finds the account's person in that subtree, by staff number or by (unique) name. */
  employeeNo?: string;
  personName?: string;
}

/** Creates an admin account at the node, for an existing person of its subtree; returns the generated password. */
export async function createAdminAccount(db: Db, input: CreateAdminInput) {
  if (!input.employeeNo && !input.personName) throw new Error('Give --employee-no or --name to pick the person.');
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const org = await q.findOrgByCode(tx, input.orgCode);
    if (!org) throw new Error(`No organisation has the code ${input.orgCode}.`);
    const found = await q.findPeopleUnder(tx, org.path, { employeeNo: input.employeeNo, name: input.personName });
    if (found.length !== 1)
      throw new Error(found.length ? 'Several people match: use --employee-no.' : `Nobody matches in ${org.name}.`);
    const person = found[0]!;
    if (await q.findAccountByPerson(tx, person.id)) throw new Error(`${person.name} already has an account.`);
    if (await q.findAccountByUsername(tx, input.username)) throw new Error(`The user name ${input.username} is taken.`);
    const account = await q.insertAccount(tx, {
      personId: person.id,
      username: input.username,
      passwordHash,
      mustChangePassword: true,
    });
    await q.insertGrant(tx, { accountId: account.id, orgId: org.id, role: 'admin' });
    const system = {
      accountId: 0,
      personId: 0,
      username: 'create-admin',
      name: 'create-admin',
      locale: 'zh-CN',
      grants: [],
    } satisfies Actor;
    await recordAudit(
      tx,
      { actor: system, requestId: 'cli' },
      {
        action: 'account.create',
        entityType: 'account',
        entityId: account.id,
        orgId: org.id,
        summary: `${account.username} · ${person.name}`,
        after: { username: account.username, personId: person.id, roles: [{ orgId: org.id, role: 'admin' }] },
      },
    );
    return { username: account.username, password, personName: person.name, orgName: org.name };
  });
}
