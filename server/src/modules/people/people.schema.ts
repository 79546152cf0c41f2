import { sql } from 'drizzle-orm';
import { orgs } from '../orgs/orgs.schema';
import { bigint, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** 人员 — a person, member or not. */
export const people = pgTable(
  'people',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    /** Pinyin initials ('zsf' for 张三丰) and full pinyin, for search. */
    nameInitials: text('name_initials').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    gender: text('gender'),
    birthDate: date('birth_date'),
    ethnicity: text('ethnicity'),
    education: text('education'),
    phone: text('phone'),
    /** Staff number: the stable external key used by imports. */
    employeeNo: text('employee_no'),
    partyStatus: text('party_status').notNull(),
    /** 入党时间 (admitted as probationary) and 转正时间. */
    joinedOn: date('joined_on'),
    fullMemberOn: date('full_member_on'),
    /** Denormalised current membership (kept by the service with the memberships table). */
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    orgPath: text('org_path').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('people_org_path_idx').using('btree', sql`${t.orgPath} text_pattern_ops`),
    index('people_org_idx').on(t.orgId),
    index('people_status_idx').on(t.partyStatus),
    index('people_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    index('people_initials_idx').using('btree', sql`${t.nameInitials} text_pattern_ops`),
    // Full-pinyin prefix search ('zhangsan'), like the initials.
    index('people_pinyin_idx').using('btree', sql`${t.namePinyin} text_pattern_ops`),
    uniqueIndex('people_employee_no_key').on(t.employeeNo),
  ],
);

/** Dated history of party status (申请 → 积极分子 → 发展对象 → 预备 → 正式). */
export const partyStatusChanges = pgTable(
  'party_status_changes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => people.id),
    status: text('status').notNull(),
    effectiveOn: date('effective_on').notNull(),
    note: text('note'),
  },
  (t) => [index('party_status_changes_person_idx').on(t.personId, t.effectiveOn)],
);

/** Membership of a node, dated; exactly one open membership per person. */
export const memberships = pgTable(
  'memberships',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => people.id),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    startOn: date('start_on').notNull(),
    endOn: date('end_on'),
    /** 组织关系转接 — the transfer that ended or began this membership. */
    transferReason: text('transfer_reason'),
  },
  (t) => [
    index('memberships_person_idx').on(t.personId, t.startOn),
    index('memberships_org_idx').on(t.orgId, t.startOn),
    uniqueIndex('memberships_one_open_key')
      .on(t.personId)
      .where(sql`${t.endOn} is null`),
  ],
);

/** 职务 — a position held at a node, dated. */
export const positions = pgTable(
  'positions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    personId: bigint('person_id', { mode: 'number' })
      .notNull()
      .references(() => people.id),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    title: text('title').notNull(),
    startOn: date('start_on').notNull(),
    endOn: date('end_on'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('positions_org_idx').on(t.orgId, t.endOn), index('positions_person_idx').on(t.personId, t.endOn)],
);
