// SQL of guidance visits (指导组参会 / 督导) and of who supervises which nodes (指导组).
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { escapeLike, inScope } from '../../core/scope-sql';
import { guidanceVisits } from './campaigns.schema';

export async function findNode(db: Executor, id: number) {
  const [row] = await rowsOf<{ id: number; name: string; path: string }>(db, sql`select id::int, name, path from orgs where id = ${id}`);
  return row;
}

/** Whether the person is a guidance member of the campaign assigned to the node at `path` or one of its ancestors. */
export async function supervises(db: Executor, campaignId: number, personId: number, path: string) {
  const rows = await rowsOf(
    db,
    sql`select 1 from campaign_members m join orgs o on o.id = any(m.org_ids)
        where m.campaign_id = ${campaignId} and m.role = 'guidance' and m.person_id = ${personId} and starts_with(${path}, o.path)
        limit 1`,
  );
  return rows.length > 0;
}

/** Of the given people, those in the campaign's guidance group. */
export async function guidancePeople(db: Executor, campaignId: number, personIds: number[]) {
  const rows = await rowsOf<{ id: number }>(
    db,
    sql`select distinct person_id::int as id from campaign_members
        where campaign_id = ${campaignId} and role = 'guidance' and person_id = any(${sql.param(personIds)}::bigint[])`,
  );
  return new Set(rows.map((r) => r.id));
}

/** Whether the record belongs to the subtree at `path`. */
export async function recordUnder(db: Executor, recordId: number, path: string) {
  const rows = await rowsOf(db, sql`select 1 from records where id = ${recordId} and org_path like ${escapeLike(path) + '%'}`);
  return rows.length > 0;
}

export async function insertVisit(db: Executor, values: typeof guidanceVisits.$inferInsert) {
  const [row] = await db.insert(guidanceVisits).values(values).returning({ id: guidanceVisits.id });
  return row!;
}

export interface VisitRow {
  id: number;
  orgId: number;
  orgName: string;
  visitedOn: string;
  kind: string;
  record: { id: number; topic: string; kind: string } | null;
  people: { id: number; name: string }[];
  evaluation: string;
  summary: string | null;
  findings: string[];
  createdAt: Date | string;
}

/** Visits of the campaign in the subtrees of `scope` (and under `path` when given), latest first. */
export async function listVisits(db: Executor, f: { campaignId: number; scope: readonly string[]; path?: string; visitId?: number; limit: number; offset: number }) {
  const where: SQL = sql`v.campaign_id = ${f.campaignId} and ${inScope(sql`v.org_path`, f.scope)}
    ${f.path === undefined ? sql`` : sql`and v.org_path like ${escapeLike(f.path) + '%'}`}
    ${f.visitId === undefined ? sql`` : sql`and v.id = ${f.visitId}`}`;
  const rows = await rowsOf<VisitRow>(
    db,
    sql`
    select v.id::int, v.org_id::int as "orgId", o.name as "orgName", v.visited_on::text as "visitedOn", v.kind,
      case when r.id is null then null else json_build_object('id', r.id::int, 'topic', r.topic, 'kind', r.kind) end as record,
      coalesce((select json_agg(json_build_object('id', p.id::int, 'name', p.name) order by array_position(v.person_ids, p.id))
                from people p where p.id = any(v.person_ids)), '[]'::json) as people,
      v.evaluation, v.summary, to_json(v.findings) as findings, v.created_at as "createdAt"
    from guidance_visits v
    join orgs o on o.id = v.org_id
    left join records r on r.id = v.record_id
    where ${where}
    order by v.visited_on desc, v.id desc
    limit ${f.limit} offset ${f.offset}`,
  );
  const [count] = await rowsOf<{ n: number }>(db, sql`select count(*)::int as n from guidance_visits v where ${where}`);
  return { rows, total: count?.n ?? 0 };
}
