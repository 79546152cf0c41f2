import { RULE_PERIODS, type RulePeriod } from '@xianfeng/shared/schemas/compliance';
import { invalid } from '../../core/errors';

/** Months per period: 季度 quarter, 半年 half-year. */
export const PERIOD_MONTHS: Record<RulePeriod, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };
export const MAX_WINDOW_MONTHS = 24;

export interface Window {
  /** First day of the first month, and the day after the last month (exclusive). */
  start: string;
  endExclusive: string;
  from: string;
  to: string;
}

export interface Period {
  period: RulePeriod;
  start: string;
  /** The first day of the next period. */
  endExclusive: string;
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const firstDayOf = (index: number) =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;

/** A window of whole months, from/to inclusive ('YYYY-MM'); 400 when reversed or longer than 24 months. */
export function windowOf(from: string, to: string): Window {
  const a = monthIndex(from);
  const b = monthIndex(to);
  if (b < a || b - a + 1 > MAX_WINDOW_MONTHS) throw invalid('compliance.badWindow');
  return { from, to, start: firstDayOf(a), endExclusive: firstDayOf(b + 1) };
}

/** The calendar periods of `period` that overlap the window; each is measured whole. */
export function periodsOf(window: Window, period: RulePeriod): Period[] {
  const step = PERIOD_MONTHS[period];
  const first = monthIndex(window.start.slice(0, 7));
  const last = monthIndex(window.endExclusive.slice(0, 7)) - 1;
  const out: Period[] = [];
  for (let m = first - (first % step); m <= last; m += step) {
    out.push({ period, start: firstDayOf(m), endExclusive: firstDayOf(m + step) });
  }
  return out;
}

/** Every period type's periods over the window (at most 24 + 9 + 5 + 3). */
export const allPeriodsOf = (window: Window) => RULE_PERIODS.flatMap((p) => periodsOf(window, p));

/** Whether `date` is the first day of a period of `period` (2024-04-01 for a quarter, not 2024-05-01). */
export function isPeriodStart(date: string, period: RulePeriod): boolean {
  if (!/^\d{4}-\d{2}-01$/.test(date)) return false;
  const month = Number(date.slice(5, 7));
  return month >= 1 && month <= 12 && (month - 1) % PERIOD_MONTHS[period] === 0;
}

/** The day before an exclusive end: the period's last day. */
export const lastDayBefore = (endExclusive: string) =>
  new Date(Date.parse(`${endExclusive}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
