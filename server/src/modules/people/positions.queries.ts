import { type SQL, and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { POSITIONS } from '@xianfeng/shared/domain';
import type { Executor } from '../../db/client';
import { orgs } from '../orgs/orgs.schema';
import { people, positions } from './people.schema';

export type PositionRow = typeof positions.$inferSelect;

/** Seniority of titles (书记 first), as an SQL array for array_position. */
export const titleRank = sql.raw(`array[${POSITIONS.map((p) => `'${p}'`).join(',')}]::text[]`);

const held = (today: string) => and(lte(positions.startOn, today), or(isNull(positions.endOn), gte(positions.endOn, today)))!;

const viewColumns = (today: string) => ({
  id: positions.id,
  orgId: positions.orgId,
  orgName: orgs.name,
  personId: positions.personId,
  personName: people.name,
  title: positions.title,
  startOn: positions.startOn,
  endOn: positions.endOn,
  current: sql<boolean>`${held(today)}`,
  version: positions.version,
});

function listWhere(scope: SQL, current: boolean | undefined, today: string) {
  if (current === true) return and(scope, held(today));
  if (current === false) return and(scope, isNotNull(positions.endOn), lt(positions.endOn, today));
  return scope;
}

/** Terms at a node (its leadership: 书记, 副书记, 委员 …): current first, then newest. */
export function positionsAt(db: Executor, orgId: number, current: boolean | undefined, today: string) {
  return db
    .select(viewColumns(today))
    .from(positions)
    .innerJoin(orgs, eq(orgs.id, positions.orgId))
    .innerJoin(people, eq(people.id, positions.personId))
    .where(listWhere(eq(positions.orgId, orgId), current, today))
    .orderBy(
      desc(held(today)),
      sql`${positions.endOn} desc nulls first`,
      sql`array_position(${titleRank}, ${positions.title})`,
      asc(positions.startOn),
      asc(positions.id),
    );
}

/** Terms a person held or holds, anywhere: current first, then newest. */
export function positionsOf(db: Executor, personId: number, today: string) {
  return db
    .select(viewColumns(today))
    .from(positions)
    .innerJoin(orgs, eq(orgs.id, positions.orgId))
    .innerJoin(people, eq(people.id, positions.personId))
    .where(eq(positions.personId, personId))
    .orderBy(desc(held(today)), desc(positions.startOn), desc(positions.id));
}

export async function findPositionView(db: Executor, id: number, today: string) {
  const [row] = await db
    .select(viewColumns(today))
    .from(positions)
    .innerJoin(orgs, eq(orgs.id, positions.orgId))
    .innerJoin(people, eq(people.id, positions.personId))
    .where(eq(positions.id, id));
  return row;
}

/** The term with the path of its node, for access checks. */
export async function findPosition(db: Executor, id: number) {
  const [row] = await db
    .select({ position: positions, orgPath: orgs.path, orgDissolvedOn: orgs.dissolvedOn })
    .from(positions)
    .innerJoin(orgs, eq(orgs.id, positions.orgId))
    .where(eq(positions.id, id));
  return row;
}

export async function insertPosition(db: Executor, values: typeof positions.$inferInsert): Promise<PositionRow> {
  const [row] = await db.insert(positions).values(values).returning();
  return row!;
}

export async function updatePosition(db: Executor, id: number, version: number, values: Partial<typeof positions.$inferInsert>) {
  const [row] = await db
    .update(positions)
    .set({ ...values, version: sql`${positions.version} + 1` })
    .where(and(eq(positions.id, id), eq(positions.version, version)))
    .returning();
  return row;
}

export interface Term {
  orgId: number;
  personId: number;
  title: string;
  startOn: string;
  endOn: string | null;
}

/**
 * Terms at the same node overlapping `term` that it cannot coexist with: the same person in the
 * same title, or anyone in a title held by one person at a time (a node has one 书记).
 */
export async function clashingTerm(db: Executor, term: Term, singleHolder: boolean, excludeId?: number) {
  const [row] = await db
    .select({ title: positions.title, personId: positions.personId, personName: people.name })
    .from(positions)
    .innerJoin(people, eq(people.id, positions.personId))
    .where(
      and(
        eq(positions.orgId, term.orgId),
        eq(positions.title, term.title),
        singleHolder ? undefined : eq(positions.personId, term.personId),
        excludeId ? ne(positions.id, excludeId) : undefined,
        // [start, end] ranges overlap; an open end lasts forever.
        term.endOn ? lte(positions.startOn, term.endOn) : undefined,
        or(isNull(positions.endOn), gte(positions.endOn, term.startOn)),
      ),
    )
    .limit(1);
  return row;
}

/** Terms at a node still running after `on` (open, or ending later), with the holder's name. */
export function termsRunningAfter(db: Executor, orgId: number, on: string) {
  return db
    .select({ position: positions, personName: people.name })
    .from(positions)
    .innerJoin(people, eq(people.id, positions.personId))
    .where(and(eq(positions.orgId, orgId), or(isNull(positions.endOn), gt(positions.endOn, on))))
    .orderBy(asc(positions.id))
    .for('update', { of: positions });
}

export async function endTerms(db: Executor, ids: readonly number[], endOn: string) {
  if (ids.length === 0) return;
  await db.execute(
    sql`update ${positions} set end_on = ${endOn}::date, version = version + 1 where id = any(${sql.param(ids)}::bigint[])`,
  );
}
