// Which workflow steps an assignment offers the caller now (the server decides for real).
import type { AssignmentDetail } from '@xianfeng/shared/schemas/campaigns';
import type { ReviewStep } from '../assignments.api';

type Subject = Pick<AssignmentDetail, 'status' | 'satisfiedOn' | 'can'> & { action: Pick<AssignmentDetail['action'], 'needsApproval' | 'completion'> };

/** Evidence actions are submitted once the evidence is complete (the server refuses otherwise). */
export const evidenceMissing = (a: Subject) => a.action.completion !== 'confirmation' && !a.satisfiedOn;

/** Evidence actions without approval are done by their evidence alone: nothing to submit. */
export function stepsOf(a: Subject): ReviewStep[] {
  const steps: ReviewStep[] = [];
  const submits = a.action.needsApproval || a.action.completion === 'confirmation';
  // The unit's staff see 提交 while the evidence is incomplete too (disabled, saying why).
  if ((a.can.submit || a.can.link) && submits && (a.status === 'pending' || a.status === 'returned')) steps.push('submit');
  if (a.can.review && a.status === 'submitted') steps.push('approve', 'return');
  if (a.can.reopen && a.status === 'approved') steps.push('reopen');
  return steps;
}
