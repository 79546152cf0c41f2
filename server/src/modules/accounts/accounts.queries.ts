import { and, asc, eq, gte, ilike, inArray, isNull, like, lt, or, sql, type SQL } from 'drizzle-orm';
import { POSITION_ROLES } from '@xianfeng/shared/domain';
import { escapeLike, inScope, underPath } from '../../core/scope-sql';
import type { Executor } from '../../db/client';
import { orgs } from '../orgs/orgs.schema';
import { people, positions } from '../people/people.schema';
import { accounts, roleGrants, sessions } from './accounts.schema';

export type AccountRow = typeof accounts.$inferSelect;

/** The account with its person's branch (for the audit trail of sign-ins). */
export async function findAccountByUsername(db: Executor, username: string) {
  const [row] = await db
    .select({ account: accounts, personOrgId: people.orgId })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(eq(accounts.username, username));
  return row && { ...row.account, personOrgId: row.personOrgId };
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

// —— administration (账号管理) ——

const accountColumns = {
  id: accounts.id,
  username: accounts.username,
  personId: accounts.personId,
  personName: people.name,
  personOrgId: people.orgId,
  personPath: people.orgPath,
  orgName: orgs.name,
  disabled: accounts.disabled,
  mustChangePassword: accounts.mustChangePassword,
  lockedUntil: accounts.lockedUntil,
  lastLoginAt: accounts.lastLoginAt,
  version: accounts.version,
};
export type AccountView = NonNullable<Awaited<ReturnType<typeof findAccountView>>>;

/** Ids of accounts holding a grant (of `role`, when given) at a node matching `where`. */
const accountsGrantedWhere = (db: Executor, where: SQL, role?: string) =>
  db
    .select({ id: roleGrants.accountId })
    .from(roleGrants)
    .innerJoin(orgs, eq(orgs.id, roleGrants.orgId))
    .where(and(where, role ? eq(roleGrants.role, role) : undefined));

export interface AccountFilter {
  /** The caller's account.manage scope: the person's branch or one of the grants must lie in it. */
  scope: string[];
  underPath?: string;
  q?: string;
  disabled?: boolean;
  role?: string;
}

export async function listAccounts(db: Executor, f: AccountFilter, limit: number, offset: number) {
  const where = and(
    or(inScope(people.orgPath, f.scope), inArray(accounts.id, accountsGrantedWhere(db, inScope(orgs.path, f.scope)))),
    f.underPath
      ? or(
          underPath(people.orgPath, f.underPath),
          inArray(accounts.id, accountsGrantedWhere(db, underPath(orgs.path, f.underPath))),
        )
      : undefined,
    f.q
      ? or(
          ilike(accounts.username, `%${escapeLike(f.q)}%`),
          ilike(people.name, `%${escapeLike(f.q)}%`),
          like(people.nameInitials, `${escapeLike(f.q.toLowerCase())}%`),
        )
      : undefined,
    f.disabled === undefined ? undefined : eq(accounts.disabled, f.disabled),
    f.role ? inArray(accounts.id, accountsGrantedWhere(db, inScope(orgs.path, f.scope), f.role)) : undefined,
  );
  const base = () =>
    db
      .select(accountColumns)
      .from(accounts)
      .innerJoin(people, eq(people.id, accounts.personId))
      .leftJoin(orgs, eq(orgs.id, people.orgId));
  const [rows, [count]] = await Promise.all([
    base().where(where).orderBy(asc(accounts.username)).limit(limit).offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(accounts)
      .innerJoin(people, eq(people.id, accounts.personId))
      .where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function findAccountView(db: Executor, id: number) {
  const [row] = await db
    .select(accountColumns)
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .leftJoin(orgs, eq(orgs.id, people.orgId))
    .where(eq(accounts.id, id));
  return row;
}

/** Every grant of the accounts, with the node's path (the service shows only those in scope). */
export function grantsOfAccounts(db: Executor, accountIds: number[]) {
  if (accountIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: roleGrants.id,
      accountId: roleGrants.accountId,
      orgId: orgs.id,
      orgName: orgs.name,
      path: orgs.path,
      role: roleGrants.role,
    })
    .from(roleGrants)
    .innerJoin(orgs, eq(orgs.id, roleGrants.orgId))
    .where(inArray(roleGrants.accountId, accountIds))
    .orderBy(asc(orgs.path), asc(roleGrants.role));
}

/** Current positions of the people that carry a role (书记 administers the branch), at active nodes. */
export function rolePositionsOf(db: Executor, personIds: number[], today: string) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select({ personId: positions.personId, path: orgs.path })
    .from(positions)
    .innerJoin(orgs, eq(orgs.id, positions.orgId))
    .where(
      and(
        inArray(positions.personId, personIds),
        inArray(positions.title, Object.keys(POSITION_ROLES)),
        sql`${positions.startOn} <= ${today}`,
        or(isNull(positions.endOn), gte(positions.endOn, today)),
        isNull(orgs.dissolvedOn),
      ),
    );
}

export async function findPerson(db: Executor, id: number) {
  const [row] = await db
    .select({ id: people.id, name: people.name, orgId: people.orgId, orgPath: people.orgPath })
    .from(people)
    .where(eq(people.id, id));
  return row;
}

export async function findAccountByPerson(db: Executor, personId: number) {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, personId));
  return row;
}

export async function insertAccount(db: Executor, values: typeof accounts.$inferInsert) {
  const [row] = await db.insert(accounts).values(values).returning();
  return row!;
}

/** Admin changes to an account; with `version`, only when nobody changed it since (undefined otherwise). */
export async function updateAccount(db: Executor, id: number, values: Partial<typeof accounts.$inferInsert>, version?: number) {
  const [row] = await db
    .update(accounts)
    .set({ ...values, version: sql`${accounts.version} + 1` })
    .where(and(eq(accounts.id, id), version === undefined ? undefined : eq(accounts.version, version)))
    .returning();
  return row;
}

export async function findGrant(db: Executor, accountId: number, orgId: number, role: string) {
  const [row] = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(and(eq(roleGrants.accountId, accountId), eq(roleGrants.orgId, orgId), eq(roleGrants.role, role)));
  return row;
}

export async function insertGrant(db: Executor, values: typeof roleGrants.$inferInsert) {
  const [row] = await db.insert(roleGrants).values(values).returning();
  return row!;
}

export async function deleteGrant(db: Executor, id: number) {
  await db.delete(roleGrants).where(eq(roleGrants.id, id));
}

export async function findOrgByCode(db: Executor, code: string) {
  const [row] = await db
    .select({ id: orgs.id, name: orgs.name, path: orgs.path, parentId: orgs.parentId })
    .from(orgs)
    .where(eq(orgs.code, code));
  return row;
}

/** People of a subtree with this name or staff number (for the create-admin script). */
export function findPeopleUnder(db: Executor, path: string, match: { name?: string; employeeNo?: string }) {
  return db
    .select({ id: people.id, name: people.name, orgId: people.orgId, orgPath: people.orgPath })
    .from(people)
    .where(
      and(
        underPath(people.orgPath, path),
        match.name ? eq(people.name, match.name) : undefined,
        match.employeeNo ? eq(people.employeeNo, match.employeeNo) : undefined,
      ),
    )
    .limit(2);
}
