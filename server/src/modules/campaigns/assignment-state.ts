// The state an assignment shows, in TypeScript for single rows; evidence.queries.ts has the same rule in SQL.
import type { AssignmentState } from '@xianfeng/shared/schemas/campaigns';

interface StateInput {
  status: string;
  satisfiedOn: string | null;
  evidenceCount: number;
  deadline: string;
}

export const isDone = (a: StateInput, needsApproval: boolean) => a.satisfiedOn !== null && (!needsApproval || a.status === 'approved');

export function stateOf(a: StateInput, needsApproval: boolean): AssignmentState {
  if (isDone(a, needsApproval)) return 'done';
  if (a.status === 'submitted' || a.status === 'returned') return a.status;
  return a.evidenceCount > 0 || a.satisfiedOn !== null ? 'in_progress' : 'not_started';
}

/** Past the deadline (calendar day in the deployment's zone), not done and not awaiting review. */
export const isOverdue = (a: StateInput, needsApproval: boolean, today: string) =>
  !isDone(a, needsApproval) && a.status !== 'submitted' && a.deadline < today;
