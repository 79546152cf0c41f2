// 审核锁定: the superior locks a held record; later changes are amendments (更正), audited and shown.
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid } from '../../core/errors';
import { recordAudit } from '../audit';
import * as policy from './records.policy';
import * as q from './records.queries';
import { auditView } from './records.format';
import { loadRecord } from './records.service';

export async function lockRecord(ctx: Ctx, id: number, version: number) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadRecord(ctx, id, 'read', tx);
    if (!policy.canLockRecord(ctx.actor, before)) throw forbidden('record.lockNeedsSuperior');
    if (before.status !== 'held') throw invalid('record.lockOnlyHeld');
    if (before.lockedAt) throw invalid('record.alreadyLocked');
    // Locking ends check-in: nothing changes silently afterwards.
    const after = await q.updateRecord(tx, id, version, { lockedAt: new Date(), lockedBy: ctx.actor.accountId, checkInSecret: null });
    if (!after) throw conflict();
    await recordAudit(tx, ctx, { action: 'record.lock', entityType: 'record', entityId: id, orgId: after.orgId, summary: after.topic, before: auditView(before), after: auditView(after) });
    return after;
  });
}

export async function unlockRecord(ctx: Ctx, id: number, version: number, reason: string) {
  return ctx.db.transaction(async (tx) => {
    const before = await loadRecord(ctx, id, 'read', tx);
    if (!policy.canLockRecord(ctx.actor, before)) throw forbidden('record.lockNeedsSuperior');
    if (!before.lockedAt) throw invalid('record.notLocked');
    const after = await q.updateRecord(tx, id, version, { lockedAt: null, lockedBy: null });
    if (!after) throw conflict();
    await recordAudit(tx, ctx, { action: 'record.unlock', entityType: 'record', entityId: id, orgId: after.orgId, summary: reason, before: auditView(before), after: auditView(after) });
    return after;
  });
}
