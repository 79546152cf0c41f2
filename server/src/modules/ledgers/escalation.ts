// The escalation ladder (督办阶梯) of overdue items: a list's owner sets steps (提醒 → 督办 → 通报 → 约谈), each with
// the days past the deadline after which it is taken. Rules:
// - a step with afterDays N is due once the item is overdue by more than N days (deadline + N < today; N = 0: the
//   day after the deadline); open items only (not 已销号), lists not archived;
// - each step is taken once against the current deadline: one 'escalate' update, dated, with the step; an approved
//   extension (延期) starts the ladder afresh for the new deadline; a deadline corrected by the owner does not;
// - a run takes only the highest step due (after a pause it does not take the ones it missed), and never a step
//   lower than or equal to one already taken — by the job or by hand (督办 now);
// - each step is notified in the app to the responsible person (when they have an account) and the responsible
//   node's staff and 书记.
import { PERMISSION_ROLES, POSITION_ROLES } from '@xianfeng/shared/domain';
import { translate } from '@xianfeng/shared/i18n';
import type { EscalateBody, EscalationStepName } from '@xianfeng/shared/schemas/ledgers';
import type { Actor } from '../../core/access';
import type { Ctx } from '../../core/context';
import { conflict, forbidden } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Db } from '../../db/client';
import { recordAudit } from '../audit';
import { notify } from '../notifications';
import * as esq from './escalation.queries';
import { loadItem } from './items.service';
import * as policy from './ledgers.policy';
import * as lq from './ledgers.queries';

const BATCH = 500;
const WHO = { roles: PERMISSION_ROLES['ledger.write'], titles: Object.keys(POSITION_ROLES) };

/** The step's name in both languages, for a notification shown in the reader's. */
const stepName = (step: string) => {
  const key = `escalation.step.${step as EscalationStepName}` as const;
  return { zh: translate('zh-CN', key), en: translate('en-US', key) };
};

/** The job acts as the system: audited without an account. */
const SYSTEM: Actor = { accountId: 0, personId: 0, username: 'system', name: '系统（督办阶梯）', locale: 'zh-CN', grants: [] };

/**
 * Takes the steps due on `today` (the calendar day in the deployment's zone) that were not taken yet, in batches,
 * each batch one transaction under an advisory lock. Idempotent: run it as often as you like. Returns how many
 * steps it took.
 */
export async function escalateOverdueItems(db: Db, today: string, _timeZone: string, batch = BATCH): Promise<number> {
  let taken = 0;
  let afterId = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      if (!(await esq.tryEscalationLock(tx))) return null;
      const window = await esq.overdueWindow(tx, { ...WHO, today, afterId, limit: batch });
      if (window.length === 0) return null;
      afterId = window[window.length - 1]!.id;
      const due = window.filter((w): w is esq.DueRow => w.step !== null);
      const updates = await esq.insertEscalations(
        tx,
        due.map((d) => ({ itemId: d.id, step: d.step, on: today })),
      );
      if (due.length > 0)
        await recordAudit(
          tx,
          { actor: SYSTEM, requestId: `escalation-${today}` },
          ...due.map((d, i) => ({
            action: 'ledgerItem.escalate',
            entityType: 'ledger_item',
            entityId: d.id,
            orgId: d.orgId,
            summary: d.title,
            after: { step: d.step, deadline: d.deadline, daysOverdue: d.daysOverdue, updateId: updates[i]!.id },
          })),
        );
      for (const d of due)
        await notify(tx, [...d.personIds, ...(d.responsiblePersonId ? [d.responsiblePersonId] : [])], {
          kind: 'ledgerItem.escalated',
          title: d.title,
          link: `/ledger-items/${d.id}`,
          params: {
            itemId: d.id,
            item: d.title,
            org: d.orgName,
            ledger: d.ledgerTitle,
            step: stepName(d.step),
            days: d.daysOverdue,
            deadline: d.deadline,
          },
        });
      return due.length;
    });
    if (n === null) return taken;
    taken += n;
  }
}

/** 督办 now: the list's owner or the responsible node's superior takes a step by hand, with a text, on an open item. */
export async function escalateByHand(ctx: Ctx, id: number, body: EscalateBody) {
  await ctx.db.transaction(async (tx) => {
    const found = await loadItem(ctx, id, tx);
    const { item } = found;
    if (!policy.canManage(ctx.actor, found.ownerPath) && !policy.canClose(ctx.actor, found.ownerPath, item.responsiblePath))
      throw forbidden();
    if (item.status === 'closed') throw conflict('ledgerItem.badTransition', { status: item.status });
    const today = todayIn(ctx.timeZone);
    const [update] = await esq.insertEscalations(tx, [
      { itemId: id, step: body.step, on: today, text: body.text, personId: ctx.actor.personId || null },
    ]);
    await recordAudit(tx, ctx, {
      action: 'ledgerItem.escalate',
      entityType: 'ledger_item',
      entityId: id,
      orgId: item.responsibleOrgId,
      summary: item.title,
      after: { step: body.step, text: body.text, updateId: update!.id },
    });
    const { ledger } = (await lq.findLedger(tx, item.ledgerId))!;
    await notify(tx, await esq.recipientsOf(tx, item, { ...WHO, today }), {
      kind: 'ledgerItem.escalatedByHand',
      title: item.title,
      link: `/ledger-items/${id}`,
      params: {
        itemId: id,
        item: item.title,
        org: found.responsibleName,
        ledger: ledger.title,
        step: stepName(body.step),
        text: body.text,
      },
    });
  });
}
