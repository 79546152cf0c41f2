// Campaign documents (材料: 工作方案, 调研报告, A3报告…): uploaded once by a node, type checked by content like records'
// files, bytes in the same file store, sha256 kept; they serve as evidence of several assignments; removal is soft.
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { documentUploadFields, type DocumentsQuery, type DocumentView } from '@xianfeng/shared/schemas/campaigns';
import type { Page } from '@xianfeng/shared/schemas/common';
import { within } from '../../core/access';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import { acceptedMime, type FileStore } from '../records';
import { loadReadable } from './campaigns.service';
import * as policy from './campaigns.policy';
import * as q from './documents.queries';
import { reconcile } from './evidence.queries';
import { guidedPaths } from './review.queries';

type ListRow = Omit<DocumentView, 'uploadedAt'> & { uploadedAt: Date };

export const documentView = (d: ListRow): DocumentView => ({ ...d, uploadedAt: d.uploadedAt.toISOString() });

export interface Upload {
  fileName: string;
  body: Buffer;
  fields: Record<string, string>;
}

/** Stores the file, then records it (the bytes are removed again if the row cannot be written). */
export async function uploadDocument(ctx: Ctx, store: FileStore, campaignId: number, upload: Upload): Promise<DocumentView> {
  const { campaign } = await loadReadable(ctx, campaignId);
  if (campaign.status === 'closed') throw conflict('campaignDocument.campaignClosed');
  const fields = documentUploadFields.safeParse(upload.fields);
  if (!fields.success) throw invalid('campaignDocument.fieldsInvalid');
  const org = await loadOrgInScope(ctx, fields.data.orgId, 'campaign.read');
  if (!org.path.startsWith(campaign.ownerPath)) throw invalid('campaign.orgOutside');
  if (!policy.canUploadDocument(ctx.actor, org.path)) throw forbidden();
  const fileName = path.basename(upload.fileName.replace(/\\/g, '/')).slice(-200) || 'file';
  const mime = await acceptedMime(fileName, upload.body);
  const [yyyy, mm] = todayIn(ctx.timeZone).split('-');
  const key = `${yyyy}/${mm}/${randomUUID()}`;
  const sha256 = createHash('sha256').update(upload.body).digest('hex');
  await store.put(key, upload.body);
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await q.insertDocument(tx, {
        campaignId,
        orgId: org.id,
        orgPath: org.path,
        title: fields.data.title,
        fileName,
        mime,
        size: upload.body.length,
        sha256,
        storageKey: key,
        uploadedBy: ctx.actor.accountId,
      });
      await recordAudit(tx, ctx, {
        action: 'campaignDocument.upload',
        entityType: 'campaign_document',
        entityId: row.id,
        orgId: org.id,
        summary: row.title,
        after: { campaignId, title: row.title, fileName, sha256 },
      });
      return documentView({ ...row, orgName: org.name, usedBy: 0 });
    });
  } catch (err) {
    await store.remove(key);
    throw err;
  }
}

/** The caller's read scope within the campaign's subtree. */
function scopeIn(ctx: Ctx, ownerPath: string): string[] {
  return policy.readScope(ctx.actor).flatMap((p) => (p.startsWith(ownerPath) ? [p] : ownerPath.startsWith(p) ? [ownerPath] : []));
}

export async function listDocuments(ctx: Ctx, campaignId: number, query: DocumentsQuery): Promise<Page<DocumentView>> {
  const { campaign } = await loadReadable(ctx, campaignId);
  let under: string | undefined;
  if (query.orgId !== undefined) {
    const org = await loadOrgInScope(ctx, query.orgId, 'campaign.read');
    if (!org.path.startsWith(campaign.ownerPath)) throw invalid('campaign.orgOutside');
    under = org.path;
  }
  const { page, pageSize } = query;
  const { rows, total } = await q.listDocuments(ctx.db, { campaignId, scope: scopeIn(ctx, campaign.ownerPath), under, q: query.q }, pageSize, (page - 1) * pageSize);
  return { items: rows.map(documentView), total, page, pageSize };
}

/** Readers of the document's node, and the guidance members (指导组) who supervise it. */
async function loadReadableDocument(ctx: Ctx, db: Executor, id: number) {
  const doc = await q.findDocument(db, id);
  if (!doc) throw notFound('campaignDocument.notFound');
  if (policy.canReadDocument(ctx.actor, doc.orgPath)) return doc;
  if (within(await guidedPaths(db, doc.campaignId, ctx.actor.personId), doc.orgPath)) return doc;
  throw notFound('campaignDocument.notFound');
}

export async function documentFile(ctx: Ctx, store: FileStore, id: number) {
  const doc = await loadReadableDocument(ctx, ctx.db, id);
  return { doc, body: await store.get(doc.storageKey) };
}

/** Soft removal; refused while it serves a submitted or approved assignment. The others are reconciled. */
export async function removeDocument(ctx: Ctx, id: number) {
  await ctx.db.transaction(async (tx) => {
    const doc = await loadReadableDocument(ctx, tx, id);
    if (!policy.canUploadDocument(ctx.actor, doc.orgPath)) throw forbidden();
    const served = await q.servedBy(tx, id);
    if (served.locked) throw conflict('campaignDocument.inUse');
    await q.removeDocument(tx, id);
    if (served.ids.length > 0) await reconcile(tx, { assignmentIds: served.ids }, ctx.timeZone);
    await recordAudit(tx, ctx, {
      action: 'campaignDocument.remove',
      entityType: 'campaign_document',
      entityId: id,
      orgId: doc.orgId,
      summary: doc.title,
      before: { title: doc.title, fileName: doc.fileName, sha256: doc.sha256, usedBy: served.ids.length },
    });
  });
}
