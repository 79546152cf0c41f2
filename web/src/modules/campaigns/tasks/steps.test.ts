import { describe, expect, it } from 'vitest';
import { evidenceMissing, stepsOf } from './steps';

const can = { submit: false, review: false, reopen: false, link: false };
const subject = (over: Partial<Parameters<typeof stepsOf>[0]> & { completion?: 'documents' | 'confirmation' | 'record_kind'; needsApproval?: boolean }) => ({
  status: over.status ?? ('pending' as const),
  satisfiedOn: over.satisfiedOn ?? null,
  can: { ...can, ...over.can },
  action: { needsApproval: over.needsApproval ?? false, completion: over.completion ?? 'documents' },
});

describe('assignment steps', () => {
  it('offers 提交 to the unit for approval actions and confirmations, not for evidence done by itself', () => {
    expect(stepsOf(subject({ needsApproval: true, can: { ...can, link: true } }))).toEqual(['submit']);
    expect(stepsOf(subject({ completion: 'confirmation', can: { ...can, submit: true } }))).toEqual(['submit']);
    expect(stepsOf(subject({ completion: 'record_kind', can: { ...can, submit: true, link: true } }))).toEqual([]);
    expect(stepsOf(subject({ needsApproval: true, status: 'submitted', can: { ...can, link: true } }))).toEqual([]);
    expect(stepsOf(subject({ needsApproval: true, status: 'returned', can: { ...can, submit: true } }))).toEqual(['submit']);
  });

  it('offers review to reviewers of a submission and reopen once approved', () => {
    expect(stepsOf(subject({ needsApproval: true, status: 'submitted', can: { ...can, review: true } }))).toEqual(['approve', 'return']);
    expect(stepsOf(subject({ needsApproval: true, status: 'approved', can: { ...can, review: true, reopen: true } }))).toEqual(['reopen']);
    expect(stepsOf(subject({ needsApproval: true, status: 'approved', can: { ...can, review: true } }))).toEqual([]);
  });

  it('knows when evidence is still missing', () => {
    expect(evidenceMissing(subject({}))).toBe(true);
    expect(evidenceMissing(subject({ satisfiedOn: '2019-10-20' }))).toBe(false);
    expect(evidenceMissing(subject({ completion: 'confirmation' }))).toBe(false);
  });
});
