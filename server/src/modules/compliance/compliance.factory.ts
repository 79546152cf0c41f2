import type { Executor } from '../../db/client';
import type { OrgRow } from '../orgs';
import { recordAttendees, records, studyRecords } from '../records/records.schema';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T02:00:00Z`) + days * 86_400_000);

export interface RecordOverrides {
  status?: 'planned' | 'held' | 'cancelled';
  /** Days after heldOn the record was entered (1 by default: on time). */
  enteredAfterDays?: number;
  studyHours?: number;
  attendees?: { personId: number; attendance: 'present' | 'excused' | 'absent' }[];
}

/**
 * Test factory: a record of `kind` held at `org` on `heldOn` (10:00 Beijing time), written straight
 * into the records tables — figures read them, whoever wrote them.
 */
export async function buildRecord(
  db: Executor,
  org: Pick<OrgRow, 'id' | 'path'>,
  kind: string,
  heldOn: string,
  o: RecordOverrides = {},
) {
  const [row] = await db
    .insert(records)
    .values({
      orgId: org.id,
      orgPath: org.path,
      kind,
      status: o.status ?? 'held',
      topic: `${kind} ${heldOn}`,
      startsAt: addDays(heldOn, 0),
      heldOn,
      studyHours: o.studyHours === undefined ? null : String(o.studyHours),
      createdAt: addDays(heldOn, o.enteredAfterDays ?? 1),
    })
    .returning();
  if (o.attendees?.length) {
    await db
      .insert(recordAttendees)
      .values(o.attendees.map((a) => ({ recordId: row!.id, personId: a.personId, attendance: a.attendance, heldOn })));
  }
  return row!;
}

/** Test factory: study hours of a person outside meetings (学习记录). */
export async function buildStudy(db: Executor, personId: number, studiedOn: string, hours: number) {
  const [row] = await db
    .insert(studyRecords)
    .values({ personId, studiedOn, form: 'online', topic: '自学', hours: String(hours) })
    .returning();
  return row!;
}
