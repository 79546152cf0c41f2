// SQL of 组织关系转接 (transfers), single and in bulk: a handful of statements whatever the count.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { memberships, people } from './people.schema';

export interface TransferCandidate {
  id: number;
  name: string;
  orgId: number;
  orgPath: string;
  partyStatus: string;
  version: number;
  /** The open membership (组织关系), when there is one. */
  membershipId: number | null;
  membershipStartOn: string | null;
}

const anyId = (ids: readonly number[]) => sql`any(${sql.param(ids)}::bigint[])`;

/**
 * The people with their open membership, locked until the transaction ends: a concurrent change
 * of one of them waits, then finds a new version.
 */
export function lockCandidates(db: Executor, ids: readonly number[]): Promise<TransferCandidate[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: people.id,
      name: people.name,
      orgId: people.orgId,
      orgPath: people.orgPath,
      partyStatus: people.partyStatus,
      version: people.version,
      membershipId: memberships.id,
      membershipStartOn: memberships.startOn,
    })
    .from(people)
    .leftJoin(memberships, and(eq(memberships.personId, people.id), isNull(memberships.endOn)))
    .where(sql`${people.id} = ${anyId(ids)}`)
    .orderBy(asc(people.id))
    .for('update', { of: people });
}

/** People whose open membership is at the node. */
export async function openMemberIdsAt(db: Executor, orgId: number): Promise<number[]> {
  const rows = await db
    .select({ id: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), isNull(memberships.endOn)))
    .orderBy(asc(memberships.personId));
  return rows.map((r) => r.id);
}

export interface TransferTarget {
  id: number;
  path: string;
}

/** Closes the open memberships on `effectiveOn`, opens one at the target, and moves the people's denormalised node. */
export async function moveMemberships(
  db: Executor,
  moving: readonly Pick<TransferCandidate, 'id' | 'membershipId'>[],
  target: TransferTarget,
  effectiveOn: string,
  reason: string | null,
) {
  const personIds = moving.map((c) => c.id);
  const membershipIds = moving.flatMap((c) => (c.membershipId === null ? [] : [c.membershipId]));
  if (personIds.length === 0) return;
  if (membershipIds.length > 0)
    await db.execute(sql`update ${memberships} set end_on = ${effectiveOn}::date where id = ${anyId(membershipIds)}`);
  await db.execute(sql`
    insert into ${memberships} (person_id, org_id, start_on, transfer_reason)
    select pid, ${target.id}::bigint, ${effectiveOn}::date, ${reason}::text from unnest(${sql.param(personIds)}::bigint[]) as pid`);
  await db.execute(sql`
    update ${people} set org_id = ${target.id}::bigint, org_path = ${target.path}, version = version + 1, updated_at = now()
    where id = ${anyId(personIds)}`);
}
