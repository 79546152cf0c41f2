// Completion of assignments from evidence: records matched by kind or linked, documents linked. `reconcile`
// keeps assignments.satisfied_on / evidence_count true to the evidence; `stateOf` derives what a cell shows.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { assignmentEvidence } from './campaigns.schema';

/** Which assignments to reconcile: a campaign, some assignments, or those a record at these node paths can count for. */
export type ReconcileScope = { campaignId: number } | { assignmentIds: number[] } | { recordPaths: string[] };

/** '/1/5/23/' → ['/1/', '/1/5/', '/1/5/23/']: the nodes whose subtree holds the path. */
export function pathPrefixes(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

function scopeWhere(scope: ReconcileScope): SQL {
  if ('campaignId' in scope) return sql`a.campaign_id = ${scope.campaignId}`;
  if ('assignmentIds' in scope) return sql`a.id = any(${sql.param(scope.assignmentIds)}::bigint[])`;
  const prefixes = [...new Set(scope.recordPaths.flatMap(pathPrefixes))];
  // A record counts at its own node, at the nodes above it (subtree scope), or where it is linked.
  return sql`(a.org_path = any(${sql.param(prefixes)}::text[])
    or a.id in (select e.assignment_id from assignment_evidence e join records r on r.id = e.record_id
                where r.org_path = any(${sql.param(scope.recordPaths)}::text[])))`;
}

/**
 * Recomputes the evidence of the scoped assignments in ONE statement: the records of the required kind held at
 * the node (or in its subtree) from the campaign's start, plus records and documents linked to it; the
 * min-th day (by day) is when it was satisfied. Confirmations are set by their submit and not touched here.
 * Returns how many assignments changed.
 */
export async function reconcile(db: Executor, scope: ReconcileScope, timeZone: string): Promise<number> {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`
    with target as (
      select a.id, a.org_id, a.org_path, ra.completion, ra.record_kind, ra.record_scope,
             coalesce(ra.min_count, 1) as need, c.period_start
      from assignments a
      join required_actions ra on ra.id = a.action_id
      join campaigns c on c.id = a.campaign_id
      where ${scopeWhere(scope)} and ra.completion <> 'confirmation'
    ),
    counted as (
      select t.id, count(d.key)::int as cnt, (array_agg(d.day order by d.day, d.key))[t.need] as sat
      from target t
      left join lateral (
        select 'r' || r.id as key, r.held_on as day from records r
        where t.completion = 'record_kind' and t.record_scope = 'node'
          and r.org_id = t.org_id and r.held_on >= t.period_start and r.status = 'held' and r.kind = t.record_kind
        union
        select 'r' || r.id, r.held_on from records r
        where t.completion = 'record_kind' and t.record_scope = 'subtree'
          and r.org_path ~>=~ t.org_path and r.org_path ~<~ (t.org_path || '~')
          and r.held_on >= t.period_start and r.status = 'held' and r.kind = t.record_kind
        union
        select 'r' || r.id, r.held_on from assignment_evidence e join records r on r.id = e.record_id
        where e.assignment_id = t.id and t.completion in ('record_kind', 'records') and r.status = 'held'
          and r.held_on >= t.period_start and (t.record_kind is null or r.kind = t.record_kind)
        union
        select 'd' || d.id, (e.at at time zone ${timeZone})::date from assignment_evidence e
        join campaign_documents d on d.id = e.document_id
        where e.assignment_id = t.id and t.completion = 'documents' and d.removed_at is null
      ) d on true
      group by t.id, t.need
    ),
    changed as (
      update assignments a set evidence_count = counted.cnt, satisfied_on = counted.sat
      from counted
      where a.id = counted.id and (a.evidence_count, a.satisfied_on) is distinct from (counted.cnt, counted.sat)
      returning 1)
    select count(*)::int as n from changed`,
  );
  return row?.n ?? 0;
}

/**
 * The state of assignment `a` (joined with its action `ra`) as SQL: done needs the evidence and, where the
 * action asks for it, the approval. Use with `overdueSql` / `doneLateSql` for the overlapping flags.
 */
export const doneSql = sql`(a.satisfied_on is not null and (not ra.needs_approval or a.status = 'approved'))`;

export const stateSql = sql`(case
  when ${doneSql} then 'done'
  when a.status = 'submitted' then 'submitted'
  when a.status = 'returned' then 'returned'
  when a.evidence_count > 0 or a.satisfied_on is not null then 'in_progress'
  else 'not_started' end)`;

export const overdueSql = (today: string) => sql`(not ${doneSql} and a.status <> 'submitted' and a.deadline < ${today}::date)`;

export const doneLateSql = sql`(${doneSql} and a.satisfied_on > a.deadline)`;

/** Done by the end of `day`: evidence by then and, where needed, approved by then (in the deployment's zone). */
export const doneBySql = (day: string, timeZone: string) =>
  sql`(a.satisfied_on <= ${day}::date and (not ra.needs_approval or (a.status = 'approved' and (a.reviewed_at at time zone ${timeZone})::date <= ${day}::date)))`;

export interface CountingRecord {
  recordId: number;
  kind: string;
  topic: string;
  heldOn: string;
  orgId: number;
  orgName: string;
  evidenceId: number | null;
}

/**
 * The records that count for an assignment, by the rule of `reconcile`: matched by kind (evidenceId null) and
 * linked (with their evidenceId); only of the node's subtree, oldest first.
 */
export function countingRecords(db: Executor, assignmentId: number) {
  return rowsOf<CountingRecord>(
    db,
    sql`
    with t as (
      select a.id, a.org_id, a.org_path, ra.completion, ra.record_kind, ra.record_scope, c.period_start
      from assignments a join required_actions ra on ra.id = a.action_id join campaigns c on c.id = a.campaign_id
      where a.id = ${assignmentId} and ra.completion in ('record_kind', 'records'))
    select r.id::int as "recordId", r.kind, r.topic, r.held_on::text as "heldOn", r.org_id::int as "orgId", o.name as "orgName",
           e.id::int as "evidenceId"
    from t
    join records r on r.org_path ~>=~ t.org_path and r.org_path ~<~ (t.org_path || '~')
    join orgs o on o.id = r.org_id
    left join assignment_evidence e on e.assignment_id = t.id and e.record_id = r.id
    where r.status = 'held' and r.held_on >= t.period_start and (t.record_kind is null or r.kind = t.record_kind)
      and (e.id is not null or (t.completion = 'record_kind' and (t.record_scope = 'subtree' or r.org_id = t.org_id)))
    order by r.held_on, r.id
    limit 1000`,
  );
}

/** A record as linking needs it: where, whether held, when, of what kind. */
export async function recordForLink(db: Executor, recordId: number) {
  const [row] = await rowsOf<{ id: number; orgPath: string; status: string; heldOn: string; kind: string; topic: string }>(
    db,
    sql`select r.id::int, r.org_path as "orgPath", r.status, r.held_on::text as "heldOn", r.kind, r.topic
        from records r where r.id = ${recordId}`,
  );
  return row;
}

export async function kindName(db: Executor, code: string) {
  const [row] = await rowsOf<{ name: string }>(db, sql`select name_zh as name from record_kinds where code = ${code}`);
  return row?.name ?? code;
}

/** Links evidence; undefined when the same record or document is already linked. */
export async function insertEvidence(db: Executor, values: typeof assignmentEvidence.$inferInsert) {
  const [row] = await db.insert(assignmentEvidence).values(values).onConflictDoNothing().returning();
  return row;
}

export async function findEvidence(db: Executor, assignmentId: number, id: number) {
  const [row] = await db.select().from(assignmentEvidence).where(and(eq(assignmentEvidence.id, id), eq(assignmentEvidence.assignmentId, assignmentId)));
  return row;
}

export async function deleteEvidence(db: Executor, id: number) {
  await db.delete(assignmentEvidence).where(eq(assignmentEvidence.id, id));
}
