// Between the record form's values and the API: fill from a record, build the body, read refusals.
import dayjs from 'dayjs';
import type { AttendanceInput, RecordDetail, RollEntry, UpdateRecordBody } from '@xianfeng/shared/schemas/records';
import { ApiError } from '../../app/api';
import type { RecordFormValues } from './RecordFields';
import { fromPicker, toPicker } from './time';

const text = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

export function fillValues(r: RecordDetail): RecordFormValues {
  return {
    orgId: r.orgId,
    kind: r.kind,
    topic: r.topic,
    startsAt: toPicker(r.startsAt),
    endsAt: r.endsAt ? toPicker(r.endsAt) : null,
    place: r.place,
    hostPersonId: r.host?.id ?? null,
    recorderPersonId: r.recorder?.id ?? null,
    lecturerPersonId: r.lecturer?.id ?? null,
    lecturerName: r.lecturerName,
    agenda: r.agenda,
    minutes: r.minutes,
    studyHours: r.studyHours,
    attendance: r.attendees.map((a) => ({ personId: a.personId, attendance: a.attendance, reason: a.reason })),
    guests: r.guests.map((g) => ({ name: g.name, title: g.title, personId: g.personId })),
    amendReason: '',
  };
}

/** The fields both create and update take. The end time is on the start's day. */
export function toBody(v: RecordFormValues) {
  const start = v.startsAt!;
  const end = v.endsAt ? dayjs(`${start.format('YYYY-MM-DD')}T${v.endsAt.format('HH:mm')}:00`) : null;
  return {
    kind: v.kind!,
    topic: v.topic!.trim(),
    startsAt: fromPicker(start),
    endsAt: end ? fromPicker(end) : null,
    place: text(v.place),
    hostPersonId: v.hostPersonId ?? null,
    recorderPersonId: v.recorderPersonId ?? null,
    lecturerPersonId: v.lecturerPersonId ?? null,
    lecturerName: text(v.lecturerName),
    agenda: text(v.agenda),
    minutes: text(v.minutes),
    studyHours: v.studyHours ?? null,
    attendance: v.attendance.map((a) => ({
      personId: a.personId,
      attendance: a.attendance,
      reason: a.attendance === 'excused' ? text(a.reason) : null,
    })),
    guests: (v.guests ?? [])
      .filter((g) => g.name?.trim())
      .map((g) => ({ name: g.name.trim(), title: text(g.title), personId: g.personId ?? null })),
  } satisfies Omit<UpdateRecordBody, 'version'>;
}

/** People the server refused on the list (not members of the node that day): id → message. */
export function refusalsOf(err: unknown): Map<number, string> {
  const out = new Map<number, string>();
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return out;
  for (const d of err.details as unknown[]) {
    const r = d as { personId?: unknown; name?: unknown; message?: unknown };
    if (typeof r?.personId === 'number' && typeof r.message === 'string') out.set(r.personId, r.message);
  }
  return out;
}

/** The list for a roll: who was marked keeps the mark; new people start absent. */
export function mergeRoll(roll: RollEntry[], current: AttendanceInput[]): AttendanceInput[] {
  const marks = new Map(current.map((a) => [a.personId, a]));
  return roll.map((r) => marks.get(r.personId) ?? { personId: r.personId, attendance: 'absent', reason: null });
}

/** A reason is required for each excused person. */
export const missingReasons = (value: AttendanceInput[] | undefined) =>
  (value ?? []).filter((a) => a.attendance === 'excused' && !a.reason?.trim()).length;
