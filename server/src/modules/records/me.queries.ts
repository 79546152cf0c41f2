// SQL of a member's own side: their node, study hours from meetings and their own study records (学习记录).
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { people } from '../people/people.schema';
import { studyRecords } from './records.schema';

export async function myOrgPath(db: Executor, personId: number): Promise<string | undefined> {
  const [row] = await db.select({ orgPath: people.orgPath }).from(people).where(eq(people.id, personId));
  return row?.orgPath;
}

export async function myOrgId(db: Executor, personId: number): Promise<number | undefined> {
  const [row] = await db.select({ orgId: people.orgId }).from(people).where(eq(people.id, personId));
  return row?.orgId;
}

export interface StudyRow {
  source: 'record' | 'self';
  id: number;
  date: string;
  topic: string;
  kind: string;
  kindZh: string | null;
  kindEn: string | null;
  hours: number;
}

const MAX_STUDY_ITEMS = 500;

/** Held records where the person was present and that carry study hours, and their own study records. */
export function studyItems(db: Executor, personId: number, from: string, to: string): Promise<StudyRow[]> {
  return rowsOf<StudyRow>(
    db,
    sql`
    select * from (
      select 'record' as source, r.id, r.held_on::text as date, r.topic, r.kind, k.name_zh as "kindZh", k.name_en as "kindEn", r.study_hours::float8 as hours
      from record_attendees a join records r on r.id = a.record_id join record_kinds k on k.code = r.kind
      where a.person_id = ${personId} and a.attendance = 'present' and a.held_on between ${from}::date and ${to}::date
        and r.status = 'held' and r.study_hours > 0
      union all
      select 'self', s.id, s.studied_on::text, s.topic, s.form, null, null, s.hours::float8
      from study_records s where s.person_id = ${personId} and s.studied_on between ${from}::date and ${to}::date
    ) x order by date desc, source, id desc limit ${MAX_STUDY_ITEMS}`,
  );
}

/** The sums over the whole period, whatever the number of items shown. */
export async function studyTotals(db: Executor, personId: number, from: string, to: string) {
  const [row] = await rowsOf<{ meeting: number; self: number }>(
    db,
    sql`
    select
      (select coalesce(sum(r.study_hours), 0)::float8 from record_attendees a join records r on r.id = a.record_id
        where a.person_id = ${personId} and a.attendance = 'present' and a.held_on between ${from}::date and ${to}::date and r.status = 'held') as meeting,
      (select coalesce(sum(s.hours), 0)::float8 from study_records s
        where s.person_id = ${personId} and s.studied_on between ${from}::date and ${to}::date) as self`,
  );
  return { meeting: Number(row?.meeting ?? 0), self: Number(row?.self ?? 0) };
}

export async function insertStudy(db: Executor, values: typeof studyRecords.$inferInsert) {
  const [row] = await db.insert(studyRecords).values(values).returning();
  return row!;
}
