// Writes generated records of organisational life (组织生活) in bulk, with explicit ids and their
// attendance (出席情况) and guests. Times are in the deployment's zone, Asia/Shanghai.
import type { Executor } from '../db/client';
import { type BulkTable, BulkWriter, nextIds, resetIdentities, vacuumAnalyze } from './bulk';
import { type Day, isoOf } from './dates';
import type { OrgRow } from './writer';

// prettier-ignore
const T = {
  records: { name: 'records', columns: [['id', 'bigint'], ['org_id', 'bigint'], ['org_path', 'text'], ['kind', 'text'], ['status', 'text'], ['topic', 'text'], ['starts_at', 'timestamptz'], ['ends_at', 'timestamptz'], ['held_on', 'date'], ['place', 'text'], ['host_person_id', 'bigint'], ['recorder_person_id', 'bigint'], ['lecturer_person_id', 'bigint'], ['lecturer_name', 'text'], ['agenda', 'text'], ['minutes', 'text'], ['study_hours', 'integer'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz']] },
  record_attendees: { name: 'record_attendees', columns: [['record_id', 'bigint'], ['person_id', 'bigint'], ['attendance', 'text'], ['reason', 'text'], ['held_on', 'date']] },
  record_guests: { name: 'record_guests', columns: [['id', 'bigint'], ['record_id', 'bigint'], ['person_id', 'bigint'], ['name', 'text'], ['title', 'text']] },
} as const satisfies Record<string, BulkTable>;

export type RecordTable = keyof typeof T;
export const RECORD_TABLES = Object.keys(T) as RecordTable[];
/** Tables with an identity column (attendance rows have none). */
const WITH_IDS = ['records', 'record_guests'] as const;

export type Attendance = 'present' | 'excused' | 'absent';

export interface AttendeeRow {
  personId: number;
  attendance: Attendance;
  reason: string | null;
}

/** A guest (e.g. a guidance group member, 指导组) known by name only. */
export interface Guest {
  name: string;
  title: string;
}

export interface RecordInput {
  org: OrgRow;
  kind: string;
  topic: string;
  day: Day;
  /** Local start time 'HH:MM'. */
  at: string;
  /** Length in minutes. */
  length: number;
  place: string;
  host?: number;
  recorder?: number;
  lecturer?: number;
  lecturerName?: string;
  agenda?: string;
  minutes?: string;
  /** 学时 each present attendee earns. */
  studyHours?: number;
  attendees: readonly AttendeeRow[];
  guests?: readonly Guest[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DDTHH:MM:00+08:00' for a day and a local time plus `minutes`. */
export function shanghai(day: Day, at: string, minutes = 0): string {
  const [h = 0, m = 0] = at.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${isoOf(day)}T${pad(Math.floor(total / 60))}:${pad(total % 60)}:00+08:00`;
}

export class RecordWriter {
  private readonly w: Record<RecordTable, BulkWriter>;

  private constructor(
    db: Executor,
    private readonly ids: Record<(typeof WITH_IDS)[number], number>,
  ) {
    const records = new BulkWriter(db, T.records);
    this.w = {
      records,
      record_attendees: new BulkWriter(db, T.record_attendees, [records]),
      record_guests: new BulkWriter(db, T.record_guests, [records]),
    };
  }

  static async open(db: Executor): Promise<RecordWriter> {
    return new RecordWriter(db, await nextIds(db, WITH_IDS));
  }

  count(table: RecordTable): number {
    return this.w[table].count;
  }

  /** A held record with its attendance and guests; returns its id. */
  async add(r: RecordInput): Promise<number> {
    if (r.at.length !== 5 || r.length <= 0) throw new Error(`bad time for ${r.topic}`);
    const id = this.ids.records++;
    const held = isoOf(r.day);
    const ends = shanghai(r.day, r.at, r.length);
    await this.w.records.add(
      id,
      r.org.id,
      r.org.path,
      r.kind,
      'held',
      r.topic,
      shanghai(r.day, r.at),
      ends,
      held,
      r.place,
      r.host ?? null,
      r.recorder ?? null,
      r.lecturer ?? null,
      r.lecturerName ?? null,
      r.agenda ?? null,
      r.minutes ?? null,
      r.studyHours ?? null,
      // entered on the day, right after the meeting
      ends,
      ends,
    );
    for (const a of r.attendees) await this.w.record_attendees.add(id, a.personId, a.attendance, a.reason, held);
    for (const g of r.guests ?? []) await this.w.record_guests.add(this.ids.record_guests++, id, null, g.name, g.title);
    return id;
  }

  /** Writes what is buffered and moves the identity sequences past the new ids. */
  async finish(db: Executor): Promise<void> {
    for (const t of RECORD_TABLES) await this.w[t].flush();
    await resetIdentities(db, WITH_IDS);
  }
}

/** Run outside any transaction. */
export const analyzeRecords = (db: Executor) => vacuumAnalyze(db, RECORD_TABLES);
