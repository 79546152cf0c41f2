import { bigint, boolean, date, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { orgs } from '../orgs/orgs.schema';

/**
 * 频次规则 — "kind K at nodes of type T at least N times per period". Built-in defaults (owner null) follow
 * 《中国共产党支部工作条例（试行）》 (2018); a committee adds or tightens rules for its subtree.
 */
export const frequencyRules = pgTable(
  'frequency_rules',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ownerOrgId: bigint('owner_org_id', { mode: 'number' }).references(() => orgs.id),
    kind: text('kind').notNull(),
    /** The node type the rule applies to: branch, party_group, committee, … */
    orgType: text('org_type').notNull(),
    minCount: integer('min_count').notNull(),
    /** month | quarter | half_year | year */
    period: text('period').notNull(),
    /** Where the norm comes from, e.g. '支部工作条例第十一条'. */
    basis: text('basis'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('frequency_rules_owner_idx').on(t.ownerOrgId)],
);

/** A node excused from a rule for one period (formed mid-quarter, merged, …). */
export const ruleExemptions = pgTable(
  'rule_exemptions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ruleId: bigint('rule_id', { mode: 'number' })
      .notNull()
      .references(() => frequencyRules.id),
    orgId: bigint('org_id', { mode: 'number' })
      .notNull()
      .references(() => orgs.id),
    /** First day of the exempted period. */
    periodStart: date('period_start').notNull(),
    reason: text('reason').notNull(),
    createdBy: bigint('created_by', { mode: 'number' }),
  },
  (t) => [index('rule_exemptions_org_idx').on(t.orgId, t.periodStart)],
);
