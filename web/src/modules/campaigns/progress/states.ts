// How an assignment, or a cell of assignments, looks: one tone per cell, from its counts.
import type { AssignmentState, ProgressCounts } from '@xianfeng/shared/schemas/campaigns';

/** done green, doneLate amber, overdue red, submitted blue, returned orange, in progress cyan, not started grey. */
export type Tone = 'done' | 'doneLate' | 'overdue' | 'submitted' | 'returned' | 'inProgress' | 'notStarted';

export const TONES: Record<Tone, { color: string; background: string; tag: string }> = {
  done: { color: '#389e0d', background: '#f6ffed', tag: 'success' },
  doneLate: { color: '#d48806', background: '#fffbe6', tag: 'gold' },
  overdue: { color: '#cf1322', background: '#fff1f0', tag: 'error' },
  submitted: { color: '#0958d9', background: '#e6f4ff', tag: 'processing' },
  returned: { color: '#d4380d', background: '#fff2e8', tag: 'volcano' },
  inProgress: { color: '#08979c', background: '#e6fffb', tag: 'cyan' },
  notStarted: { color: '#8c8c8c', background: '#fafafa', tag: 'default' },
};

/** One assignment: overdue and done late override the state they overlap. */
export function assignmentTone(state: AssignmentState, overdue: boolean, doneLate: boolean): Tone {
  if (state === 'done') return doneLate ? 'doneLate' : 'done';
  if (overdue) return 'overdue';
  if (state === 'in_progress') return 'inProgress';
  if (state === 'not_started') return 'notStarted';
  return state;
}

/**
 * A cell: all done → done (amber if any late); else the most urgent thing in it — overdue, returned,
 * awaiting review — else in progress when anything moved, else not started.
 */
export function cellTone(c: ProgressCounts): Tone {
  if (c.total > 0 && c.done === c.total) return c.doneLate > 0 ? 'doneLate' : 'done';
  if (c.overdue > 0) return 'overdue';
  if (c.returned > 0) return 'returned';
  if (c.submitted > 0) return 'submitted';
  if (c.done > 0 || c.inProgress > 0) return 'inProgress';
  return 'notStarted';
}

/** Done late: complete, with the evidence complete after the deadline. */
export const isDoneLate = (a: { state: AssignmentState; satisfiedOn: string | null; deadline: string }) =>
  a.state === 'done' && !!a.satisfiedOn && a.satisfiedOn > a.deadline;

/** Overdue on `today` ('YYYY-MM-DD' in the deployment's zone): not done, not awaiting review, past the deadline. */
export const isOverdueOn = (a: { state: AssignmentState; deadline: string }, today: string) =>
  a.state !== 'done' && a.state !== 'submitted' && a.deadline < today;
