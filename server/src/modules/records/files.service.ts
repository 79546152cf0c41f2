// Attachments of a record (photos, PDF, Word, Excel): type checked by content, bytes in the file store,
// sha256 kept; removal is soft. On a locked record each change is an amendment.
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { RecordFileView } from '@xianfeng/shared/schemas/records';
import type { Ctx } from '../../core/context';
import { invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import { recordAudit } from '../audit';
import * as q from './files.queries';
import type { FileStore } from './files.store';
import { loadRecord } from './records.service';

/** Detected type → the name extensions it may carry. Old .doc and .xls are both CFB containers. */
const ACCEPTED: Record<string, readonly string[]> = {
  jpg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  cfb: ['doc', 'xls'],
};
const CFB_MIME: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel' };

/** The MIME type of an accepted file, from its bytes; the name's extension must agree. */
export async function acceptedMime(fileName: string, body: Buffer): Promise<string> {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const detected = await fileTypeFromBuffer(body);
  if (!detected || !ACCEPTED[detected.ext]?.includes(ext)) throw invalid('record.fileType');
  return detected.ext === 'cfb' ? CFB_MIME[ext]! : detected.mime;
}

const view = (f: q.FileRow): RecordFileView => ({ id: f.id, fileName: f.fileName, mime: f.mime, size: f.size, sha256: f.sha256, uploadedAt: f.uploadedAt.toISOString() });

export async function addFile(ctx: Ctx, store: FileStore, recordId: number, upload: { fileName: string; body: Buffer }) {
  const rec = await loadRecord(ctx, recordId, 'write');
  if (rec.status === 'cancelled') throw invalid('record.cancelled');
  const fileName = path.basename(upload.fileName.replace(/\\/g, '/')).slice(-200) || 'file';
  const mime = await acceptedMime(fileName, upload.body);
  const [yyyy, mm] = todayIn(ctx.timeZone).split('-');
  const key = `${yyyy}/${mm}/${randomUUID()}`;
  const sha256 = createHash('sha256').update(upload.body).digest('hex');
  await store.put(key, upload.body);
  try {
    return await ctx.db.transaction(async (tx) => {
      const row = await q.insertFile(tx, { recordId, fileName, mime, size: upload.body.length, sha256, storageKey: key, uploadedBy: ctx.actor.accountId });
      await recordAudit(tx, ctx, {
        action: rec.lockedAt ? 'record.amend' : 'record.fileAdd',
        entityType: 'record',
        entityId: recordId,
        orgId: rec.orgId,
        summary: fileName,
        after: { file: { id: row.id, fileName, sha256 } },
      });
      return view(row);
    });
  } catch (err) {
    await store.remove(key);
    throw err;
  }
}

export async function readFileOf(ctx: Ctx, store: FileStore, recordId: number, fileId: number) {
  await loadRecord(ctx, recordId, 'read');
  const file = await q.findFile(ctx.db, recordId, fileId);
  if (!file) throw notFound('record.fileNotFound');
  return { file, body: await store.get(file.storageKey) };
}

export async function removeFile(ctx: Ctx, recordId: number, fileId: number) {
  await ctx.db.transaction(async (tx) => {
    const rec = await loadRecord(ctx, recordId, 'write', tx);
    const file = await q.findFile(tx, recordId, fileId);
    if (!file) throw notFound('record.fileNotFound');
    await q.removeFile(tx, fileId);
    await recordAudit(tx, ctx, {
      action: rec.lockedAt ? 'record.amend' : 'record.fileRemove',
      entityType: 'record',
      entityId: recordId,
      orgId: rec.orgId,
      summary: file.fileName,
      before: { file: { id: file.id, fileName: file.fileName, sha256: file.sha256 } },
    });
  });
}
