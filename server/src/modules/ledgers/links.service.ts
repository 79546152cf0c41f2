// Links of an item to another item, or to a held record (组织生活记录) of the responsible node's subtree.
import type { Ctx } from '../../core/context';
import { forbidden, invalid, notFound } from '../../core/errors';
import { recordAudit } from '../audit';
import { findRecordInScope } from '../records';
import * as iq from './items.queries';
import { loadItem } from './items.service';
import * as policy from './ledgers.policy';

export async function addLink(ctx: Ctx, id: number, body: { linkedItemId?: number; recordId?: number }) {
  if ((body.linkedItemId === undefined) === (body.recordId === undefined)) throw invalid('ledgerItem.linkTarget');
  return ctx.db.transaction(async (tx) => {
    const found = await loadItem(ctx, id, tx);
    const { item } = found;
    if (!policy.canUpdate(ctx.actor, item.responsiblePath) && !policy.canManage(ctx.actor, found.ownerPath)) throw forbidden();
    if (body.linkedItemId !== undefined) {
      if (body.linkedItemId === id) throw invalid('ledgerItem.linkSelf');
      await loadItem(ctx, body.linkedItemId, tx);
    } else {
      const record = await findRecordInScope(ctx, body.recordId!, 'read', tx);
      if (record.status !== 'held' || !record.orgPath.startsWith(item.responsiblePath)) throw notFound('record.notFound');
    }
    const link = await iq.insertLink(tx, {
      itemId: id,
      linkedItemId: body.linkedItemId ?? null,
      recordId: body.recordId ?? null,
      personId: ctx.actor.personId || null,
    });
    await recordAudit(tx, ctx, {
      action: 'ledgerItem.link',
      entityType: 'ledger_item',
      entityId: id,
      orgId: item.responsibleOrgId,
      summary: item.title,
      after: body,
    });
    return link;
  });
}

export async function removeLink(ctx: Ctx, id: number, linkId: number) {
  return ctx.db.transaction(async (tx) => {
    const found = await loadItem(ctx, id, tx);
    const { item } = found;
    if (!policy.canUpdate(ctx.actor, item.responsiblePath) && !policy.canManage(ctx.actor, found.ownerPath)) throw forbidden();
    const gone = await iq.deleteLink(tx, id, linkId);
    if (!gone) throw notFound('ledgerItem.linkNotFound');
    await recordAudit(tx, ctx, {
      action: 'ledgerItem.unlink',
      entityType: 'ledger_item',
      entityId: id,
      orgId: item.responsibleOrgId,
      summary: item.title,
      before: gone,
    });
  });
}
