import type { Executor } from '../../db/client';
import type { OrgRow } from '../orgs';
import { recordAttendees, records } from './records.schema';

export interface RecordOverrides {
  kind?: string;
  status?: 'planned' | 'held' | 'cancelled';
  topic?: string;
  /** The calendar day; the meeting starts at 09:00 Beijing time. */
  heldOn?: string;
  studyHours?: number | null;
  /** Listed people and their attendance (present unless said). */
  attendees?: { personId: number; attendance?: 'present' | 'excused' | 'absent'; reason?: string }[];
}

/** Test factory: a record of `org` written straight to the tables (no checks), for figures and other modules' tests. */
export async function buildRecord(db: Executor, org: Pick<OrgRow, 'id' | 'path'>, o: RecordOverrides = {}) {
  const heldOn = o.heldOn ?? '2024-03-15';
  const [rec] = await db
    .insert(records)
    .values({
      orgId: org.id,
      orgPath: org.path,
      kind: o.kind ?? 'branch_assembly',
      status: o.status ?? 'held',
      topic: o.topic ?? '测试会议',
      startsAt: new Date(`${heldOn}T09:00:00+08:00`),
      heldOn,
      studyHours: o.studyHours === undefined || o.studyHours === null ? null : String(o.studyHours),
    })
    .returning();
  if (o.attendees?.length)
    await db.insert(recordAttendees).values(
      o.attendees.map((a) => ({ recordId: rec!.id, personId: a.personId, attendance: a.attendance ?? 'present', reason: a.reason ?? null, heldOn })),
    );
  return rec!;
}
