// SQL of assignments (任务分配): the launch that creates them, and the progress rollup over them.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike, underPath } from '../../core/scope-sql';
import { assignments, campaignDocuments, campaignReceipts, campaigns, guidanceVisits } from './campaigns.schema';
import { doneLateSql, doneSql, overdueSql, reconcile, stateSql } from './evidence.queries';

/**
 * One assignment per action per target node, in ONE statement over the owner's subtree (indexed path
 * range). A target lies under the action's owner (the campaign's owner, or the node that added a 自选动作),
 * at the given depth below it or anywhere below, and of one of the given types. With `actionId`, only that
 * action's (a 自选动作, whose owner's path `ownerPath` may then be). Returns how many were made.
 */
export async function insertAssignments(db: Executor, campaignId: number, ownerOrgId: number, ownerPath: string, actionId?: number) {
  const one = actionId === undefined ? sql`` : sql`and ra.id = ${actionId}`;
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`
    with made as (
      insert into assignments (campaign_id, action_id, org_id, org_path, deadline)
      select ra.campaign_id, ra.id, o.id, o.path, ra.deadline
      from required_actions ra
      join orgs ow on ow.id = coalesce(ra.owner_org_id, ${ownerOrgId})
      join orgs o on o.path like ${escapeLike(ownerPath) + '%'} and starts_with(o.path, ow.path)
      where ra.campaign_id = ${campaignId} ${one}
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
  /** The cell's only assignment (null when it holds several), so the matrix can open it. */
  assignmentId: number | null;
  notStarted: number;
  inProgress: number;
  submitted: number;
  returned: number;
  done: number;
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
  f: { campaignId: number; orgId: number; path: string; phaseId?: number; today: string },
) {
  const phase = f.phaseId === undefined ? sql`` : sql`and a.action_id in (select id from required_actions where phase_id = ${f.phaseId})`;
  return rowsOf<CellRow>(
    db,
    sql`
    select case when a.org_path = ${f.path} then ${f.orgId}::bigint
             else split_part(substr(a.org_path, ${f.path.length + 1}), '/', 1)::bigint end as "rowId",
      a.action_id as "actionId",
      count(*)::int as total,
      case when count(*) = 1 then min(a.id)::int end as "assignmentId",
      count(*) filter (where ${stateSql} = 'not_started')::int as "notStarted",
      count(*) filter (where ${stateSql} = 'in_progress')::int as "inProgress",
      count(*) filter (where ${stateSql} = 'submitted')::int as submitted,
      count(*) filter (where ${stateSql} = 'returned')::int as returned,
      count(*) filter (where ${doneSql})::int as done,
      count(*) filter (where ${overdueSql(f.today)})::int as overdue,
      count(*) filter (where ${doneLateSql})::int as "doneLate"
    from assignments a
    join required_actions ra on ra.id = a.action_id
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

/**
 * Keeps the campaigns' denormalised paths right when a subtree moves (called by the orgs module): assignments,
 * documents, receipts, guidance visits, and the owners' paths.
 */
export async function rewriteAssignmentPaths(db: Executor, oldPath: string, newPath: string, timeZone: string) {
  const cut = oldPath.length + 1;
  for (const t of [assignments, campaignDocuments, campaignReceipts, guidanceVisits])
    await db.execute(sql`update ${t} set org_path = ${newPath} || substr(org_path, ${cut}) where ${underPath(t.orgPath, oldPath)}`);
  await db.execute(sql`update ${campaigns} set owner_path = ${newPath} || substr(owner_path, ${cut}) where ${underPath(campaigns.ownerPath, oldPath)}`);
  // The records moved with the subtree: the old and the new ancestors' subtree-scoped counts change (call after the records' paths).
  await reconcile(db, { recordPaths: [oldPath, newPath] }, timeZone);
}
