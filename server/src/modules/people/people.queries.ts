import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { underPath } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { memberships, partyStatusChanges, people } from './people.schema';

export type PersonRow = typeof people.$inferSelect;
export type NewPerson = Omit<typeof people.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** People whose current membership is the node itself. */
export async function countPeopleAt(db: Executor, orgId: number) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), isNull(memberships.endOn)));
  return row?.n ?? 0;
}

/** People of a subtree by party status. */
export function countPeopleByStatus(db: Executor, path: string) {
  return db
    .select({ status: people.partyStatus, n: sql<number>`count(*)::int` })
    .from(people)
    .where(underPath(people.orgPath, path))
    .groupBy(people.partyStatus);
}

/** Keeps the denormalised membership path right when a subtree moves. */
export async function rewritePeoplePaths(db: Executor, oldPath: string, newPath: string) {
  await db.execute(sql`
    update ${people} set org_path = ${newPath} || substr(org_path, ${oldPath.length + 1})
    where ${underPath(people.orgPath, oldPath)}`);
}

export async function findPerson(db: Executor, id: number): Promise<PersonRow | undefined> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

/** The person with the name of their organisation. */
export async function findPersonWithOrg(db: Executor, id: number) {
  const [row] = await db
    .select({ person: people, orgName: orgs.name })
    .from(people)
    .innerJoin(orgs, eq(orgs.id, people.orgId))
    .where(eq(people.id, id));
  return row;
}

export async function findByEmployeeNo(db: Executor, employeeNo: string) {
  const [row] = await db.select({ id: people.id }).from(people).where(eq(people.employeeNo, employeeNo));
  return row;
}

export async function insertPerson(db: Executor, values: NewPerson): Promise<PersonRow> {
  const [row] = await db.insert(people).values(values).returning();
  return row!;
}

/** Updates fields when the version matches; undefined means someone else changed the person first. */
export async function updatePerson(db: Executor, id: number, version: number, values: Partial<NewPerson>) {
  const [row] = await db
    .update(people)
    .set({ ...values, version: sql`${people.version} + 1`, updatedAt: new Date() })
    .where(and(eq(people.id, id), eq(people.version, version)))
    .returning();
  return row;
}

// —— party status history (政治面貌变更) ——

export async function insertStatusChanges(db: Executor, rows: (typeof partyStatusChanges.$inferInsert)[]) {
  if (rows.length) await db.insert(partyStatusChanges).values(rows);
}

export async function lastStatusChange(db: Executor, personId: number) {
  const [row] = await db
    .select()
    .from(partyStatusChanges)
    .where(eq(partyStatusChanges.personId, personId))
    .orderBy(desc(partyStatusChanges.effectiveOn), desc(partyStatusChanges.id))
    .limit(1);
  return row;
}

/** Oldest first; same-day changes in the order they were recorded. */
export function statusHistory(db: Executor, personId: number) {
  return db
    .select({
      id: partyStatusChanges.id,
      status: partyStatusChanges.status,
      effectiveOn: partyStatusChanges.effectiveOn,
      note: partyStatusChanges.note,
    })
    .from(partyStatusChanges)
    .where(eq(partyStatusChanges.personId, personId))
    .orderBy(asc(partyStatusChanges.effectiveOn), asc(partyStatusChanges.id));
}

// —— memberships (组织关系) ——

export async function insertMembership(db: Executor, values: typeof memberships.$inferInsert) {
  await db.insert(memberships).values(values);
}

/** Oldest first, with the names the nodes bear today. */
export function membershipHistory(db: Executor, personId: number) {
  return db
    .select({
      id: memberships.id,
      orgId: memberships.orgId,
      orgName: orgs.name,
      startOn: memberships.startOn,
      endOn: memberships.endOn,
      transferReason: memberships.transferReason,
    })
    .from(memberships)
    .innerJoin(orgs, eq(orgs.id, memberships.orgId))
    .where(eq(memberships.personId, personId))
    .orderBy(asc(memberships.startOn), asc(memberships.id));
}
