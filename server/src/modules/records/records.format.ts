// Shapes and dates shared by the records services: rows as the API shows them, days in the deployment's zone.
import type { Locale } from '@xianfeng/shared/domain';
import type { RecordStatus, RecordSummary } from '@xianfeng/shared/schemas/records';
import { todayIn } from '../../core/time';
import type { RecordRow } from './records.queries';

/** The calendar day of an instant in the deployment's time zone: what compliance counts by. */
export const dayOf = (at: Date, timeZone: string) => todayIn(timeZone, at);

/** 'YYYY-MM-DD HH:mm' in the deployment's time zone, for notifications and documents. */
export function localDateTime(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export const hoursOf = (v: string | number | null) => (v === null ? null : Number(v));

export interface SummarySource {
  id: number;
  orgId: number;
  orgName: string;
  kind: string;
  kindZh: string;
  kindEn: string;
  topic: string;
  status: string;
  startsAt: Date;
  endsAt: Date | null;
  heldOn: string;
  place: string | null;
  studyHours: string | null;
  lockedAt: Date | null;
  listed: number;
  present: number;
  excused: number;
  absent: number;
}

export function toSummary(r: SummarySource, locale: Locale): RecordSummary {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    kind: r.kind,
    kindName: locale === 'en-US' ? r.kindEn : r.kindZh,
    topic: r.topic,
    status: r.status as RecordStatus,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt?.toISOString() ?? null,
    heldOn: r.heldOn,
    place: r.place,
    studyHours: hoursOf(r.studyHours),
    counts: { listed: r.listed, present: r.present, excused: r.excused, absent: r.absent },
    locked: r.lockedAt !== null,
  };
}

/** What the audit log keeps of a record (before/after), with its list. */
export function auditView(r: RecordRow, attendance?: readonly { personId: number; attendance: string; reason: string | null }[], guests?: readonly { name: string; title: string | null; personId: number | null }[]) {
  return {
    kind: r.kind,
    topic: r.topic,
    status: r.status,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt?.toISOString() ?? null,
    heldOn: r.heldOn,
    place: r.place,
    hostPersonId: r.hostPersonId,
    recorderPersonId: r.recorderPersonId,
    lecturerPersonId: r.lecturerPersonId,
    lecturerName: r.lecturerName,
    agenda: r.agenda,
    minutes: r.minutes,
    studyHours: hoursOf(r.studyHours),
    lockedAt: r.lockedAt?.toISOString() ?? null,
    ...(attendance ? { attendance: attendance.map((a) => ({ personId: a.personId, attendance: a.attendance, reason: a.reason })) } : {}),
    ...(guests ? { guests: guests.map((g) => ({ name: g.name, title: g.title, personId: g.personId })) } : {}),
  };
}
