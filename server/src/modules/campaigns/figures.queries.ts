// SQL of a campaign's key figures as of a day, over the assignments, documents, receipts and visits of a subtree.
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike } from '../../core/scope-sql';
import { doneBySql } from './evidence.queries';

export interface FigureScope {
  campaignId: number;
  /** The viewed node's path: everything counted lies in its subtree. */
  path: string;
  /** The campaign's start: records count from it. */
  from: string;
  asOf: string;
  timeZone: string;
}

const inSubtree = (column: string, path: string) => sql`${sql.raw(column)} like ${escapeLike(path) + '%'}`;

/**
 * Runs the figures in one read transaction without JIT: the per-assignment path ranges and the attendance make
 * the planner's estimates large, and PostgreSQL would spend seconds compiling queries that run in less.
 */
export function withoutJit<T>(db: Executor, run: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return run(tx);
  });
}

export interface ActionFigureRow {
  actionId: number;
  units: number;
  done: number;
  onTime: number;
}

/** Per action: target nodes of the subtree, done by asOf, and of those done with the evidence complete by the deadline. */
export function actionFigures(db: Executor, s: FigureScope) {
  const doneBy = doneBySql(s.asOf, s.timeZone);
  return rowsOf<ActionFigureRow>(
    db,
    sql`
    select a.action_id::int as "actionId", count(*)::int as units,
      count(*) filter (where ${doneBy})::int as done,
      count(*) filter (where ${doneBy} and a.satisfied_on <= a.deadline)::int as "onTime"
    from assignments a join required_actions ra on ra.id = a.action_id
    where a.campaign_id = ${s.campaignId} and ${inSubtree('a.org_path', s.path)}
    group by a.action_id`,
  );
}

/**
 * Per record action: the distinct held records that count for the subtree's assignments from the campaign's
 * start to asOf, counted in SQL (not from the capped evidence_count) in three disjoint parts: matched by kind at
 * a target node (each record once); matched in a target's subtree (a path range per assignment, kept apart by
 * OFFSET 0 so the planner cannot make it a join filter over every record of the kind; targets at one depth never
 * nest, others are deduplicated); and linked by a unit without being matched.
 */
export function actionRecordCounts(db: Executor, s: FigureScope) {
  const window = sql`r.status = 'held' and r.held_on >= ${s.from}::date and r.held_on <= ${s.asOf}::date`;
  const actions = (completion: SQL) => sql`ra.campaign_id = ${s.campaignId} and ${completion}`;
  const assigned = (alias: string) => sql`${sql.raw(alias)}.action_id = ra.id and ${inSubtree(`${alias}.org_path`, s.path)}`;
  const inRanges = sql`from required_actions ra join assignments a on ${assigned('a')}
    cross join lateral (
      select r.id from records r
      where r.org_path ~>=~ a.org_path and r.org_path ~<~ (a.org_path || '~') and r.kind = ra.record_kind and ${window}
      offset 0) m
    where ${actions(sql`ra.completion = 'record_kind' and ra.record_scope = 'subtree'`)}`;
  const matchedBy = sql`(case when ra.record_scope = 'node' then b.org_id = r.org_id else r.org_path like b.org_path || '%' end)`;
  return rowsOf<{ actionId: number; records: number }>(
    db,
    sql`
    select action_id::int as "actionId", sum(n)::int as records from (
      select ra.id as action_id, count(*) as n
      from required_actions ra join records r on r.kind = ra.record_kind and ${window}
      where ${actions(sql`ra.completion = 'record_kind' and ra.record_scope = 'node'`)}
        and exists (select 1 from assignments a where ${assigned('a')} and a.org_id = r.org_id)
      group by ra.id
      union all
      select ra.id, count(*) ${inRanges} and ra.target_depth is not null group by ra.id
      union all
      select ra.id, count(distinct m.id) ${inRanges} and ra.target_depth is null group by ra.id
      union all
      select ra.id, count(distinct r.id)
      from required_actions ra join assignments a on ${assigned('a')}
        join assignment_evidence e on e.assignment_id = a.id join records r on r.id = e.record_id and ${window}
      where ${actions(sql`ra.completion in ('record_kind', 'records')`)}
        and not (ra.completion = 'record_kind' and r.kind = ra.record_kind
          and exists (select 1 from assignments b where ${assigned('b')} and ${matchedBy}))
      group by ra.id
    ) c group by action_id`,
  );
}

export interface OtherFigures {
  documents: number;
  nodes: number;
  acknowledged: number;
  visits: number;
}

/** Documents uploaded (and not removed) by asOf, 已传达 of the nodes holding assignments, and guidance visits by asOf. */
export async function otherFigures(db: Executor, s: FigureScope): Promise<OtherFigures> {
  const endOf = (column: string) => sql`(${sql.raw(column)} at time zone ${s.timeZone})::date`;
  const [row] = await rowsOf<OtherFigures>(
    db,
    sql`
    with held as (
      select distinct a.org_id from assignments a where a.campaign_id = ${s.campaignId} and ${inSubtree('a.org_path', s.path)})
    select
      (select count(*) from campaign_documents d
        where d.campaign_id = ${s.campaignId} and ${inSubtree('d.org_path', s.path)} and ${endOf('d.uploaded_at')} <= ${s.asOf}::date
          and (d.removed_at is null or ${endOf('d.removed_at')} > ${s.asOf}::date))::int as documents,
      (select count(*) from held)::int as nodes,
      (select count(*) from campaign_receipts c join held on held.org_id = c.org_id
        where c.campaign_id = ${s.campaignId} and c.acknowledged_on <= ${s.asOf}::date)::int as acknowledged,
      (select count(*) from guidance_visits v
        where v.campaign_id = ${s.campaignId} and ${inSubtree('v.org_path', s.path)} and v.visited_on <= ${s.asOf}::date)::int as visits`,
  );
  return row ?? { documents: 0, nodes: 0, acknowledged: 0, visits: 0 };
}
