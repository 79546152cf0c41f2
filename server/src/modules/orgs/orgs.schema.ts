import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** 党组织 — a node of the organisation tree. `path` is the materialised path of ids: '/1/5/23/'. */
export const orgs = pgTable(
  'orgs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    parentId: bigint('parent_id', { mode: 'number' }).references((): AnyPgColumn => orgs.id),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    type: text('type').notNull(),
    name: text('name').notNull(),
    /** 单位名称 — the administrative unit the node belongs to. */
    unitName: text('unit_name'),
    code: text('code'),
    sortOrder: integer('sort_order').notNull().default(0),
    establishedOn: date('established_on'),
    /** 换届 — when the current committee's term ends. */
    termEndsOn: date('term_ends_on'),
    dissolvedOn: date('dissolved_on'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orgs_path_key').on(t.path),
    index('orgs_path_pattern_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('orgs_parent_idx').on(t.parentId, t.sortOrder),
    uniqueIndex('orgs_code_key').on(t.code),
    index('orgs_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

/**
 * The tree's history: each change of a node's parent, name or type closes one version and opens
 * another, so figures can be computed as the organisation stood on a past date.
 */
export const orgVersions = pgTable(
  'org_versions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    parentId: bigint('parent_id', { mode: 'number' }),
    type: text('type').notNull(),
    name: text('name').notNull(),
    /** create | rename | move | retype | merge | split | dissolve */
    change: text('change').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    note: text('note'),
    details: jsonb('details'),
  },
  (t) => [index('org_versions_org_idx').on(t.orgId, t.validFrom)],
);
