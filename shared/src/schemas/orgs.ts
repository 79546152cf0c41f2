import { z } from 'zod';
import { ORG_TYPES, PARTY_STATUSES } from '../domain';
import { dateSchema, idSchema, pageQuery, versionSchema } from './common';

export const orgTypeSchema = z.enum(ORG_TYPES);

/** A date that exists on the calendar ('2024-02-30' is refused here, not by the database). */
/** Kept for existing imports: every date schema now checks the calendar. */
export const calendarDate = dateSchema;

/** A node as lists and the tree show it. */
export const orgSummary = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  path: z.string(),
  depth: z.number(),
  type: orgTypeSchema,
  name: z.string(),
  unitName: z.string().nullable(),
  code: z.string().nullable(),
  dissolvedOn: z.string().nullable(),
  childCount: z.number(),
});
export type OrgSummary = z.infer<typeof orgSummary>;

export const orgDetail = orgSummary.extend({
  sortOrder: z.number(),
  establishedOn: z.string().nullable(),
  termEndsOn: z.string().nullable(),
  version: z.number(),
  /** Ancestors the caller may see, root first. */
  ancestors: z.array(z.object({ id: z.number(), name: z.string(), type: orgTypeSchema })),
  /** What the caller may do here. */
  can: z.object({ write: z.boolean(), writePeople: z.boolean(), manageAccounts: z.boolean(), readAudit: z.boolean() }),
});
export type OrgDetail = z.infer<typeof orgDetail>;

export const orgChildrenQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  includeDissolved: z.stringbool().default(false),
  /**
   * The children the node had on that date (from org_versions): name, type, parent and childCount as
   * they stood then; path, code and dissolvedOn are today's. `includeDissolved` does not apply.
   */
  asOf: calendarDate.optional(),
});
export type OrgChildrenQuery = z.infer<typeof orgChildrenQuery>;

/** Figures of a subtree as it stood on a date (today's figures when absent). */
export const orgStatsQuery = z.object({ asOf: calendarDate.optional() });

export const orgSearchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const orgSearchHit = orgSummary.extend({ pathNames: z.array(z.string()) });
export type OrgSearchHit = z.infer<typeof orgSearchHit>;

export const createOrgBody = z.object({
  parentId: idSchema,
  type: orgTypeSchema,
  name: z.string().trim().min(1).max(100),
  unitName: z.string().trim().max(100).nullish(),
  code: z.string().trim().max(50).nullish(),
  sortOrder: z.number().int().optional(),
  establishedOn: dateSchema.nullish(),
  termEndsOn: dateSchema.nullish(),
});
export type CreateOrgBody = z.infer<typeof createOrgBody>;

export const updateOrgBody = z.object({
  version: versionSchema,
  name: z.string().trim().min(1).max(100).optional(),
  unitName: z.string().trim().max(100).nullish(),
  code: z.string().trim().max(50).nullish(),
  sortOrder: z.number().int().optional(),
  establishedOn: dateSchema.nullish(),
  termEndsOn: dateSchema.nullish(),
  /** When a rename takes effect (history); today when absent. */
  effectiveOn: dateSchema.optional(),
});
export type UpdateOrgBody = z.infer<typeof updateOrgBody>;

export const moveOrgBody = z.object({ version: versionSchema, parentId: idSchema, effectiveOn: dateSchema.optional(), note: z.string().max(500).optional() });
export type MoveOrgBody = z.infer<typeof moveOrgBody>;

export const dissolveOrgBody = z.object({ version: versionSchema, effectiveOn: dateSchema.optional(), note: z.string().max(500).optional() });
export type DissolveOrgBody = z.infer<typeof dissolveOrgBody>;

/** 合并: the node merges into another of the same type; its children, members and history go with it. */
export const mergeOrgBody = z.object({
  version: versionSchema,
  intoId: idSchema,
  effectiveOn: calendarDate,
  note: z.string().max(500).optional(),
});
export type MergeOrgBody = z.infer<typeof mergeOrgBody>;

export const mergeResult = z.object({
  /** The merged node, now dissolved. */
  org: orgDetail,
  /** The node it merged into. */
  into: orgDetail,
  moved: z.object({ children: z.number().int(), people: z.number().int(), positionsEnded: z.number().int() }),
});
export type MergeResult = z.infer<typeof mergeResult>;

export const orgVersion = z.object({
  id: z.number(),
  change: z.string(),
  parentId: z.number().nullable(),
  parentName: z.string().nullable(),
  type: orgTypeSchema,
  name: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  note: z.string().nullable(),
  /** What the change involved, e.g. a merge's { intoId, intoName } or a move's { fromParentId }. */
  details: z.record(z.string(), z.unknown()).nullable(),
});

/** Counts of a subtree: the home page's figures. */
export const orgStats = z.object({
  orgs: z.record(orgTypeSchema, z.number()),
  people: z.record(z.enum(PARTY_STATUSES), z.number()),
  members: z.number(),
});
export type OrgStats = z.infer<typeof orgStats>;
