// Files of a ledger item (事项材料: evidence for 申请销号, photos of progress): type checked by content like records'
// files, bytes in the same file store, sha256 kept. Removal is soft, and refused for a file that backs a request to
// close (it is part of the item's history) and on a closed item.
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page } from '@xianfeng/shared/schemas/common';
import type { FilePurpose, ItemFilesQuery, ItemFileView } from '@xianfeng/shared/schemas/ledgerFiles';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import { recordAudit } from '../audit';
import { acceptedMime, type FileStore } from '../records';
import * as q from './files.queries';
import { fileView, mayEdit } from './files.view';
import { type LoadedItem, loadItem } from './items.service';
import * as policy from './ledgers.policy';

export interface Upload {
  fileName: string;
  body: Buffer;
}

/**
 * Who uploads: those who update the item (the responsible node's staff and 书记) and those who close it (the owner
 * or the superior, e.g. while verifying a 申请销号). Nobody once it is closed.
 */
function checkUpload(ctx: Ctx, found: LoadedItem, purpose: FilePurpose | undefined) {
  if (!mayEdit(ctx, found) && !policy.canClose(ctx.actor, found.ownerPath, found.item.responsiblePath)) throw forbidden();
  if (found.item.status === 'closed') throw conflict('ledgerFile.itemClosed');
  // 调研报告 / A3 报告 belong to research topics only.
  if (purpose && found.item.kind !== 'research_topic') throw invalid('ledgerFile.purposeKind');
}

/** Stores the file, then records it (the bytes are removed again if the row cannot be written). */
export async function uploadFile(
  ctx: Ctx,
  store: FileStore,
  itemId: number,
  upload: Upload,
  purpose?: FilePurpose,
): Promise<ItemFileView> {
  checkUpload(ctx, await loadItem(ctx, itemId), purpose);
  const fileName = path.basename(upload.fileName.replace(/\\/g, '/')).slice(-200) || 'file';
  const mime = await acceptedMime(fileName, upload.body);
  const [yyyy, mm] = todayIn(ctx.timeZone).split('-');
  const key = `${yyyy}/${mm}/${randomUUID()}`;
  const sha256 = createHash('sha256').update(upload.body).digest('hex');
  await store.put(key, upload.body);
  try {
    return await ctx.db.transaction(async (tx) => {
      // Again inside the transaction: the item may have been closed while the bytes were stored.
      const found = await loadItem(ctx, itemId, tx);
      checkUpload(ctx, found, purpose);
      const row = await q.insertFile(tx, {
        itemId,
        fileName,
        mime,
        size: upload.body.length,
        sha256,
        storageKey: key,
        purpose: purpose ?? null,
        uploadedBy: ctx.actor.accountId || null,
      });
      await recordAudit(tx, ctx, {
        action: 'ledgerItem.fileAdd',
        entityType: 'ledger_item',
        entityId: itemId,
        orgId: found.item.responsibleOrgId,
        summary: fileName,
        after: { file: { id: row.id, fileName, mime, size: row.size, sha256, purpose: purpose ?? null } },
      });
      return fileView(ctx, found, { ...row, uploadedByName: ctx.actor.name || null });
    });
  } catch (err) {
    await store.remove(key);
    throw err;
  }
}

/** The item's files for any reader of the item. */
export async function listFiles(ctx: Ctx, itemId: number, query: ItemFilesQuery): Promise<Page<ItemFileView>> {
  const found = await loadItem(ctx, itemId);
  const { page, pageSize } = query;
  const [rows, total] = [
    await q.filesOf(ctx.db, itemId, { limit: pageSize, offset: (page - 1) * pageSize }),
    await q.countFiles(ctx.db, itemId),
  ];
  return { items: rows.map((f) => fileView(ctx, found, f)), total, page, pageSize };
}

export async function readFile(ctx: Ctx, store: FileStore, itemId: number, fileId: number) {
  await loadItem(ctx, itemId);
  const file = await q.findFile(ctx.db, itemId, fileId);
  if (!file) throw notFound('ledgerFile.notFound');
  return { file, body: await store.get(file.storageKey) };
}

export async function removeFile(ctx: Ctx, itemId: number, fileId: number) {
  await ctx.db.transaction(async (tx) => {
    const found = await loadItem(ctx, itemId, tx);
    const file = await q.findFile(tx, itemId, fileId);
    if (!file) throw notFound('ledgerFile.notFound');
    const own = ctx.actor.accountId !== 0 && file.uploadedBy === ctx.actor.accountId;
    if (!own && !mayEdit(ctx, found)) throw forbidden();
    if (found.item.status === 'closed') throw conflict('ledgerFile.itemClosed');
    if (file.updateId !== null) throw conflict('ledgerFile.backsRequest');
    await q.removeFile(tx, fileId);
    await recordAudit(tx, ctx, {
      action: 'ledgerItem.fileRemove',
      entityType: 'ledger_item',
      entityId: itemId,
      orgId: found.item.responsibleOrgId,
      summary: file.fileName,
      before: { file: { id: file.id, fileName: file.fileName, sha256: file.sha256 } },
    });
  });
}
