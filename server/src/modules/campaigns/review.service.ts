// An assignment's life: the node submits (提交); the superior's staff approve (通过) or return (退回) it.
import type { AssignmentView, SubmitAssignmentBody, TodoItem, TodoList } from '@xianfeng/shared/schemas/campaigns';
import { can } from '../../core/access';
import type { Ctx } from '../../core/context';
import { conflict, forbidden, notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import * as policy from './campaigns.policy';
import * as q from './review.queries';

type Step = 'submit' | 'approve' | 'return';
const FROM: Record<Step, readonly string[]> = { submit: ['pending', 'returned'], approve: ['submitted'], return: ['submitted'] };

export const assignmentView = (a: q.AssignmentRow): AssignmentView => ({
  id: a.id,
  campaignId: a.campaignId,
  actionId: a.actionId,
  orgId: a.orgId,
  status: a.status as AssignmentView['status'],
  deadline: a.deadline,
  submittedAt: a.submittedAt?.toISOString() ?? null,
  reviewedAt: a.reviewedAt?.toISOString() ?? null,
  reviewerPersonId: a.reviewerPersonId,
  comment: a.comment,
  version: a.version,
});

/** 404 unless the caller reads the node or reviews it; 403 when it may see but not take this step. */
async function loadFor(ctx: Ctx, tx: Executor, id: number, step: Step) {
  const found = await q.findAssignment(tx, id);
  const path = found?.assignment.orgPath;
  if (!found || !path || !(can(ctx.actor, 'campaign.read', path) || policy.canReview(ctx.actor, path))) throw notFound('assignment.notFound');
  const allowed = step === 'submit' ? policy.canSubmit(ctx.actor, path) : policy.canReview(ctx.actor, path);
  if (!allowed) throw forbidden();
  if (found.campaignStatus !== 'launched') throw conflict('assignment.campaignNotLaunched');
  if (!FROM[step].includes(found.assignment.status))
    throw conflict('assignment.badTransition', { status: `assignmentStatus.${found.assignment.status}` });
  return found;
}

export async function moveAssignment(ctx: Ctx, id: number, step: Step, body: SubmitAssignmentBody): Promise<AssignmentView> {
  return ctx.db.transaction(async (tx) => {
    const { assignment: before, needsApproval } = await loadFor(ctx, tx, id, step);
    const now = new Date();
    const review = { reviewedAt: now, reviewerPersonId: ctx.actor.personId, comment: body.comment ?? null };
    const change =
      step === 'submit'
        ? // Without approval, submitting completes it.
          needsApproval
          ? { status: 'submitted', submittedAt: now, comment: body.comment ?? null, reviewedAt: null, reviewerPersonId: null }
          : { status: 'approved', submittedAt: now, comment: body.comment ?? null, reviewedAt: now, reviewerPersonId: null }
        : { status: step === 'approve' ? 'approved' : 'returned', ...review };
    const row = await q.updateAssignment(tx, id, body.version, change);
    if (!row) throw conflict();
    await q.insertEvent(tx, { assignmentId: id, kind: step, comment: body.comment ?? null, personId: ctx.actor.personId });
    await recordAudit(tx, ctx, {
      action: `assignment.${step}`,
      entityType: 'assignment',
      entityId: id,
      orgId: before.orgId,
      before: { status: before.status },
      after: { status: row.status, comment: row.comment },
    });
    return assignmentView(row);
  });
}

/** A node's own open assignments and, if the caller reviews its children, their submissions. */
export async function todoList(ctx: Ctx, orgId: number): Promise<TodoList> {
  const org = await loadOrgInScope(ctx, orgId, 'campaign.read');
  const today = todayIn(ctx.timeZone);
  const item = (r: Awaited<ReturnType<typeof q.todoOf>>[number]): TodoItem => ({
    ...assignmentView(r.assignment),
    campaignTitle: r.campaignTitle,
    actionTitle: r.actionTitle,
    orgName: r.orgName,
    needsApproval: r.needsApproval,
    overdue: r.assignment.status !== 'submitted' && r.assignment.deadline < today,
  });
  const reviews = can(ctx.actor, 'campaign.write', org.path);
  return {
    todo: (await q.todoOf(ctx.db, org.id, 'own')).map(item),
    toReview: reviews ? (await q.todoOf(ctx.db, org.id, 'children')).map(item) : [],
  };
}
