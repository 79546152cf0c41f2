import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { underPath } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { frequencyRules, ruleExemptions } from './compliance.schema';

export type RuleRow = typeof frequencyRules.$inferSelect;

/** A rule with its owner's name and path and its kind's names. */
export interface RuleView extends RuleRow {
  ownerName: string | null;
  ownerPath: string | null;
  kindZh: string;
  kindEn: string;
}

const viewColumns = sql`r.id, r.owner_org_id as "ownerOrgId", r.kind, r.org_type as "orgType", r.min_count as "minCount", r.period,
  r.basis, r.active, r.version, r.created_at as "createdAt", o.name as "ownerName", o.path as "ownerPath",
  coalesce(k.name_zh, r.kind) as "kindZh", coalesce(k.name_en, r.kind) as "kindEn"`;

/**
 * Rules in force at the node with `path`: the defaults (no owner) and the rules of its ancestors and
 * itself; with `inactiveOf`, also that node's own deactivated rules.
 */
export function rulesInForceAt(db: Executor, path: string, inactiveOf?: number) {
  return rowsOf<RuleView>(
    db,
    sql`
    select ${viewColumns}
    from frequency_rules r
    left join orgs o on o.id = r.owner_org_id
    left join record_kinds k on k.code = r.kind
    where (r.owner_org_id is null or ${path} like o.path || '%')
      and (r.active ${inactiveOf ? sql`or r.owner_org_id = ${inactiveOf}` : sql``})
    order by coalesce(k.sort_order, 9999), r.org_type, r.period, o.depth nulls first, r.id`,
  );
}

/** Active rules owned strictly inside the subtree of `path` (a unit's own, seen from above). */
export function rulesOwnedBelow(db: Executor, path: string) {
  return rowsOf<RuleView>(
    db,
    sql`
    select ${viewColumns}
    from frequency_rules r
    join orgs o on o.id = r.owner_org_id
    left join record_kinds k on k.code = r.kind
    where r.active and o.path like ${path} || '_%'
    order by coalesce(k.sort_order, 9999), r.org_type, r.period, o.depth, r.id`,
  );
}

export async function findRule(db: Executor, id: number): Promise<RuleRow | undefined> {
  const [row] = await db.select().from(frequencyRules).where(eq(frequencyRules.id, id));
  return row;
}

export async function insertRule(db: Executor, values: typeof frequencyRules.$inferInsert): Promise<RuleRow> {
  const [row] = await db.insert(frequencyRules).values(values).returning();
  return row!;
}

/** Updates when the version matches; undefined means someone else changed the rule first. */
export async function updateRule(db: Executor, id: number, version: number, values: Partial<typeof frequencyRules.$inferInsert>) {
  const [row] = await db
    .update(frequencyRules)
    .set({ ...values, version: sql`${frequencyRules.version} + 1` })
    .where(and(eq(frequencyRules.id, id), eq(frequencyRules.version, version)))
    .returning();
  return row;
}

/** The kind if it exists, is active and is available at the node with `path` (built-in or an ancestor's). */
export async function findKindAt(db: Executor, code: string, path: string) {
  const [row] = await rowsOf<{ code: string; nameZh: string }>(
    db,
    sql`
    select k.code, k.name_zh as "nameZh" from record_kinds k left join orgs o on o.id = k.owner_org_id
    where k.code = ${code} and k.active and (k.owner_org_id is null or ${path} like o.path || '%')`,
  );
  return row;
}

// —— exemptions (豁免) ——

export type ExemptionRow = typeof ruleExemptions.$inferSelect;

/** Exemptions from the given rules for nodes inside the subtree of `path`. */
export function exemptionsUnder(db: Executor, ruleIds: number[], path: string) {
  if (ruleIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: ruleExemptions.id,
      ruleId: ruleExemptions.ruleId,
      orgId: ruleExemptions.orgId,
      orgName: orgs.name,
      periodStart: ruleExemptions.periodStart,
      reason: ruleExemptions.reason,
    })
    .from(ruleExemptions)
    .innerJoin(orgs, eq(orgs.id, ruleExemptions.orgId))
    .where(and(inArray(ruleExemptions.ruleId, ruleIds), underPath(orgs.path, path)))
    .orderBy(asc(ruleExemptions.periodStart), asc(orgs.sortOrder), asc(ruleExemptions.id));
}

export async function findExemption(db: Executor, ruleId: number, id: number) {
  const [row] = await db
    .select()
    .from(ruleExemptions)
    .where(and(eq(ruleExemptions.id, id), eq(ruleExemptions.ruleId, ruleId)));
  return row;
}

export async function findExemptionFor(db: Executor, ruleId: number, orgId: number, periodStart: string) {
  const [row] = await db
    .select({ id: ruleExemptions.id })
    .from(ruleExemptions)
    .where(and(eq(ruleExemptions.ruleId, ruleId), eq(ruleExemptions.orgId, orgId), eq(ruleExemptions.periodStart, periodStart)));
  return row;
}

export async function insertExemption(db: Executor, values: typeof ruleExemptions.$inferInsert): Promise<ExemptionRow> {
  const [row] = await db.insert(ruleExemptions).values(values).returning();
  return row!;
}

export async function deleteExemption(db: Executor, id: number) {
  await db.delete(ruleExemptions).where(eq(ruleExemptions.id, id));
}
