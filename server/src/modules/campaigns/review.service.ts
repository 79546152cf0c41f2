// An assignment's life: the node submits (提交); the reviewer — the superior node's staff or the guidance member
// assigned (指导组) — approves (通过) or returns (退回) it; an approved one changes only by a reopen with a reason.
import type { AssignmentView, SubmitAssignmentBody, TodoItem, TodoList } from '@xianfeng/shared/schemas/campaigns';
import { can } from '../../core/access';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, invalid, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import { isOverdue, stateOf } from './assignment-state';
import * as policy from './campaigns.policy';
import * as q from './review.queries';
import { notifyReturned } from './reminders';

export type Step = 'submit' | 'approve' | 'return' | 'reopen';
const FROM: Record<Step, readonly string[]> = {
  submit: ['pending', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
  reopen: ['approved'],
};
/** Whether a step is possible from the status (the caller's rights aside). */
export const canStep = (step: Step, status: string) => FROM[step].includes(status);

export const assignmentView = (a: q.AssignmentRow, needsApproval: boolean): AssignmentView => ({
  id: a.id,
  campaignId: a.campaignId,
  actionId: a.actionId,
  orgId: a.orgId,
  status: a.status as AssignmentView['status'],
  state: stateOf(a, needsApproval),
  deadline: a.deadline,
  satisfiedOn: a.satisfiedOn,
  evidenceCount: a.evidenceCount,
  submittedAt: a.submittedAt?.toISOString() ?? null,
  reviewedAt: a.reviewedAt?.toISOString() ?? null,
  reviewerPersonId: a.reviewerPersonId,
  comment: a.comment,
  version: a.version,
});

/**
 * The assignment and what the caller is to it: the node's staff submit and link evidence, reviewers review.
 * 404 unless the caller reads the node or reviews it.
 */
export async function loadAssignment(ctx: Ctx, db: Executor, id: number) {
  const found = await q.findAssignment(db, id);
  if (!found) throw notFound('assignment.notFound');
  const path = found.assignment.orgPath;
  const reviewer = policy.canReview(ctx.actor, path, await q.guidedPaths(db, found.assignment.campaignId, ctx.actor.personId));
  if (!reviewer && !can(ctx.actor, 'campaign.read', path)) throw notFound('assignment.notFound');
  return { ...found, reviewer, submitter: policy.canSubmit(ctx.actor, path) };
}

/** 403 when the caller may see but not take this step; 409 when the campaign or the status does not allow it. */
async function loadFor(ctx: Ctx, tx: Executor, id: number, step: Step) {
  const found = await loadAssignment(ctx, tx, id);
  if (!(step === 'submit' ? found.submitter : found.reviewer)) throw forbidden();
  if (found.campaignStatus !== 'launched') throw conflict('assignment.campaignNotLaunched');
  if (!canStep(step, found.assignment.status)) throw conflict('assignment.badTransition', { status: `assignmentStatus.${found.assignment.status}` });
  return found;
}

/** The columns a step changes. A confirmation (确认完成) is satisfied on the day it is submitted, and loses it when sent back. */
function changeOf(step: Step, f: q.FoundAssignment, ctx: Ctx, comment: string | null): q.Change {
  const now = new Date();
  const confirmation = f.action.completion === 'confirmation';
  const review = { reviewedAt: now, reviewerPersonId: ctx.actor.personId, comment };
  switch (step) {
    case 'submit': {
      const satisfied = confirmation ? { satisfiedOn: todayIn(ctx.timeZone) } : {};
      // Without approval, submitting completes it.
      return f.needsApproval
        ? { status: 'submitted', submittedAt: now, comment, reviewedAt: null, reviewerPersonId: null, ...satisfied }
        : { status: 'approved', submittedAt: now, comment, reviewedAt: now, reviewerPersonId: null, ...satisfied };
    }
    case 'approve':
      return { status: 'approved', ...review };
    case 'return':
    case 'reopen':
      return { status: 'returned', ...review, ...(confirmation ? { satisfiedOn: null } : {}) };
  }
}

export async function moveAssignment(ctx: Ctx, id: number, step: Step, body: SubmitAssignmentBody): Promise<AssignmentView> {
  return ctx.db.transaction(async (tx) => {
    const found = await loadFor(ctx, tx, id, step);
    const before = found.assignment;
    // Evidence actions go up (and are approved) only with their evidence complete.
    if ((step === 'submit' || step === 'approve') && found.action.completion !== 'confirmation' && before.satisfiedOn === null)
      throw invalid('assignment.evidenceMissing');
    const comment = body.comment || null;
    const row = await q.updateAssignment(tx, id, body.version, changeOf(step, found, ctx, comment));
    if (!row) throw conflict();
    await q.insertEvent(tx, { assignmentId: id, kind: step, comment, personId: ctx.actor.personId });
    await recordAudit(tx, ctx, {
      action: `assignment.${step}`,
      entityType: 'assignment',
      entityId: id,
      orgId: before.orgId,
      summary: `${found.orgName}：${found.action.title}`,
      before: { status: before.status, satisfiedOn: before.satisfiedOn },
      after: { status: row.status, satisfiedOn: row.satisfiedOn, comment: row.comment },
    });
    if (step === 'return')
      await notifyReturned(tx, { id, orgId: before.orgId, orgName: found.orgName, actionTitle: found.action.title, campaignTitle: found.campaignTitle, comment: comment ?? '' }, todayIn(ctx.timeZone));
    return assignmentView(row, found.needsApproval);
  });
}

/** A node's own open assignments and, if the caller reviews its children, their submissions. */
export async function todoList(ctx: Ctx, orgId: number): Promise<TodoList> {
  const org = await loadOrgInScope(ctx, orgId, 'campaign.read');
  const today = todayIn(ctx.timeZone);
  const item = (r: Awaited<ReturnType<typeof q.todoOf>>[number]): TodoItem => ({
    ...assignmentView(r.assignment, r.needsApproval),
    completion: r.completion as TodoItem['completion'],
    campaignTitle: r.campaignTitle,
    actionTitle: r.actionTitle,
    orgName: r.orgName,
    needsApproval: r.needsApproval,
    overdue: isOverdue(r.assignment, r.needsApproval, today),
  });
  const reviews = can(ctx.actor, 'campaign.write', org.path);
  return {
    todo: (await q.todoOf(ctx.db, org.id, 'own')).map(item),
    toReview: reviews ? (await q.todoOf(ctx.db, org.id, 'children')).map(item) : [],
  };
}
