import { and, asc, eq, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike, inScope, underPath } from '../../core/scope-sql';
import { orgs, orgVersions } from './orgs.schema';

export type OrgRow = typeof orgs.$inferSelect;

/** Active direct children, for the lazy tree. */
// Written out: drizzle prints a lone column unqualified, which would bind to the inner alias.
const childCount = sql<number>`(select count(*)::int from orgs c where c.parent_id = orgs.id and c.dissolved_on is null)`;
const summaryColumns = {
  id: orgs.id,
  parentId: orgs.parentId,
  path: orgs.path,
  depth: orgs.depth,
  type: orgs.type,
  name: orgs.name,
  unitName: orgs.unitName,
  code: orgs.code,
  dissolvedOn: orgs.dissolvedOn,
  childCount,
};

export async function findOrg(db: Executor, id: number): Promise<OrgRow | undefined> {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, id));
  return row;
}

export async function findOrgWithCount(db: Executor, id: number) {
  const [row] = await db
    .select({ ...summaryColumns, sortOrder: orgs.sortOrder, establishedOn: orgs.establishedOn, termEndsOn: orgs.termEndsOn, version: orgs.version })
    .from(orgs)
    .where(eq(orgs.id, id));
  return row;
}

export async function findOrgByCode(db: Executor, code: string) {
  const [row] = await db.select().from(orgs).where(eq(orgs.code, code));
  return row;
}

/** The nodes at the given paths (the roots of a caller's scope). */
export function orgsAtPaths(db: Executor, paths: string[]) {
  if (paths.length === 0) return Promise.resolve([]);
  return db.select(summaryColumns).from(orgs).where(inArray(orgs.path, paths)).orderBy(asc(orgs.sortOrder), asc(orgs.id));
}

export function namesOf(db: Executor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: orgs.id, name: orgs.name, type: orgs.type }).from(orgs).where(inArray(orgs.id, ids));
}

export interface ChildrenFilter {
  q?: string;
  includeDissolved: boolean;
}

export async function listChildren(db: Executor, parentId: number, f: ChildrenFilter, limit: number, offset: number) {
  const where = and(
    eq(orgs.parentId, parentId),
    f.includeDissolved ? undefined : isNull(orgs.dissolvedOn),
    f.q ? ilike(orgs.name, `%${escapeLike(f.q)}%`) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db.select(summaryColumns).from(orgs).where(where).orderBy(asc(orgs.sortOrder), asc(orgs.id)).limit(limit).offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(orgs).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** Nodes whose name contains `q` (trigram index) or whose code is `q`, inside the scope. */
export function searchOrgs(db: Executor, scope: string[], q: string, limit: number) {
  return db
    .select(summaryColumns)
    .from(orgs)
    .where(and(inScope(orgs.path, scope), or(ilike(orgs.name, `%${escapeLike(q)}%`), eq(orgs.code, q))))
    .orderBy(asc(orgs.depth), asc(sql`length(${orgs.name})`), asc(orgs.id))
    .limit(limit);
}

export type NewOrg = Omit<typeof orgs.$inferInsert, 'id' | 'path' | 'depth' | 'parentId'>;

/** Inserts a node under `parent` (a top node when null), computing its path from the id it gets, in one statement. */
export async function insertOrg(db: Executor, parent: Pick<OrgRow, 'id' | 'path' | 'depth'> | null, values: NewOrg): Promise<OrgRow> {
  const [inserted] = await rowsOf<{ id: number }>(db, sql`
    with n as (select nextval(pg_get_serial_sequence('orgs', 'id')) as id)
    insert into ${orgs} (id, parent_id, path, depth, type, name, unit_name, code, sort_order, established_on, term_ends_on)
    overriding system value
    select n.id, ${parent?.id ?? null}, ${parent?.path ?? '/'} || n.id || '/', ${parent ? parent.depth + 1 : 0}, ${values.type}, ${values.name},
      ${values.unitName ?? null}, ${values.code ?? null}, ${values.sortOrder ?? 0}, ${values.establishedOn ?? null}, ${values.termEndsOn ?? null}
    from n
    returning id`);
  return (await findOrg(db, Number(inserted!.id)))!;
}

/** Updates fields when the version matches; undefined means someone else changed it first. */
export async function updateOrg(db: Executor, id: number, version: number, values: Partial<typeof orgs.$inferInsert>) {
  const [row] = await db
    .update(orgs)
    .set({ ...values, version: sql`${orgs.version} + 1`, updatedAt: new Date() })
    .where(and(eq(orgs.id, id), eq(orgs.version, version)))
    .returning();
  return row;
}

/** Re-roots a whole subtree under a new parent path: one UPDATE over the indexed path range. */
export async function rewriteSubtreePaths(db: Executor, oldPath: string, newPath: string, depthDelta: number) {
  await db.execute(sql`
    update ${orgs} set path = ${newPath} || substr(path, ${oldPath.length + 1}), depth = depth + ${depthDelta}
    where ${underPath(orgs.path, oldPath)}`);
}

/** Active direct children, locked: a merge moves them. */
export function activeChildren(db: Executor, id: number) {
  return db
    .select()
    .from(orgs)
    .where(and(eq(orgs.parentId, id), isNull(orgs.dissolvedOn)))
    .orderBy(asc(orgs.sortOrder), asc(orgs.id))
    .for('update');
}

export async function countActiveChildren(db: Executor, id: number) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(orgs)
    .where(and(eq(orgs.parentId, id), isNull(orgs.dissolvedOn)));
  return row?.n ?? 0;
}

/** Active nodes of a subtree by type. */
export async function countSubtreeByType(db: Executor, path: string) {
  const rows = await db
    .select({ type: orgs.type, n: sql<number>`count(*)::int` })
    .from(orgs)
    .where(and(underPath(orgs.path, path), isNull(orgs.dissolvedOn)))
    .groupBy(orgs.type);
  return rows;
}

// —— history (org_versions) ——

export async function openVersion(db: Executor, v: typeof orgVersions.$inferInsert) {
  await db.insert(orgVersions).values(v);
}

/** Ends the node's current version the day a change takes effect. */
export async function closeCurrentVersion(db: Executor, orgId: number, validTo: string) {
  await db
    .update(orgVersions)
    .set({ validTo })
    .where(and(eq(orgVersions.orgId, orgId), isNull(orgVersions.validTo)));
}

export async function currentVersionStart(db: Executor, orgId: number) {
  const [row] = await db
    .select({ validFrom: orgVersions.validFrom })
    .from(orgVersions)
    .where(and(eq(orgVersions.orgId, orgId), isNull(orgVersions.validTo)));
  return row?.validFrom;
}

/** When the node first appears in the history (its creation). */
export async function firstVersionStart(db: Executor, orgId: number) {
  const [row] = await db
    .select({ validFrom: sql<string | null>`min(${orgVersions.validFrom})::text` })
    .from(orgVersions)
    .where(eq(orgVersions.orgId, orgId));
  return row?.validFrom ?? undefined;
}

export function listVersions(db: Executor, orgId: number) {
  const parent = sql<string | null>`(select p.name from orgs p where p.id = org_versions.parent_id)`;
  return db
    .select({
      id: orgVersions.id,
      change: orgVersions.change,
      parentId: orgVersions.parentId,
      parentName: parent,
      type: orgVersions.type,
      name: orgVersions.name,
      validFrom: orgVersions.validFrom,
      validTo: orgVersions.validTo,
      note: orgVersions.note,
      details: orgVersions.details,
    })
    .from(orgVersions)
    .where(eq(orgVersions.orgId, orgId))
    .orderBy(asc(orgVersions.validFrom), asc(orgVersions.id));
}
