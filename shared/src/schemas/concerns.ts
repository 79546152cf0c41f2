import { z } from 'zod';
import { dateSchema, idSchema, pageOf, pageQuery, versionSchema } from './common';
import { itemColour, itemStatus } from './ledgers';

// 急难愁盼 (concerns): employees without an account submit them through a node's public channel; staff accept
// one as a 我为群众办实事 item or reject it with a reason; the submitter follows it with a follow code.

export const CONCERN_STATUSES = ['new', 'accepted', 'rejected'] as const;
export const concernStatus = z.enum(CONCERN_STATUSES);
export type ConcernStatus = z.infer<typeof concernStatus>;

/** Follow codes: 10 characters of a 32-letter alphabet without 0/O, 1/I (≈50 bits), shown as XXXXX-XXXXX. */
export const FOLLOW_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const FOLLOW_CODE_LENGTH = 10;
/** What the submitter types: case and separators (spaces, dashes) do not matter. */
export const normaliseFollowCode = (s: string) => s.toUpperCase().replace(/[\s-]/g, '');
export const formatFollowCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

export const CONCERN_TEXT_MAX = 2000;

// ---- public (no account) ----

export const channelTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'concern.channelNotFound') });
export const followCodeParams = z.object({
  code: z
    .string()
    .max(30)
    .transform(normaliseFollowCode)
    .pipe(z.string().regex(new RegExp(`^[${FOLLOW_ALPHABET}]{${FOLLOW_CODE_LENGTH}}$`), 'concern.badFollowCode')),
});

/** What the public page shows of a channel: the node's name and the categories it may suggest. */
export const publicChannel = z.object({ orgName: z.string(), categories: z.array(z.string()) });
export type PublicChannel = z.infer<typeof publicChannel>;

export const submitConcernBody = z.object({
  text: z.string().trim().min(1, 'concern.textRequired').max(CONCERN_TEXT_MAX, 'concern.textTooLong'),
  submitterName: z.string().trim().max(50, 'concern.nameTooLong').optional(),
  contact: z.string().trim().max(100, 'concern.contactTooLong').optional(),
  category: z.string().trim().max(100, 'concern.categoryTooLong').optional(),
});
export type SubmitConcernBody = z.infer<typeof submitConcernBody>;

export const submitConcernResult = z.object({ followCode: z.string() });

/** The follow page: nothing personal, no ids of people — the status and, once accepted, the item's state. */
export const concernFollow = z.object({
  status: concernStatus,
  orgName: z.string(),
  submittedOn: z.string(),
  decidedOn: z.string().nullable(),
  reason: z.string().nullable(),
  item: z
    .object({
      title: z.string(),
      status: itemStatus,
      colour: itemColour,
      deadline: z.string().nullable(),
      progress: z.number(),
      responsibleName: z.string(),
      closedOn: z.string().nullable(),
    })
    .nullable(),
});
export type ConcernFollow = z.infer<typeof concernFollow>;

// ---- staff ----

export const concernsQuery = pageQuery.extend({
  status: concernStatus.optional(),
  orgId: idSchema.optional(),
  q: z.string().max(100).optional(),
});
export type ConcernsQuery = z.infer<typeof concernsQuery>;

export const concernView = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  submitterName: z.string().nullable(),
  contact: z.string().nullable(),
  text: z.string(),
  category: z.string().nullable(),
  status: concernStatus,
  reason: z.string().nullable(),
  itemId: z.number().nullable(),
  itemTitle: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  version: z.number(),
  can: z.object({ decide: z.boolean() }),
});
export type ConcernView = z.infer<typeof concernView>;
export const concernsPage = pageOf(concernView);

/** 受理: a new 办实事 item in a practical_matter list whose owner's subtree holds the concern's node. */
export const acceptConcernBody = z.object({
  version: versionSchema,
  ledgerId: idSchema,
  responsibleOrgId: idSchema,
  responsiblePersonId: idSchema.nullish(),
  deadline: dateSchema,
  category: z.string().trim().max(100).nullish(),
  /** Defaults to the concern's text (cut to the item title's length). */
  title: z.string().trim().min(1).max(300).optional(),
  beneficiaries: z.string().max(500).optional(),
});
export type AcceptConcernBody = z.infer<typeof acceptConcernBody>;

/** A list a concern may go into: practical_matter, managed by the caller, owned at the concern's node or above. */
export const acceptLedger = z.object({
  id: z.number(),
  title: z.string(),
  ownerOrgId: z.number(),
  ownerName: z.string(),
  categories: z.array(z.string()),
});
export type AcceptLedger = z.infer<typeof acceptLedger>;

/** 不予受理: the reason is shown to the submitter on the follow page. */
export const rejectConcernBody = z.object({
  version: versionSchema,
  reason: z.string().trim().min(1, 'concern.reasonRequired').max(1000),
});
export type RejectConcernBody = z.infer<typeof rejectConcernBody>;

// ---- channels ----

export const concernChannelView = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  token: z.string(),
  /** The public page, relative to the site: /concern/<token>. */
  path: z.string(),
  enabled: z.boolean(),
  createdAt: z.string(),
  version: z.number(),
  counts: z.object({ new: z.number(), total: z.number() }),
  can: z.object({ manage: z.boolean() }),
});
export type ConcernChannelView = z.infer<typeof concernChannelView>;
export const concernChannelsPage = pageOf(concernChannelView);

export const channelsQuery = pageQuery.extend({ orgId: idSchema.optional() });
export type ChannelsQuery = z.infer<typeof channelsQuery>;

export const openChannelBody = z.object({ orgId: idSchema });
export const updateChannelBody = z.object({ version: versionSchema, enabled: z.boolean() });
export const regenerateChannelBody = z.object({ version: versionSchema });
