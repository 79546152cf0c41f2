import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/orgs.schema';
import { people } from '../people/people.schema';

/**
 * 组织生活类型 — kinds of meeting or activity. Built-in kinds have no owner; a committee may add its own
 * for its subtree (owner_org_id).
 */
export const recordKinds = pgTable(
  'record_kinds',
  {
    code: text('code').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    ownerOrgId: bigint('owner_org_id', { mode: 'number' }).references(() => orgs.id),
    /** Node types that hold this kind (e.g. 民主生活会 at committees); empty = any. */
    orgTypes: text('org_types').array().notNull().default(sql`'{}'::text[]`),
    /** 党课 has a lecturer. */
    hasLecturer: boolean('has_lecturer').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
);

/** 组织生活记录 — a meeting or activity of a node, planned or held. */
export const records = pgTable(
  'records',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    /** Denormalised path of the node, kept by the service (and on subtree moves) for subtree figures. */
    orgPath: text('org_path').notNull(),
    kind: text('kind')
      .notNull()
      .references(() => recordKinds.code),
    /** planned | held | cancelled */
    status: text('status').notNull().default('held'),
    topic: text('topic').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    /** The calendar day of startsAt in the deployment's time zone: what compliance counts by. */
    heldOn: date('held_on').notNull(),
    place: text('place'),
    hostPersonId: bigint('host_person_id', { mode: 'number' }).references(() => people.id),
    recorderPersonId: bigint('recorder_person_id', { mode: 'number' }).references(() => people.id),
    lecturerPersonId: bigint('lecturer_person_id', { mode: 'number' }).references(() => people.id),
    lecturerName: text('lecturer_name'),
    agenda: text('agenda'),
    /** Minutes as sanitised HTML. */
    minutes: text('minutes'),
    /** Study hours each present attendee earns (学时). */
    studyHours: numeric('study_hours', { precision: 5, scale: 1 }),
    /** Locked by review: later changes are amendments, audited and shown. */
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lockedBy: bigint('locked_by', { mode: 'number' }),
    /** Rotating check-in secret (签到), set while check-in is open. */
    checkInSecret: text('check_in_secret'),
    createdBy: bigint('created_by', { mode: 'number' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('records_org_held_idx').on(t.orgId, t.heldOn),
    index('records_path_held_idx').using('btree', sql`${t.orgPath} text_pattern_ops`, t.heldOn),
    index('records_kind_held_idx').on(t.kind, t.heldOn),
  ],
);

/** 出席情况 — one row per person listed on a record: present / excused / absent. */
export const recordAttendees = pgTable(
  'record_attendees',
  {
    recordId: bigint('record_id', { mode: 'number' })
      .notNull()
      .references(() => records.id),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => people.id),
    /** present | excused | absent */
    attendance: text('attendance').notNull(),
    reason: text('reason'),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    late: boolean('late').notNull().default(false),
    /** Copied from the record, so a person's history is one index range. */
    heldOn: date('held_on').notNull(),
  },
  (t) => [
    uniqueIndex('record_attendees_key').on(t.recordId, t.personId),
    index('record_attendees_person_idx').on(t.personId, t.heldOn),
  ],
);

/** Guests of a record (e.g. a guidance group member, 指导组参会). */
export const recordGuests = pgTable(
  'record_guests',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    recordId: bigint('record_id', { mode: 'number' })
      .notNull()
      .references(() => records.id),
    personId: bigint('person_id', { mode: 'number' }).references(() => people.id),
    name: text('name').notNull(),
    title: text('title'),
  },
  (t) => [index('record_guests_record_idx').on(t.recordId)],
);

/** Files attached to a record; bytes live in the file store, keyed by storage_key. */
export const recordFiles = pgTable(
  'record_files',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    recordId: bigint('record_id', { mode: 'number' })
      .notNull()
      .references(() => records.id),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: bigint('uploaded_by', { mode: 'number' }),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('record_files_record_idx').on(t.recordId)],
);

/** 学习记录 — study hours of a person outside meetings (固定课堂, 网上课堂, 流动课堂, 实践课堂). */
export const studyRecords = pgTable(
  'study_records',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => people.id),
    studiedOn: date('studied_on').notNull(),
    form: text('form').notNull(),
    topic: text('topic').notNull(),
    hours: numeric('hours', { precision: 5, scale: 1 }).notNull(),
    details: jsonb('details'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('study_records_person_idx').on(t.personId, t.studiedOn)],
);
