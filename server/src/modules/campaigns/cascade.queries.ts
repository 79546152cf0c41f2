// SQL of the relay down the tree (逐级传达): 自选动作's assignments, tightened deadlines, receipts (已传达).
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { underPath } from '../../core/scope-sql';
import { assignments, campaignReceipts } from './campaigns.schema';

export async function assignmentIdsOf(db: Executor, actionId: number) {
  return (await db.select({ id: assignments.id }).from(assignments).where(eq(assignments.actionId, actionId))).map((r) => r.id);
}

/** The latest deadline of the action's assignments in a subtree: the one in force there (null: none). */
export async function deadlineInForce(db: Executor, actionId: number, path: string) {
  const [row] = await rowsOf<{ deadline: string | null }>(
    db,
    sql`select max(deadline)::text as deadline from assignments where action_id = ${actionId} and ${underPath(assignments.orgPath, path)}`,
  );
  return row?.deadline ?? null;
}

/** Brings the deadline of the action's assignments in a subtree forward to `deadline` where it is later. */
export async function tightenDeadlines(db: Executor, actionId: number, path: string, deadline: string) {
  const rows = await db
    .update(assignments)
    .set({ deadline })
    .where(and(eq(assignments.actionId, actionId), underPath(assignments.orgPath, path), sql`${assignments.deadline} > ${deadline}::date`))
    .returning({ id: assignments.id });
  return rows.length;
}

/** Records the receipt once; undefined when the node had already acknowledged. */
export async function insertReceipt(db: Executor, values: typeof campaignReceipts.$inferInsert) {
  const [row] = await db.insert(campaignReceipts).values(values).onConflictDoNothing().returning();
  return row;
}

/** The node itself and its children whose subtree holds assignments of the campaign, each with its receipt if any. */
export function receiptsOfChildren(db: Executor, campaignId: number, orgId: number) {
  return rowsOf<{ orgId: number; orgName: string; acknowledgedOn: string | null; note: string | null }>(
    db,
    sql`
    select o.id::int as "orgId", o.name as "orgName", r.acknowledged_on::text as "acknowledgedOn", r.note
    from orgs o
    left join campaign_receipts r on r.campaign_id = ${campaignId} and r.org_id = o.id
    where (o.parent_id = ${orgId} or o.id = ${orgId})
      and exists (select 1 from assignments a where a.campaign_id = ${campaignId} and a.org_path ~>=~ o.path and a.org_path ~<~ (o.path || '~'))
    order by (o.id = ${orgId}) desc, o.sort_order, o.id`,
  );
}
