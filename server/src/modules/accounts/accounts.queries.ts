import { and, eq, isNull, lt, or, gte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { orgs } from '../orgs/orgs.schema';
import { people, positions } from '../people/people.schema';
import { accounts, roleGrants, sessions } from './accounts.schema';

export type AccountRow = typeof accounts.$inferSelect;

export async function findAccountByUsername(db: Executor, username: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.username, username));
  return row;
}

export async function findAccount(db: Executor, id: number) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row;
}

export async function setLoginState(db: Executor, id: number, values: Partial<typeof accounts.$inferInsert>) {
  await db.update(accounts).set(values).where(eq(accounts.id, id));
}

export async function insertSession(db: Executor, id: string, accountId: number, userAgent: string | null) {
  await db.insert(sessions).values({ id, accountId, userAgent });
}

export async function findSession(db: Executor, id: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

export async function touchSession(db: Executor, id: string) {
  await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Executor, id: string) {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOf(db: Executor, accountId: number) {
  await db.delete(sessions).where(eq(sessions.accountId, accountId));
}

export async function deleteIdleSessions(db: Executor, before: Date) {
  await db.delete(sessions).where(lt(sessions.lastSeenAt, before));
}

/** The account with its person's name and current membership. */
export async function findAccountPerson(db: Executor, accountId: number) {
  const [row] = await db
    .select({
      account: accounts,
      name: people.name,
      orgId: people.orgId,
      orgName: orgs.name,
    })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .leftJoin(orgs, eq(orgs.id, people.orgId))
    .where(eq(accounts.id, accountId));
  return row;
}

/** Roles granted to the account, at active nodes. */
export function grantsOf(db: Executor, accountId: number) {
  return db
    .select({ orgId: orgs.id, orgName: orgs.name, path: orgs.path, role: roleGrants.role })
    .from(roleGrants)
    .innerJoin(orgs, eq(orgs.id, roleGrants.orgId))
    .where(and(eq(roleGrants.accountId, accountId), isNull(orgs.dissolvedOn)));
}

/** Positions the person holds today, at active nodes (they may carry a role). */
export function currentPositionsOf(db: Executor, personId: number, today: string) {
  return db
    .select({ orgId: orgs.id, orgName: orgs.name, path: orgs.path, title: positions.title })
    .from(positions)
    .innerJoin(orgs, eq(orgs.id, positions.orgId))
    .where(
      and(
        eq(positions.personId, personId),
        sql`${positions.startOn} <= ${today}`,
        or(isNull(positions.endOn), gte(positions.endOn, today)),
        isNull(orgs.dissolvedOn),
      ),
    );
}
