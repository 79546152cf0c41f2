// SQL of records (组织生活记录): the row, the list, the figures of a subtree.
import { and, asc, desc, eq, gte, ilike, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike, inScope, underPath } from '../../core/scope-sql';
import { auditLog } from '../audit/audit.schema';
import { orgs } from '../orgs/orgs.schema';
import { recordAttendees, recordKinds, records } from './records.schema';

export type RecordRow = typeof records.$inferSelect;
export type NewRecord = Omit<typeof records.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export async function findRecord(db: Executor, id: number): Promise<RecordRow | undefined> {
  const [row] = await db.select().from(records).where(eq(records.id, id));
  return row;
}

export async function insertRecord(db: Executor, values: NewRecord): Promise<RecordRow> {
  const [row] = await db.insert(records).values(values).returning();
  return row!;
}

/** Updates when the version matches; undefined means someone else changed it first. */
export async function updateRecord(db: Executor, id: number, version: number, values: Partial<NewRecord>) {
  const [row] = await db
    .update(records)
    .set({ ...values, version: sql`${records.version} + 1`, updatedAt: new Date() })
    .where(and(eq(records.id, id), eq(records.version, version)))
    .returning();
  return row;
}

/** Check-in opens and closes without touching the version the editors hold. */
export async function setCheckInSecret(db: Executor, id: number, secret: string | null) {
  await db.update(records).set({ checkInSecret: secret }).where(eq(records.id, id));
}

/** Re-roots the records of a moved subtree: one UPDATE over the indexed path range. */
export async function rewriteRecordPaths(db: Executor, oldPath: string, newPath: string) {
  await db.execute(sql`update ${records} set org_path = ${newPath} || substr(org_path, ${oldPath.length + 1}) where ${underPath(records.orgPath, oldPath)}`);
}

// Written out: drizzle prints a lone column unqualified, which would bind to the inner table.
const countOf = (attendance?: string) =>
  sql<number>`(select count(*)::int from record_attendees a where a.record_id = records.id ${attendance ? sql`and a.attendance = ${attendance}` : sql``})`;

export const summaryColumns = {
  id: records.id,
  orgId: records.orgId,
  orgName: orgs.name,
  kind: records.kind,
  kindZh: recordKinds.nameZh,
  kindEn: recordKinds.nameEn,
  topic: records.topic,
  status: records.status,
  startsAt: records.startsAt,
  endsAt: records.endsAt,
  heldOn: records.heldOn,
  place: records.place,
  studyHours: records.studyHours,
  lockedAt: records.lockedAt,
  listed: countOf(),
  present: countOf('present'),
  excused: countOf('excused'),
  absent: countOf('absent'),
};

export interface ListFilter {
  scope: string[];
  under?: string;
  kinds?: string[];
  statuses?: string[];
  from?: string;
  to?: string;
  q?: string;
}

function listWhere(f: ListFilter): SQL | undefined {
  return and(
    inScope(records.orgPath, f.scope),
    f.under ? underPath(records.orgPath, f.under) : undefined,
    f.kinds?.length ? inArray(records.kind, f.kinds) : undefined,
    f.statuses?.length ? inArray(records.status, f.statuses) : undefined,
    f.from ? gte(records.heldOn, f.from) : undefined,
    f.to ? lte(records.heldOn, f.to) : undefined,
    f.q ? ilike(records.topic, `%${escapeLike(f.q)}%`) : undefined,
  );
}

export async function listRecords(db: Executor, f: ListFilter, limit: number, offset: number) {
  const where = listWhere(f);
  const [rows, [count]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(records)
      .innerJoin(orgs, eq(orgs.id, records.orgId))
      .innerJoin(recordKinds, eq(recordKinds.code, records.kind))
      .where(where)
      .orderBy(desc(records.startsAt), desc(records.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(records).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export async function recordSummaryRow(db: Executor, id: number) {
  const [row] = await db
    .select(summaryColumns)
    .from(records)
    .innerJoin(orgs, eq(orgs.id, records.orgId))
    .innerJoin(recordKinds, eq(recordKinds.code, records.kind))
    .where(eq(records.id, id));
  return row;
}

/** Records that list the person: upcoming planned ones (soonest first) or held ones (latest first). */
export async function listMyRecords(db: Executor, personId: number, scope: 'upcoming' | 'history', today: string, limit: number, offset: number) {
  const mine = and(
    eq(recordAttendees.personId, personId),
    scope === 'upcoming' ? and(eq(records.status, 'planned'), gte(records.heldOn, today)) : eq(records.status, 'held'),
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({
        ...summaryColumns,
        myAttendance: recordAttendees.attendance,
        myReason: recordAttendees.reason,
        myCheckedInAt: recordAttendees.checkedInAt,
        myLate: recordAttendees.late,
      })
      .from(recordAttendees)
      .innerJoin(records, eq(records.id, recordAttendees.recordId))
      .innerJoin(orgs, eq(orgs.id, records.orgId))
      .innerJoin(recordKinds, eq(recordKinds.code, records.kind))
      .where(mine)
      .orderBy(scope === 'upcoming' ? asc(records.startsAt) : desc(records.startsAt), desc(records.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(recordAttendees)
      .innerJoin(records, eq(records.id, recordAttendees.recordId))
      .where(mine),
  ]);
  return { rows, total: count?.n ?? 0 };
}

export interface FigureFilter {
  path: string;
  kinds?: string[];
  from?: string;
  to?: string;
}

const heldWhere = (f: FigureFilter) => sql`r.status = 'held' and r.org_path like ${escapeLike(f.path) + '%'}
  ${f.from ? sql`and r.held_on >= ${f.from}::date` : sql``} ${f.to ? sql`and r.held_on <= ${f.to}::date` : sql``}
  ${f.kinds?.length ? sql`and r.kind = any(${sql.param(f.kinds)}::text[])` : sql``}`;

export interface FigureRow {
  /** The child node's id ('' for the node itself), null on rows that sum over children. */
  child: string | null;
  kind: string | null;
  records: number;
  nodes: number;
}

/**
 * Held records of a subtree in one pass: per (child of the root, kind), per child, per kind and in all,
 * with the distinct nodes that held them. The child is read from the path, so the path index serves.
 */
export function heldFigures(db: Executor, f: FigureFilter): Promise<FigureRow[]> {
  return rowsOf<FigureRow>(
    db,
    sql`
    select child, kind, count(*)::int as records, count(distinct org_id)::int as nodes
    from (
      select case when r.org_path = ${f.path} then '' else split_part(substr(r.org_path, ${f.path.length + 1}), '/', 1) end as child, r.kind, r.org_id
      from records r where ${heldWhere(f)}
    ) h
    group by grouping sets ((child, kind), (child), (kind), ())`,
  );
}

export async function countHeld(db: Executor, f: FigureFilter): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from records r where ${heldWhere(f)}`);
  return row?.n ?? 0;
}

/** People present at least once, and present attendances in all, at the held records of a subtree in a window. */
export async function attendanceFigures(db: Executor, f: FigureFilter): Promise<{ attendees: number; attendances: number }> {
  const [row] = await rowsOf<{ attendees: number; attendances: number }>(
    db,
    // Grouped by person first: a hash aggregate, cheaper than count(distinct) over the attendance rows.
    sql`select count(*)::int as attendees, coalesce(sum(n), 0)::int as attendances from (
      select a.person_id, count(*) as n from records r join record_attendees a on a.record_id = r.id
      where ${heldWhere(f)} and a.attendance = 'present' group by a.person_id) p`,
  );
  return { attendees: row?.attendees ?? 0, attendances: row?.attendances ?? 0 };
}

/** Children of a node for the per-child figures (dissolved ones too: their records stay). */
export function childrenOf(db: Executor, parentId: number) {
  return db
    .select({ id: orgs.id, name: orgs.name, type: orgs.type, dissolvedOn: orgs.dissolvedOn })
    .from(orgs)
    .where(eq(orgs.parentId, parentId))
    .orderBy(asc(orgs.sortOrder), asc(orgs.id));
}

/** Changes of a locked record, its locks and unlocks (更正记录), oldest first. */
export function amendmentsOf(db: Executor, recordId: number) {
  return db
    .select({ at: auditLog.at, actorName: auditLog.actorName, action: auditLog.action, summary: auditLog.summary, before: auditLog.before, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'record'), eq(auditLog.entityId, recordId), inArray(auditLog.action, ['record.amend', 'record.lock', 'record.unlock'])))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}
