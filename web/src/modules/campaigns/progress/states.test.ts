import { describe, expect, it } from 'vitest';
import type { ProgressCounts } from '@xianfeng/shared/schemas/campaigns';
import { assignmentTone, cellTone, isDoneLate, isOverdueOn } from './states';

const cell = (c: Partial<ProgressCounts>): ProgressCounts => ({
  total: 0,
  notStarted: 0,
  inProgress: 0,
  submitted: 0,
  returned: 0,
  done: 0,
  overdue: 0,
  doneLate: 0,
  ...c,
});

describe('progress tones', () => {
  it('colours a cell by its most telling count', () => {
    expect(cellTone(cell({ total: 9, done: 9 }))).toBe('done');
    expect(cellTone(cell({ total: 9, done: 9, doneLate: 1 }))).toBe('doneLate');
    expect(cellTone(cell({ total: 9, done: 8, overdue: 1, notStarted: 1 }))).toBe('overdue');
    expect(cellTone(cell({ total: 2, done: 1, returned: 1 }))).toBe('returned');
    expect(cellTone(cell({ total: 2, submitted: 1, notStarted: 1 }))).toBe('submitted');
    expect(cellTone(cell({ total: 3, done: 1, notStarted: 2 }))).toBe('inProgress');
    expect(cellTone(cell({ total: 3, notStarted: 3 }))).toBe('notStarted');
    // An empty cell (no targets) is not "all done".
    expect(cellTone(cell({}))).toBe('notStarted');
  });

  it('lets overdue and late override the state of one assignment', () => {
    expect(assignmentTone('done', false, true)).toBe('doneLate');
    expect(assignmentTone('done', false, false)).toBe('done');
    expect(assignmentTone('in_progress', true, false)).toBe('overdue');
    expect(assignmentTone('not_started', false, false)).toBe('notStarted');
    expect(assignmentTone('submitted', false, false)).toBe('submitted');
  });

  it('tells late and overdue from the dates', () => {
    expect(isDoneLate({ state: 'done', satisfiedOn: '2019-10-30', deadline: '2019-10-29' })).toBe(true);
    expect(isDoneLate({ state: 'done', satisfiedOn: '2019-10-29', deadline: '2019-10-29' })).toBe(false);
    expect(isOverdueOn({ state: 'in_progress', deadline: '2019-10-29' }, '2019-10-30')).toBe(true);
    expect(isOverdueOn({ state: 'in_progress', deadline: '2019-10-29' }, '2019-10-29')).toBe(false);
    expect(isOverdueOn({ state: 'submitted', deadline: '2019-10-01' }, '2019-10-30')).toBe(false);
  });
});
