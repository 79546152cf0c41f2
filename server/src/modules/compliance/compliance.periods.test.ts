import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors';
import { isPeriodStart, lastDayBefore, periodsOf, windowOf } from './compliance.periods';
import { overrides, typesAtOrBelow } from './compliance.policy';

describe('compliance periods', () => {
  it('turns months into a window and refuses reversed or over-long ones', () => {
    expect(windowOf('2019-09', '2019-10')).toEqual({
      from: '2019-09',
      to: '2019-10',
      start: '2019-09-01',
      endExclusive: '2019-11-01',
    });
    expect(windowOf('2023-12', '2023-12').endExclusive).toBe('2024-01-01');
    expect(() => windowOf('2024-03', '2024-01')).toThrow(DomainError);
    expect(() => windowOf('2024-01', '2026-01')).toThrow(DomainError);
    expect(windowOf('2024-01', '2025-12').endExclusive).toBe('2026-01-01');
  });

  it('lists the whole calendar periods that overlap the window', () => {
    const w = windowOf('2019-09', '2019-10');
    expect(periodsOf(w, 'month').map((p) => p.start)).toEqual(['2019-09-01', '2019-10-01']);
    expect(periodsOf(w, 'quarter').map((p) => [p.start, p.endExclusive])).toEqual([
      ['2019-07-01', '2019-10-01'],
      ['2019-10-01', '2020-01-01'],
    ]);
    expect(periodsOf(w, 'half_year').map((p) => p.start)).toEqual(['2019-07-01']);
    expect(periodsOf(w, 'year').map((p) => [p.start, p.endExclusive])).toEqual([['2019-01-01', '2020-01-01']]);
    expect(periodsOf(windowOf('2023-11', '2024-02'), 'year').map((p) => p.start)).toEqual(['2023-01-01', '2024-01-01']);
  });

  it('knows the first day of a period and the last day before an end', () => {
    expect(isPeriodStart('2024-04-01', 'quarter')).toBe(true);
    expect(isPeriodStart('2024-05-01', 'quarter')).toBe(false);
    expect(isPeriodStart('2024-07-01', 'half_year')).toBe(true);
    expect(isPeriodStart('2024-01-02', 'month')).toBe(false);
    expect(isPeriodStart('2024-02-01', 'year')).toBe(false);
    expect(lastDayBefore('2024-03-01')).toBe('2024-02-29');
  });
});

describe('compliance policy', () => {
  const rule = (id: number, minCount: number, ownerPath: string | null, active = true) => ({
    id,
    minCount,
    ownerPath,
    active,
    kind: 'k',
    orgType: 'branch',
    period: 'month',
  });

  it('the strictest rule of a slot wins; ties go to the deepest owner; inactive rules do not compete', () => {
    expect([...overrides([rule(1, 1, null), rule(2, 2, '/1/'), rule(3, 2, '/1/5/')])]).toEqual([
      [1, 3],
      [2, 3],
    ]);
    // A subtree rule left looser by a later tightening above is overridden, never loosening.
    expect(overrides([rule(1, 1, null), rule(2, 3, '/1/'), rule(3, 2, '/1/5/')]).get(3)).toBe(2);
    expect(overrides([rule(1, 1, null), rule(2, 5, '/1/', false)]).size).toBe(0);
    expect(overrides([rule(1, 1, null), { ...rule(2, 5, '/1/'), period: 'year' }]).size).toBe(0);
  });

  it('knows which node types can sit below an owner', () => {
    expect([...typesAtOrBelow('branch')].sort()).toEqual(['branch', 'member', 'party_group']);
    expect(typesAtOrBelow('committee').has('party_group')).toBe(true);
    expect(typesAtOrBelow('general_branch').has('committee')).toBe(false);
  });
});
