import { z } from 'zod';
import { GENDERS, PARTY_STATUSES, POSITIONS } from '../domain';
import { dateSchema, idSchema, pageOf, pageQuery, versionSchema } from './common';
import { calendarDate } from './orgs';

export const partyStatusSchema = z.enum(PARTY_STATUSES);
export const genderSchema = z.enum(GENDERS);
export const positionTitleSchema = z.enum(POSITIONS);

export const PEOPLE_SORTS = ['name', 'joinedOn', 'birthDate', 'orgName'] as const;
export const MAX_EXPORT_ROWS = 100_000;
/** The roster counts at most this many for its pager: an exact count of a whole group costs too much. */
export const ROSTER_COUNT_CAP = 10_000;

/** One or several values: `?partyStatus=a&partyStatus=b` or `?partyStatus=a,b`. */
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined ? v : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).filter(Boolean)),
    z.array(item).max(10),
  );

/** Filters of the roster (花名册), shared by the list and the export. */
export const peopleFilter = z.object({
  /** A node: its whole subtree. Absent: everything the caller may read. */
  orgId: idSchema.optional(),
  partyStatus: oneOrMany(partyStatusSchema).optional(),
  gender: genderSchema.optional(),
  /** Name contains, pinyin initials or full pinyin prefix ('zsf', 'zhangsan'), or exact employee number. */
  q: z.string().trim().max(50).optional(),
  sort: z.enum(PEOPLE_SORTS).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type PeopleFilter = z.infer<typeof peopleFilter>;

export const peopleQuery = pageQuery.extend(peopleFilter.shape);
export type PeopleQuery = z.infer<typeof peopleQuery>;

/** A position as the roster shows it: a title at a node. */
export const heldPosition = z.object({ orgId: z.number(), orgName: z.string(), title: positionTitleSchema });
export type HeldPosition = z.infer<typeof heldPosition>;

/** A row of the roster. */
export const personSummary = z.object({
  id: z.number(),
  name: z.string(),
  gender: genderSchema.nullable(),
  birthDate: z.string().nullable(),
  partyStatus: partyStatusSchema,
  /** 入党时间 — admitted as a probationary member. */
  joinedOn: z.string().nullable(),
  orgId: z.number(),
  orgName: z.string(),
  employeeNo: z.string().nullable(),
  phone: z.string().nullable(),
  /** Current positions, at any node. */
  positions: z.array(heldPosition),
  version: z.number(),
});
export type PersonSummary = z.infer<typeof personSummary>;
/** `totalCapped`: more than ROSTER_COUNT_CAP matched and `total` is the cap (the pager shows "10,000+"). */
export const peoplePage = pageOf(personSummary).extend({ totalCapped: z.boolean().optional() });
export type PeoplePage = z.infer<typeof peoplePage>;

export const statusChange = z.object({
  id: z.number(),
  status: partyStatusSchema,
  effectiveOn: z.string(),
  note: z.string().nullable(),
});
export type StatusChange = z.infer<typeof statusChange>;

/** A membership of a node (组织关系), dated; consecutive ones are transfers (转接). */
export const membershipView = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  /** Why this membership began (the transfer's reason). */
  transferReason: z.string().nullable(),
});
export type MembershipView = z.infer<typeof membershipView>;

/** A term in a position (职务). */
export const positionView = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  personId: z.number(),
  personName: z.string(),
  title: positionTitleSchema,
  startOn: z.string(),
  endOn: z.string().nullable(),
  /** Held today. */
  current: z.boolean(),
  version: z.number(),
});
export type PositionView = z.infer<typeof positionView>;

export const personDetail = personSummary.extend({
  ethnicity: z.string().nullable(),
  education: z.string().nullable(),
  /** 转正时间. */
  fullMemberOn: z.string().nullable(),
  orgPath: z.string(),
  statusHistory: z.array(statusChange),
  memberships: z.array(membershipView),
  /** Current and past terms, newest first. */
  positionHistory: z.array(positionView),
  /** What the caller may do with this person. */
  can: z.object({ write: z.boolean() }),
});
export type PersonDetail = z.infer<typeof personDetail>;

const name = z.string().trim().min(1).max(50);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

/** Basic fields, editable with PATCH. */
const basicFields = {
  gender: genderSchema.nullish(),
  birthDate: dateSchema.nullish(),
  ethnicity: optionalText(20),
  education: optionalText(30),
  /** Empty strings clear a field. */
  phone: z
    .string()
    .trim()
    .regex(/^([0-9+\- ]{5,20})?$/, { message: 'person.badPhone' })
    .nullish(),
  employeeNo: optionalText(30),
};

export const createPersonBody = z.object({
  name,
  ...basicFields,
  /** The node holding the membership: a branch or party group (any node for non-members). */
  orgId: idSchema,
  partyStatus: partyStatusSchema,
  joinedOn: dateSchema.nullish(),
  fullMemberOn: dateSchema.nullish(),
  /** When the membership of `orgId` began; today when absent. */
  startOn: dateSchema.optional(),
});
export type CreatePersonBody = z.infer<typeof createPersonBody>;

export const updatePersonBody = z.object({
  version: versionSchema,
  name: name.optional(),
  ...basicFields,
  /** Corrections of the dates; status changes go through /status. */
  joinedOn: dateSchema.nullish(),
  fullMemberOn: dateSchema.nullish(),
});
export type UpdatePersonBody = z.infer<typeof updatePersonBody>;

export const statusChangeBody = z.object({
  version: versionSchema,
  status: partyStatusSchema,
  effectiveOn: dateSchema,
  note: z.string().trim().max(500).nullish(),
});
export type StatusChangeBody = z.infer<typeof statusChangeBody>;

/** 组织关系转接. */
export const transferBody = z.object({
  version: versionSchema,
  toOrgId: idSchema,
  effectiveOn: dateSchema,
  reason: z.string().trim().max(500).nullish(),
});
export type TransferBody = z.infer<typeof transferBody>;

/** The most people one bulk transfer (批量转接) moves. */
export const MAX_BULK_TRANSFER = 500;

/** 批量转接 — all of them or none (a split, 分设, is a new branch plus one of these). */
export const bulkTransferBody = z.object({
  personIds: z.array(idSchema).min(1).max(MAX_BULK_TRANSFER),
  toOrgId: idSchema,
  effectiveOn: calendarDate,
  reason: z.string().trim().max(500).nullish(),
});
export type BulkTransferBody = z.infer<typeof bulkTransferBody>;

export const bulkTransferResult = z.object({ transferred: z.number().int(), toOrgId: z.number(), effectiveOn: z.string() });
export type BulkTransferResult = z.infer<typeof bulkTransferResult>;

/**
 * Why one person cannot be transferred; a refused bulk transfer answers 400 with `details` listing
 * every refusal. `name` is empty for people the caller may not see.
 */
export const transferRefusalView = z.object({ personId: z.number(), name: z.string(), message: z.string() });
export type TransferRefusalView = z.infer<typeof transferRefusalView>;

export const positionsQuery = z.object({
  /** true: held today; false: ended; absent: all. */
  current: z.enum(['true', 'false']).optional(),
});

export const createPositionBody = z.object({
  orgId: idSchema,
  personId: idSchema,
  title: positionTitleSchema,
  startOn: dateSchema,
  endOn: dateSchema.nullish(),
});
export type CreatePositionBody = z.infer<typeof createPositionBody>;

export const updatePositionBody = z.object({
  version: versionSchema,
  title: positionTitleSchema.optional(),
  startOn: dateSchema.optional(),
  /** Ends the term (or corrects its end); null reopens it. */
  endOn: dateSchema.nullish(),
});
export type UpdatePositionBody = z.infer<typeof updatePositionBody>;
