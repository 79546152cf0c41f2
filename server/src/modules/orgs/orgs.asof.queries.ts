// The tree as it stood on a date: versions valid that day (valid_from <= day < valid_to) and
// memberships covering it (start_on <= day < end_on). SQL only — recursive over org_versions, so the
// subtree is the one of that day, not today's paths. Rare views; the hot path stays on `path`.
import { type SQL, and, asc, eq, gt, ilike, isNull, lte, or, sql } from 'drizzle-orm';
import { escapeLike } from '../../core/scope-sql';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { orgs, orgVersions } from './orgs.schema';

const validOn = (on: string) =>
  and(lte(orgVersions.validFrom, on), or(isNull(orgVersions.validTo), gt(orgVersions.validTo, on)))!;

/**
 * `sub(org_id, type)`: the node and every node below it on `on`. UNION (not UNION ALL) ends the
 * recursion even if back-dated moves ever made a cycle in some past day's tree.
 */
const subtreeOn = (rootId: number, on: string): SQL => sql`
  with recursive sub(org_id, type) as (
    select v.org_id, v.type from org_versions v
    where v.org_id = ${rootId} and v.valid_from <= ${on}::date and (v.valid_to is null or v.valid_to > ${on}::date)
    union
    select v.org_id, v.type from org_versions v join sub on v.parent_id = sub.org_id
    where v.valid_from <= ${on}::date and (v.valid_to is null or v.valid_to > ${on}::date)
  )`;

/** The children a node had on `on`: name, type and parent of that day, with their own child count then. */
export async function childrenOn(
  db: Executor,
  parentId: number,
  on: string,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  // Written out: inside sql`` drizzle would print the outer column unqualified.
  const childCount = sql<number>`(select count(*)::int from org_versions c
    where c.parent_id = orgs.id and c.valid_from <= ${on}::date and (c.valid_to is null or c.valid_to > ${on}::date))`;
  const where = and(
    eq(orgVersions.parentId, parentId),
    validOn(on),
    q ? ilike(orgVersions.name, `%${escapeLike(q)}%`) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: orgs.id,
        parentId: orgVersions.parentId,
        path: orgs.path,
        depth: orgs.depth,
        type: orgVersions.type,
        name: orgVersions.name,
        unitName: orgs.unitName,
        code: orgs.code,
        dissolvedOn: orgs.dissolvedOn,
        childCount,
      })
      .from(orgVersions)
      .innerJoin(orgs, eq(orgs.id, orgVersions.orgId))
      .where(where)
      .orderBy(asc(orgs.sortOrder), asc(orgs.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(orgVersions)
      .where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** Nodes of the subtree on `on`, by their type then. */
export function countSubtreeByTypeOn(db: Executor, rootId: number, on: string) {
  return rowsOf<{ type: string; n: number }>(
    db,
    sql`${subtreeOn(rootId, on)} select type, count(*)::int as n from sub group by type`,
  );
}

/**
 * People whose membership covered `on` somewhere in the subtree of that day, by their party status
 * on that day (the last change up to it; today's status when the history starts later).
 */
export function countPeopleByStatusOn(db: Executor, rootId: number, on: string) {
  return rowsOf<{ status: string; n: number }>(
    db,
    sql`${subtreeOn(rootId, on)}
    select coalesce(s.status, p.party_status) as status, count(*)::int as n
    from memberships m
    join (select distinct org_id from sub) t on t.org_id = m.org_id
    join people p on p.id = m.person_id
    left join lateral (
      select c.status from party_status_changes c
      where c.person_id = m.person_id and c.effective_on <= ${on}::date
      order by c.effective_on desc, c.id desc limit 1
    ) s on true
    where m.start_on <= ${on}::date and (m.end_on is null or m.end_on > ${on}::date)
    group by 1`,
  );
}
