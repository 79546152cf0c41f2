import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { underPath } from '../../core/scope-sql';
import { memberships, people } from './people.schema';

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
