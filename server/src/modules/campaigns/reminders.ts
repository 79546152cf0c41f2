// Deadline reminders (站内提醒): the staff of the responsible node hear of an open assignment 3 days before its
// deadline and on the day — twice at most, never daily. An assignment_events row marks each reminder sent.
import { PERMISSION_ROLES, POSITION_ROLES } from '@xianfeng/shared/domain';
import type { Db, Executor } from '../../db/client';
import { notify } from '../notifications';
import * as oq from './overdue.queries';

const BATCH = 500;
const ROLES = [...new Set([...PERMISSION_ROLES['campaign.write'], ...PERMISSION_ROLES['record.write']])];
const TITLES = Object.keys(POSITION_ROLES);

/** Tells the node's staff that its assignment was returned (退回), with the reviewer's comment. */
export async function notifyReturned(
  tx: Executor,
  a: { id: number; orgId: number; orgName: string; actionTitle: string; campaignTitle: string; comment: string },
  today: string,
) {
  const personIds = await oq.responsibleFor(tx, a.orgId, { today, roles: ROLES, titles: TITLES });
  await notify(tx, personIds, {
    kind: 'assignment.returned',
    title: a.actionTitle,
    link: `/assignments/${a.id}`,
    params: { assignmentId: a.id, action: a.actionTitle, campaign: a.campaignTitle, org: a.orgName, comment: a.comment },
  });
}

/**
 * Sends the reminders due on `today` (the calendar day in the deployment's zone `_timeZone`) that were not sent
 * yet, in batches, each batch one transaction. Idempotent: run it as often as you like. Returns how many
 * assignments were reminded about.
 */
export async function sendDeadlineReminders(db: Db, today: string, _timeZone: string): Promise<number> {
  let sent = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      if (!(await oq.tryReminderLock(tx))) return 0;
      const due = await oq.dueUnreminded(tx, { today, roles: ROLES, titles: TITLES, limit: BATCH });
      await oq.markReminded(tx, due);
      for (const d of due)
        await notify(tx, d.personIds, {
          kind: d.mark === 'remind_0d' ? 'assignment.dueToday' : 'assignment.dueSoon',
          title: d.actionTitle,
          link: `/assignments/${d.id}`,
          params: { assignmentId: d.id, action: d.actionTitle, campaign: d.campaignTitle, org: d.orgName, deadline: d.deadline },
        });
      return due.length;
    });
    sent += n;
    if (n < BATCH) return sent;
  }
}
