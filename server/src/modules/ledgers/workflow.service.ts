// The closing workflow of an item: progress, 申请销号, 销号 / 退回, extension request and approval, reopening.
// Each step checks who may take it, then the transition (409), then the version (409), and writes a dated update row.
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid } from '../../core/errors';
import { todayIn } from '../../core/time';
import { recordAudit } from '../audit';
import * as fq from './files.queries';
import * as iq from './items.queries';
import { type LoadedItem, loadItem } from './items.service';
import * as policy from './ledgers.policy';

export type Step = 'progress' | 'request-close' | 'close' | 'return' | 'request-extension' | 'approve-extension' | 'reopen';

export interface StepBody {
  version: number;
  text?: string;
  percent?: number;
  on?: string;
  reason?: string;
  newDeadline?: string;
  /** request-close: files of the item that back the request (evidence). */
  fileIds?: number[];
}

const OPEN = ['registered', 'in_progress', 'returned', 'extended'];

/** Who may take the step, and from which statuses. */
const RULES: Record<Step, { from: readonly string[]; may: (ctx: Ctx, i: LoadedItem) => boolean }> = {
  progress: { from: OPEN, may: (ctx, i) => policy.canUpdate(ctx.actor, i.item.responsiblePath) },
  'request-close': { from: OPEN, may: (ctx, i) => policy.canUpdate(ctx.actor, i.item.responsiblePath) },
  close: { from: ['close_requested'], may: (ctx, i) => policy.canClose(ctx.actor, i.ownerPath, i.item.responsiblePath) },
  return: { from: ['close_requested'], may: (ctx, i) => policy.canClose(ctx.actor, i.ownerPath, i.item.responsiblePath) },
  'request-extension': { from: OPEN, may: (ctx, i) => policy.canUpdate(ctx.actor, i.item.responsiblePath) },
  'approve-extension': { from: OPEN, may: (ctx, i) => policy.canManage(ctx.actor, i.ownerPath) },
  reopen: { from: ['closed'], may: (ctx, i) => policy.canManage(ctx.actor, i.ownerPath) },
};

const reasonOf = (body: StepBody) => {
  const reason = body.reason?.trim();
  if (!reason) throw invalid('ledgerItem.reasonRequired');
  return reason;
};

export async function takeStep(ctx: Ctx, id: number, step: Step, body: StepBody) {
  return ctx.db.transaction(async (tx) => {
    const found = await loadItem(ctx, id, tx);
    const { item } = found;
    const rule = RULES[step];
    if (!rule.may(ctx, found)) throw forbidden();
    if (!rule.from.includes(item.status)) throw conflict('ledgerItem.badTransition', { status: item.status });
    const today = todayIn(ctx.timeZone);
    const personId = ctx.actor.personId || null;
    let changes: Parameters<typeof iq.updateItem>[3] = {};
    let update: Omit<Parameters<typeof iq.insertUpdate>[1], 'itemId' | 'personId'>;
    switch (step) {
      case 'progress':
        changes = { progress: body.percent!, status: item.status === 'extended' ? 'extended' : 'in_progress' };
        update = { kind: 'progress', on: body.on ?? today, text: body.text!, progress: body.percent! };
        break;
      case 'request-close':
        // A research topic (调研课题) is done when its 调研报告 is in.
        if (item.kind === 'research_topic' && !(await fq.hasFileFor(tx, id, 'research_report')))
          throw invalid('ledgerItem.reportRequired');
        changes = { status: 'close_requested' };
        update = { kind: 'close_request', on: today, text: body.text! };
        break;
      case 'close':
        changes = { status: 'closed', closedOn: today, closedBy: personId, progress: 100 };
        update = { kind: 'close', on: today, text: body.text ?? null };
        break;
      case 'return':
        changes = { status: 'in_progress' };
        update = { kind: 'return', on: today, text: reasonOf(body) };
        break;
      case 'request-extension':
        if (item.deadline && body.newDeadline! <= item.deadline) throw invalid('ledgerItem.deadlineOrder');
        update = { kind: 'extend_request', on: today, text: reasonOf(body), newDeadline: body.newDeadline! };
        break;
      case 'approve-extension': {
        const pending = await iq.lastExtensionRequest(tx, id);
        if (!pending) throw conflict('ledgerItem.noExtensionRequest');
        changes = { status: 'extended', deadline: pending.newDeadline };
        update = { kind: 'extend', on: today, newDeadline: pending.newDeadline };
        break;
      }
      case 'reopen':
        changes = { status: 'in_progress', closedOn: null, closedBy: null };
        update = { kind: 'reopen', on: today, text: reasonOf(body) };
        break;
    }
    const row = await iq.updateItem(tx, id, body.version, changes);
    if (!row) throw conflict();
    const written = await iq.insertUpdate(tx, { ...update, itemId: id, personId });
    // 申请销号 with evidence: the named files now back this request (each backs one request only).
    const fileIds = step === 'request-close' ? [...new Set(body.fileIds ?? [])] : [];
    if ((await fq.attachToUpdate(tx, id, fileIds, written.id)) !== fileIds.length) throw invalid('ledgerFile.notAttachable');
    await recordAudit(tx, ctx, {
      action: `ledgerItem.${update.kind}`,
      entityType: 'ledger_item',
      entityId: id,
      orgId: item.responsibleOrgId,
      summary: item.title,
      before: { status: item.status, deadline: item.deadline },
      after: { ...changes, text: update.text ?? null, ...(fileIds.length > 0 ? { fileIds } : {}) },
    });
    return row;
  });
}
