// SQL of a campaign's people: 领导小组, 办公室, 指导组 (with the nodes each guidance member supervises).
import { and, eq, sql } from 'drizzle-orm';
import type { MemberView } from '@xianfeng/shared/schemas/campaigns';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { campaignMembers } from './campaigns.schema';

export type MemberRow = typeof campaignMembers.$inferSelect;
type NewMember = Omit<typeof campaignMembers.$inferInsert, 'id' | 'version'>;

/** The members with their names and supervised nodes, by role (leading group, office, guidance), then order. */
export function membersOf(db: Executor, campaignId: number, memberId?: number) {
  const one = memberId === undefined ? sql`` : sql`and m.id = ${memberId}`;
  return rowsOf<MemberView>(
    db,
    sql`
    select m.id::int, m.person_id::int as "personId", p.name, m.role, m.title, m.sort_order as "sortOrder", m.version,
      coalesce((select json_agg(json_build_object('id', o.id::int, 'name', o.name) order by array_position(m.org_ids, o.id))
                from orgs o where o.id = any(m.org_ids)), '[]'::json) as orgs
    from campaign_members m join people p on p.id = m.person_id
    where m.campaign_id = ${campaignId} ${one}
    order by case m.role when 'leading_group' then 0 when 'office' then 1 else 2 end, m.sort_order, m.id`,
  );
}

export async function findMember(db: Executor, campaignId: number, id: number) {
  const [row] = await db.select().from(campaignMembers).where(and(eq(campaignMembers.id, id), eq(campaignMembers.campaignId, campaignId)));
  return row;
}

/** Adds the member once per role; undefined when the person already holds that role. */
export async function insertMember(db: Executor, values: NewMember) {
  const [row] = await db.insert(campaignMembers).values(values).onConflictDoNothing().returning();
  return row;
}

/** Updates when the version matches; undefined means someone else changed it first. */
export async function updateMember(db: Executor, id: number, version: number, values: Partial<NewMember>) {
  const [row] = await db
    .update(campaignMembers)
    .set({ ...values, version: sql`${campaignMembers.version} + 1` })
    .where(and(eq(campaignMembers.id, id), eq(campaignMembers.version, version)))
    .returning();
  return row;
}

export async function deleteMember(db: Executor, id: number) {
  await db.delete(campaignMembers).where(eq(campaignMembers.id, id));
}

/** Of the given nodes, those that exist and lie in the subtree at `path`. */
export async function orgIdsUnder(db: Executor, ids: number[], path: string) {
  const rows = await rowsOf<{ id: number }>(
    db,
    sql`select id::int from orgs where id = any(${sql.param(ids)}::bigint[]) and starts_with(path, ${path})`,
  );
  return new Set(rows.map((r) => r.id));
}
