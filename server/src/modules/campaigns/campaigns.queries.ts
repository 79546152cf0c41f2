// SQL of campaigns (专项工作), their phases (阶段) and required actions (规定动作).
import { and, asc, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { CampaignsQuery } from '@xianfeng/shared/schemas/campaigns';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike, inScope } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { assignments, campaignPhases, campaigns, requiredActions } from './campaigns.schema';

export type CampaignRow = typeof campaigns.$inferSelect;
export type PhaseRow = typeof campaignPhases.$inferSelect;
export type ActionRow = typeof requiredActions.$inferSelect;
type NewCampaign = Omit<typeof campaigns.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
type NewPhase = Omit<typeof campaignPhases.$inferInsert, 'id' | 'version'>;
type NewAction = Omit<typeof requiredActions.$inferInsert, 'id' | 'version'>;

export async function findCampaign(db: Executor, id: number) {
  const [row] = await db
    .select({ campaign: campaigns, ownerName: orgs.name })
    .from(campaigns)
    .innerJoin(orgs, eq(orgs.id, campaigns.ownerOrgId))
    .where(eq(campaigns.id, id));
  return row;
}

/** Whether the campaign has an assignment in one of the subtrees (a target node's staff see it). */
export async function hasAssignmentIn(db: Executor, campaignId: number, scope: readonly string[]) {
  const [row] = await db
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.campaignId, campaignId), inScope(assignments.orgPath, scope)))
    .limit(1);
  return row !== undefined;
}

/** Campaigns owned in the read scope, and launched ones with assignments in it; filtered, a page of them. */
export async function listVisible(db: Executor, scope: readonly string[], f: CampaignsQuery) {
  const assigned = sql`exists (select 1 from assignments a where a.campaign_id = ${campaigns.id} and ${inScope(sql`a.org_path`, scope)})`;
  const where = and(
    or(inScope(campaigns.ownerPath, scope), and(sql`${campaigns.status} <> 'draft'`, assigned)),
    f.status ? eq(campaigns.status, f.status) : undefined,
    f.kind ? eq(campaigns.kind, f.kind) : undefined,
    f.q ? ilike(campaigns.title, `%${escapeLike(f.q)}%`) : undefined,
  );
  const rows = await db
    .select({ campaign: campaigns, ownerName: orgs.name })
    .from(campaigns)
    .innerJoin(orgs, eq(orgs.id, campaigns.ownerOrgId))
    .where(where)
    .orderBy(desc(campaigns.periodStart), desc(campaigns.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(campaigns).where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function insertCampaign(db: Executor, values: NewCampaign) {
  const [row] = await db.insert(campaigns).values(values).returning();
  return row!;
}

/** Updates when the version matches; undefined means someone else changed it first. */
export async function updateCampaign(db: Executor, id: number, version: number, values: Partial<NewCampaign>) {
  const [row] = await db
    .update(campaigns)
    .set({ ...values, version: sql`${campaigns.version} + 1`, updatedAt: new Date() })
    .where(and(eq(campaigns.id, id), eq(campaigns.version, version)))
    .returning();
  return row;
}

export const phasesOf = (db: Executor, campaignId: number) =>
  db.select().from(campaignPhases).where(eq(campaignPhases.campaignId, campaignId)).orderBy(asc(campaignPhases.sortOrder), asc(campaignPhases.id));

export const actionsOf = (db: Executor, campaignId: number) =>
  db.select().from(requiredActions).where(eq(requiredActions.campaignId, campaignId)).orderBy(asc(requiredActions.sortOrder), asc(requiredActions.id));

export async function findPhase(db: Executor, campaignId: number, id: number) {
  const [row] = await db.select().from(campaignPhases).where(and(eq(campaignPhases.id, id), eq(campaignPhases.campaignId, campaignId)));
  return row;
}

export async function insertPhase(db: Executor, values: NewPhase) {
  const [row] = await db.insert(campaignPhases).values(values).returning();
  return row!;
}

export async function updatePhase(db: Executor, id: number, version: number, values: Partial<NewPhase>) {
  const [row] = await db
    .update(campaignPhases)
    .set({ ...values, version: sql`${campaignPhases.version} + 1` })
    .where(and(eq(campaignPhases.id, id), eq(campaignPhases.version, version)))
    .returning();
  return row;
}

export async function deletePhase(db: Executor, id: number) {
  await db.delete(campaignPhases).where(eq(campaignPhases.id, id));
}

export async function findAction(db: Executor, campaignId: number, id: number) {
  const [row] = await db.select().from(requiredActions).where(and(eq(requiredActions.id, id), eq(requiredActions.campaignId, campaignId)));
  return row;
}

export async function insertAction(db: Executor, values: NewAction) {
  const [row] = await db.insert(requiredActions).values(values).returning();
  return row!;
}

export async function updateAction(db: Executor, id: number, version: number, values: Partial<NewAction>) {
  const [row] = await db
    .update(requiredActions)
    .set({ ...values, version: sql`${requiredActions.version} + 1` })
    .where(and(eq(requiredActions.id, id), eq(requiredActions.version, version)))
    .returning();
  return row;
}

export async function deleteAction(db: Executor, id: number) {
  await db.delete(requiredActions).where(eq(requiredActions.id, id));
}

export async function recordKindExists(db: Executor, code: string) {
  return (await rowsOf(db, sql`select 1 from record_kinds where code = ${code} and active`)).length > 0;
}
