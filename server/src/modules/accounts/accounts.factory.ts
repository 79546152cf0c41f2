import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@xianfeng/shared/domain';
import type { Executor } from '../../db/client';
import type { OrgRow } from '../orgs';
import { buildPerson } from '../people/people.factory';
import { uniq } from '../../test/harness';
import { accounts, roleGrants, sessions } from './accounts.schema';
import { hashPassword } from './auth.service';
import { SESSION_COOKIE } from '../../core/http';

export const TEST_PASSWORD = 'Test1234pass';
let passwordHash: Promise<string> | undefined;

/**
 * Test factory: an account for a new person in `org` with `roles` granted at `org`
 * (or at `grantAt`), and a ready session cookie.
 */
export async function buildAccount(
  db: Executor,
  org: Pick<OrgRow, 'id' | 'path'>,
  roles: Role[],
  options: { grantAt?: Pick<OrgRow, 'id'>; personId?: number } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const personId = options.personId ?? (await buildPerson(db, org)).id;
  const username = `u${uniq()}`;
  const [account] = await db
    .insert(accounts)
    .values({ personId, username, passwordHash: await passwordHash })
    .returning();
  for (const role of roles)
    await db.insert(roleGrants).values({ accountId: account!.id, orgId: (options.grantAt ?? org).id, role });
  const token = randomBytes(16).toString('hex');
  await db.insert(sessions).values({ id: createHash('sha256').update(token).digest('hex'), accountId: account!.id });
  return { account: account!, username, personId, cookie: `${SESSION_COOKIE}=${token}` };
}
