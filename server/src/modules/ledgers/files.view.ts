// How an item's file is shown to the caller (the item's detail and the files list share it).
import type { FilePurpose, ItemFileView } from '@xianfeng/shared/schemas/ledgerFiles';
import type { Ctx } from '../../core/context';
import type { Executor } from '../../db/client';
import * as q from './files.queries';
import * as policy from './ledgers.policy';

interface ItemOf {
  item: { id: number; status: string; responsiblePath: string };
}

export const mayEdit = (ctx: Ctx, found: ItemOf) => policy.canUpdate(ctx.actor, found.item.responsiblePath);

/** Removable by its uploader or the responsible node's staff, while the item is open and the file backs no request. */
export const canRemove = (ctx: Ctx, found: ItemOf, f: { uploadedBy: number | null; updateId: number | null }) =>
  found.item.status !== 'closed' &&
  f.updateId === null &&
  ((ctx.actor.accountId !== 0 && f.uploadedBy === ctx.actor.accountId) || mayEdit(ctx, found));

export const fileView = (ctx: Ctx, found: ItemOf, f: q.ItemFileListRow): ItemFileView => ({
  id: f.id,
  itemId: f.itemId,
  fileName: f.fileName,
  mime: f.mime,
  size: f.size,
  sha256: f.sha256,
  uploadedAt: f.uploadedAt.toISOString(),
  uploadedByName: f.uploadedByName,
  updateId: f.updateId,
  purpose: f.purpose as FilePurpose | null,
  canRemove: canRemove(ctx, found, f),
});

/** All of the item's files, for its detail. */
export async function filesOfItem(db: Executor, ctx: Ctx, found: ItemOf) {
  return (await q.filesOf(db, found.item.id)).map((f) => fileView(ctx, found, f));
}
