// Months and periods of the compliance pages (pure functions, unit-tested).
import dayjs, { type Dayjs } from 'dayjs';
import type { RulePeriod } from '@xianfeng/shared/schemas/compliance';

/** 'YYYY-MM' of each month from..to. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = dayjs(`${from}-01`); m.format('YYYY-MM') <= to; m = m.add(1, 'month')) out.push(m.format('YYYY-MM'));
  return out;
}

/** The first day of the rule's period that holds the picked date. */
export function periodStart(d: Dayjs, period: RulePeriod): string {
  const m = d.month();
  const startMonth = period === 'month' ? m : period === 'quarter' ? m - (m % 3) : period === 'half_year' ? (m < 6 ? 0 : 6) : 0;
  // Day 1 first: moving 31 May to April would overflow into May.
  return d.date(1).month(startMonth).format('YYYY-MM-DD');
}

/** A share as a percentage with one decimal, never rounded up to 100% ('—' when nothing is expected). */
export const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? '—' : `${Math.floor(share * 1000) / 10}%`;
