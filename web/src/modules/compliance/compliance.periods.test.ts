import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { monthsOf, percent, periodStart } from './compliance.periods';
import { parseCompliance } from './compliance.url';

describe('compliance periods', () => {
  it('lists the months of a window, across a year end', () => {
    expect(monthsOf('2019-09', '2019-10')).toEqual(['2019-09', '2019-10']);
    expect(monthsOf('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
  });

  it('finds the first day of the period holding a date', () => {
    const d = dayjs('2019-05-31');
    expect(periodStart(d, 'month')).toBe('2019-05-01');
    expect(periodStart(d, 'quarter')).toBe('2019-04-01');
    expect(periodStart(d, 'half_year')).toBe('2019-01-01');
    expect(periodStart(dayjs('2019-08-31'), 'half_year')).toBe('2019-07-01');
    expect(periodStart(d, 'year')).toBe('2019-01-01');
  });

  it('never shows an incomplete share as 100%', () => {
    expect(percent(1)).toBe('100%');
    expect(percent(0.9996)).toBe('99.9%');
    expect(percent(72 / 73)).toBe('98.6%');
    expect(percent(null)).toBe('—');
  });

  it('reads node, window and tab from the URL, with a sane default window', () => {
    expect(parseCompliance(new URLSearchParams('orgId=3&from=2019-09&to=2019-10&tab=participation'))).toEqual({
      orgId: 3,
      from: '2019-09',
      to: '2019-10',
      tab: 'participation',
    });
    const bad = parseCompliance(new URLSearchParams('orgId=x&from=2019-13&to=2019-01'));
    expect(bad.orgId).toBeUndefined();
    expect(bad.tab).toBe('compliance');
    expect(bad.from <= bad.to).toBe(true);
  });
});
