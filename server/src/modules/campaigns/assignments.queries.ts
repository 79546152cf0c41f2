// SQL of assignments (任务分配): the launch that creates them, and the progress rollup over them.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike, underPath } from '../../core/scope-sql';
import { assignments } from './campaigns.schema';

/**
 * One assignment per action per target node, in ONE statement over the owner's subtree (indexed path
 * range). A target lies under the action's owner (the campaign's owner, or the node that added a 自选动作),
 * at the given depth below it or anywhere below, and of one of the given types. Returns how many were made.
 */
export async function insertAssignments(db: Executor, campaignId: number, ownerOrgId: number, ownerPath: string) {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`
    with made as (
      insert into assignments (campaign_id, action_id, org_id, org_path, deadline)
      select ra.campaign_id, ra.id, o.id, o.path, ra.deadline
      from required_actions ra
      join orgs ow on ow.id = coalesce(ra.owner_org_id, ${ownerOrgId})
      join orgs o on o.path like ${escapeLike(ownerPath) + '%'} and starts_with(o.path, ow.path)
      where ra.campaign_id = ${campaignId}
        and o.dissolved_on is null
        and (case when ra.target_depth is null then o.depth > ow.depth else o.depth = ow.depth + ra.target_depth end)
        and (cardinality(ra.target_types) = 0 or o.type = any(ra.target_types))
      on conflict (action_id, org_id) do nothing
      returning 1)
    select count(*)::int as n from made`,
  );
  return row?.n ?? 0;
}

export interface CellRow {
  rowId: number;
  actionId: number;
  total: number;
  pending: number;
  submitted: number;
  approved: number;
  returned: number;
  overdue: number;
  doneLate: number;
}

/**
 * The matrix at a node: assignments of its subtree grouped by the ancestor one level below it (the id
 * after the node's path; the node itself for its own), × action. Overdue and late use calendar dates in
 * the deployment's time zone.
 */
export function progressCells(
  db: Executor,
  f: { campaignId: number; orgId: number; path: string; phaseId?: number; today: string; timeZone: string },
) {
  const phase = f.phaseId === undefined ? sql`` : sql`and a.action_id in (select id from required_actions where phase_id = ${f.phaseId})`;
  return rowsOf<CellRow>(
    db,
    sql`
    select case when a.org_path = ${f.path} then ${f.orgId}::bigint
             else split_part(substr(a.org_path, ${f.path.length + 1}), '/', 1)::bigint end as "rowId",
      a.action_id as "actionId",
      count(*)::int as total,
      count(*) filter (where a.status = 'pending')::int as pending,
      count(*) filter (where a.status = 'submitted')::int as submitted,
      count(*) filter (where a.status = 'approved')::int as approved,
      count(*) filter (where a.status = 'returned')::int as returned,
      count(*) filter (where a.status in ('pending', 'returned') and a.deadline < ${f.today}::date)::int as overdue,
      count(*) filter (where a.status in ('submitted', 'approved')
        and (a.submitted_at at time zone ${f.timeZone})::date > a.deadline)::int as "doneLate"
    from assignments a
    where a.campaign_id = ${f.campaignId} and a.org_path like ${escapeLike(f.path) + '%'} ${phase}
    group by 1, 2`,
  );
}

/** The rows of the matrix: the node's children (those dissolved only if they hold assignments) and itself. */
export function rowNodes(db: Executor, orgId: number) {
  return rowsOf<{ id: number; name: string; type: string; dissolved: boolean }>(
    db,
    sql`
    select id::int, name, type, dissolved_on is not null as dissolved from orgs
    where parent_id = ${orgId} or id = ${orgId}
    order by (id = ${orgId}) desc, sort_order, id`,
  );
}

/** Keeps assignments' denormalised paths right when a subtree moves (called by the orgs module). */
export async function rewriteAssignmentPaths(db: Executor, oldPath: string, newPath: string) {
  await db.execute(sql`update ${assignments} set org_path = ${newPath} || substr(org_path, ${oldPath.length + 1}) where ${underPath(assignments.orgPath, oldPath)}`);
}
