// SQL of campaign documents (材料): uploaded once by a node, linked as evidence by assignments.
import { and, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { escapeLike, inScope, underPath } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { assignmentEvidence, assignments, campaignDocuments } from './campaigns.schema';

export type DocumentRow = typeof campaignDocuments.$inferSelect;
type NewDocument = Omit<typeof campaignDocuments.$inferInsert, 'id' | 'uploadedAt' | 'removedAt'>;

// Written out: a correlated count over the outer row.
const usedBy = sql<number>`(select count(*)::int from assignment_evidence e where e.document_id = campaign_documents.id)`;

const columns = {
  id: campaignDocuments.id,
  campaignId: campaignDocuments.campaignId,
  orgId: campaignDocuments.orgId,
  orgName: orgs.name,
  title: campaignDocuments.title,
  fileName: campaignDocuments.fileName,
  mime: campaignDocuments.mime,
  size: campaignDocuments.size,
  sha256: campaignDocuments.sha256,
  uploadedAt: campaignDocuments.uploadedAt,
  usedBy,
};

export async function insertDocument(db: Executor, values: NewDocument) {
  const [row] = await db.insert(campaignDocuments).values(values).returning();
  return row!;
}

/** A document not removed. */
export async function findDocument(db: Executor, id: number) {
  const [row] = await db
    .select()
    .from(campaignDocuments)
    .where(and(eq(campaignDocuments.id, id), isNull(campaignDocuments.removedAt)));
  return row;
}

export async function removeDocument(db: Executor, id: number) {
  await db.update(campaignDocuments).set({ removedAt: new Date() }).where(eq(campaignDocuments.id, id));
}

export interface DocumentFilter {
  campaignId: number;
  /** The caller's read scope, already intersected with what it may see of the campaign. */
  scope: readonly string[];
  under?: string;
  q?: string;
}

/** Documents of a campaign in the scope (optionally under a node, title or file name containing q), newest first. */
export async function listDocuments(db: Executor, f: DocumentFilter, limit: number, offset: number) {
  const where: SQL | undefined = and(
    eq(campaignDocuments.campaignId, f.campaignId),
    isNull(campaignDocuments.removedAt),
    inScope(campaignDocuments.orgPath, f.scope),
    f.under ? underPath(campaignDocuments.orgPath, f.under) : undefined,
    f.q ? or(ilike(campaignDocuments.title, `%${escapeLike(f.q)}%`), ilike(campaignDocuments.fileName, `%${escapeLike(f.q)}%`)) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    db
      .select(columns)
      .from(campaignDocuments)
      .innerJoin(orgs, eq(orgs.id, campaignDocuments.orgId))
      .where(where)
      .orderBy(desc(campaignDocuments.uploadedAt), desc(campaignDocuments.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(campaignDocuments).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** The documents linked to an assignment (not removed), with the link's id. */
export function linkedDocuments(db: Executor, assignmentId: number) {
  return db
    .select({ ...columns, evidenceId: assignmentEvidence.id })
    .from(assignmentEvidence)
    .innerJoin(campaignDocuments, eq(campaignDocuments.id, assignmentEvidence.documentId))
    .innerJoin(orgs, eq(orgs.id, campaignDocuments.orgId))
    .where(and(eq(assignmentEvidence.assignmentId, assignmentId), isNull(campaignDocuments.removedAt)))
    .orderBy(assignmentEvidence.at, assignmentEvidence.id);
}

/** The assignments a document serves: their ids, and whether one is submitted or approved (then it stays). */
export async function servedBy(db: Executor, documentId: number) {
  const rows = await db
    .select({ id: assignments.id, status: assignments.status })
    .from(assignmentEvidence)
    .innerJoin(assignments, eq(assignments.id, assignmentEvidence.assignmentId))
    .where(eq(assignmentEvidence.documentId, documentId));
  return { ids: rows.map((r) => r.id), locked: rows.some((r) => r.status === 'submitted' || r.status === 'approved') };
}
