// API of records of organisational life (组织生活): meetings and activities, attendance, files, check-in, study.
import { z } from 'zod';
import { ORG_TYPES, PARTY_STATUSES } from '../domain';
import { dateSchema, idSchema, pageOf, pageQuery, versionSchema } from './common';

/** planned → held, or cancelled. Only held records count in figures. */
export const RECORD_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** 出席 / 请假 / 缺席. On a planned record an unmarked person is absent until checked in or excused. */
export const ATTENDANCES = ['present', 'excused', 'absent'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** 固定课堂 / 网上课堂 / 流动课堂 / 实践课堂 — forms of a member's own study. */
export const STUDY_FORMS = ['fixed_class', 'online_class', 'mobile_class', 'practice_class'] as const;
export type StudyForm = (typeof STUDY_FORMS)[number];

/** 三会一课: the branch assembly, the committee meeting, the party group meeting and the party lecture. */
export const THREE_MEETINGS_ONE_LESSON = ['branch_assembly', 'branch_committee_meeting', 'party_group_meeting', 'party_lecture'] as const;

/** A check-in code is valid for this many seconds (and the previous window too). */
export const CHECK_IN_WINDOW_SECONDS = 30;
/** A check-in later than this after the start is marked late. */
export const LATE_AFTER_MINUTES = 10;
/** The most people one record lists. */
export const MAX_ATTENDEES = 2000;
/** The largest attachment (the server's multipart limit). */
export const RECORD_FILE_MAX_MB = 20;
/** Accepted attachments (checked by content, not only by name). */
export const RECORD_FILE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'pdf', 'doc', 'docx', 'xls', 'xlsx'] as const;

export const recordStatusSchema = z.enum(RECORD_STATUSES);
export const attendanceSchema = z.enum(ATTENDANCES);
export const studyFormSchema = z.enum(STUDY_FORMS);
/** A kind's code: built-in ones (branch_assembly, …) or a committee's own. */
export const kindCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,49}$/, { message: 'record.badKindCode' });

/** One or several values: `?kind=a&kind=b` or `?kind=a,b`. */
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (v === undefined ? v : (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).filter(Boolean)),
    z.array(item).max(20),
  );

// —— kinds (组织生活类型) ——

export const recordKind = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  /** The committee that added it for its subtree; null for built-in kinds. */
  ownerOrgId: z.number().nullable(),
  /** Node types that hold this kind; empty = any. */
  orgTypes: z.array(z.enum(ORG_TYPES)),
  /** 党课 and 专题辅导 name a lecturer. */
  hasLecturer: z.boolean(),
  sortOrder: z.number(),
  active: z.boolean(),
});
export type RecordKind = z.infer<typeof recordKind>;

/** Kinds usable at a node (built-ins and its ancestors' own); absent: those of the caller's nodes. */
export const recordKindsQuery = z.object({ orgId: idSchema.optional() });

export const createRecordKindBody = z.object({
  ownerOrgId: idSchema,
  /** Generated from the owner when absent. */
  code: kindCodeSchema.optional(),
  nameZh: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().max(80).optional(),
  orgTypes: z.array(z.enum(ORG_TYPES)).max(ORG_TYPES.length).default([]),
  hasLecturer: z.boolean().default(false),
  sortOrder: z.number().int().default(500),
});
export type CreateRecordKindBody = z.infer<typeof createRecordKindBody>;

// —— records ——

export const recordCounts = z.object({ listed: z.number().int(), present: z.number().int(), excused: z.number().int(), absent: z.number().int() });

/** A row of the records list. Times are ISO instants; heldOn is the calendar day (deployment time zone). */
export const recordSummary = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  kind: z.string(),
  /** The kind's name in the caller's language. */
  kindName: z.string(),
  topic: z.string(),
  status: recordStatusSchema,
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  heldOn: z.string(),
  place: z.string().nullable(),
  studyHours: z.number().nullable(),
  counts: recordCounts,
  locked: z.boolean(),
});
export type RecordSummary = z.infer<typeof recordSummary>;
export const recordsPage = pageOf(recordSummary);

export const recordsFilter = z.object({
  /** A node: its whole subtree. Absent: everything the caller may read. */
  orgId: idSchema.optional(),
  kind: oneOrMany(kindCodeSchema).optional(),
  status: oneOrMany(recordStatusSchema).optional(),
  /** held_on from/to, inclusive. */
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  /** Topic contains. */
  q: z.string().trim().max(100).optional(),
});
export const recordsQuery = pageQuery.extend(recordsFilter.shape);
export type RecordsQuery = z.infer<typeof recordsQuery>;

export const recordsSummaryQuery = z.object({ orgId: idSchema, from: dateSchema.optional(), to: dateSchema.optional(), kind: oneOrMany(kindCodeSchema).optional() });
export type RecordsSummaryQuery = z.infer<typeof recordsSummaryQuery>;

/** Held records of a subtree: per kind (with the number of distinct nodes that held it) and per child node. */
export const recordsSummary = z.object({
  orgId: z.number(),
  total: z.number().int(),
  /** Distinct nodes that held at least one record. */
  nodes: z.number().int(),
  byKind: z.array(z.object({ kind: z.string(), kindName: z.string(), records: z.number().int(), nodes: z.number().int() })),
  /** Per child node of orgId (its subtree); the node's own records are in `own`. */
  byChild: z.array(
    z.object({ orgId: z.number(), orgName: z.string(), orgType: z.enum(ORG_TYPES), records: z.number().int(), nodes: z.number().int(), byKind: z.record(z.string(), z.number().int()) }),
  ),
  own: z.object({ records: z.number().int(), byKind: z.record(z.string(), z.number().int()) }),
});
export type RecordsSummary = z.infer<typeof recordsSummary>;

/** A person expected on a record: membership open at the node or in its subtree on that day. */
export const rollEntry = z.object({
  personId: z.number(),
  name: z.string(),
  /** The node of the membership on that day (the branch or one of its party groups). */
  orgId: z.number(),
  orgName: z.string(),
  partyStatus: z.enum(PARTY_STATUSES),
});
export type RollEntry = z.infer<typeof rollEntry>;
/** Narrows a roll (a committee's subtree may hold thousands): name contains, or pinyin initials / full pinyin prefix. */
export const rollFilter = z.object({
  q: z.string().trim().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_ATTENDEES).default(MAX_ATTENDEES),
  /** Also people on the way in (activists, applicants, …); by default only party members as of that day. */
  all: z.stringbool().default(false),
});
/** The roll for a new record: ?orgId&on. */
export const rollQuery = rollFilter.extend({ orgId: idSchema, on: dateSchema });

const reason = z.string().trim().max(200).nullish();
/** One listed person; `reason` is required when excused. */
export const attendanceInput = z
  .object({ personId: idSchema, attendance: attendanceSchema.default('absent'), reason })
  .refine((a) => a.attendance !== 'excused' || !!a.reason, { message: 'record.reasonRequired', path: ['reason'] });
export type AttendanceInput = z.infer<typeof attendanceInput>;

/** 列席人员 — not on the roll (e.g. a guidance group member); personId links a known person. */
export const guestInput = z.object({
  name: z.string().trim().min(1).max(50),
  title: z.string().trim().max(100).nullish(),
  personId: idSchema.nullish(),
});
export type GuestInput = z.infer<typeof guestInput>;

const recordFields = {
  kind: kindCodeSchema,
  topic: z.string().trim().min(1).max(200),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }).nullish(),
  place: z.string().trim().max(200).nullish(),
  /** 主持人 / 记录人: people of the node's subtree, or guests with a personId. */
  hostPersonId: idSchema.nullish(),
  recorderPersonId: idSchema.nullish(),
  /** For kinds with a lecturer: a person, or a name (e.g. an outside speaker). */
  lecturerPersonId: idSchema.nullish(),
  lecturerName: z.string().trim().max(50).nullish(),
  agenda: z.string().max(5000).nullish(),
  /** Rich text (HTML); sanitised by the server. */
  minutes: z.string().max(200_000).nullish(),
  /** 学时 each present attendee earns. */
  studyHours: z.number().min(0).max(100).nullish(),
  /** The listed people; replaces the whole list when given. */
  attendance: z.array(attendanceInput).max(MAX_ATTENDEES),
  guests: z.array(guestInput).max(200),
};

export const createRecordBody = z.object({
  orgId: idSchema,
  status: z.enum(['planned', 'held']).default('held'),
  ...recordFields,
  attendance: recordFields.attendance.default([]),
  guests: recordFields.guests.default([]),
});
export type CreateRecordBody = z.infer<typeof createRecordBody>;

export const updateRecordBody = z
  .object(recordFields)
  .partial()
  .extend({
    version: versionSchema,
    /** planned → held; a held record stays held (cancel has its own route). */
    status: z.enum(['planned', 'held']).optional(),
    /** Why a locked record is changed (更正说明): required after lock. */
    amendReason: z.string().trim().min(1).max(500).optional(),
  });
export type UpdateRecordBody = z.infer<typeof updateRecordBody>;

export const cancelRecordBody = z.object({ version: versionSchema, reason: z.string().trim().max(500).nullish() });
export const lockRecordBody = z.object({ version: versionSchema });
export const unlockRecordBody = z.object({ version: versionSchema, reason: z.string().trim().min(1).max(500) });

export const attendeeView = z.object({
  personId: z.number(),
  name: z.string(),
  attendance: attendanceSchema,
  reason: z.string().nullable(),
  /** 签到 time, and whether it was more than LATE_AFTER_MINUTES after the start. */
  checkedInAt: z.string().nullable(),
  late: z.boolean(),
});
export const guestView = z.object({ id: z.number(), name: z.string(), title: z.string().nullable(), personId: z.number().nullable() });
export const recordFileView = z.object({ id: z.number(), fileName: z.string(), mime: z.string(), size: z.number(), sha256: z.string(), uploadedAt: z.string() });
export type RecordFileView = z.infer<typeof recordFileView>;

/** A change after lock (更正), or an unlock: from the audit log. */
export const amendmentView = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  /** record.amend | record.unlock | record.lock */
  action: z.string(),
  summary: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const personRef = z.object({ id: z.number(), name: z.string() }).nullable();

export const recordDetail = recordSummary.extend({
  orgPath: z.string(),
  host: personRef,
  recorder: personRef,
  lecturer: personRef,
  lecturerName: z.string().nullable(),
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
  lockedAt: z.string().nullable(),
  checkInOpen: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  attendees: z.array(attendeeView),
  guests: z.array(guestView),
  files: z.array(recordFileView),
  amendments: z.array(amendmentView),
  /** What the caller may do here. */
  can: z.object({ write: z.boolean(), lock: z.boolean(), checkIn: z.boolean(), manageCheckIn: z.boolean() }),
});
export type RecordDetail = z.infer<typeof recordDetail>;

/** A person refused on the list (not a member of the node on that day); a 400's `details` lists them all. */
export const attendanceRefusal = z.object({ personId: z.number(), name: z.string(), message: z.string() });

// —— check-in (签到) ——

/** `url`: the path in the web app the QR code points to (prefix it with the site's origin). */
export const checkInCode = z.object({ code: z.string(), expiresAt: z.string(), url: z.string() });
export const checkInBody = z.object({ code: z.string().trim().min(1).max(20) });
export const checkInResult = z.object({ recordId: z.number(), checkedInAt: z.string(), late: z.boolean() });

// —— member self-service ——

export const myRecordsQuery = pageQuery.extend({ scope: z.enum(['upcoming', 'history']).default('upcoming') });
export const myRecord = recordSummary.extend({
  /** My line on the list. */
  mine: z.object({ attendance: attendanceSchema, reason: z.string().nullable(), checkedInAt: z.string().nullable(), late: z.boolean() }),
});
export type MyRecord = z.infer<typeof myRecord>;
export const myRecordsPage = pageOf(myRecord);

export const myStudyQuery = z.object({ from: dateSchema.optional(), to: dateSchema.optional() });
export const studyItem = z.object({
  /** record: a meeting I attended; self: a study record of mine. */
  source: z.enum(['record', 'self']),
  id: z.number(),
  date: z.string(),
  topic: z.string(),
  /** The record's kind, or the study form. */
  kind: z.string(),
  kindName: z.string(),
  hours: z.number(),
});
export const myStudy = z.object({ from: z.string(), to: z.string(), meetingHours: z.number(), selfHours: z.number(), totalHours: z.number(), items: z.array(studyItem) });
export type MyStudy = z.infer<typeof myStudy>;

export const createStudyBody = z.object({ studiedOn: dateSchema, form: studyFormSchema, topic: z.string().trim().min(1).max(200), hours: z.number().positive().max(24) });
export type CreateStudyBody = z.infer<typeof createStudyBody>;
export const studyRecordView = z.object({ id: z.number(), studiedOn: z.string(), form: studyFormSchema, topic: z.string(), hours: z.number() });
