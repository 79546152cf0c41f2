// Working days for generated meetings: no weekends, no public holidays of the years the demo covers.
import { type Day, dayOf } from './dates';

// 中秋, 国庆 2019; 清明, 劳动节, 端午 2021; 中秋, 国庆 2026 (make-up working days ignored).
// prettier-ignore
const HOLIDAYS = new Set([
  '2019-09-13', '2019-10-01', '2019-10-02', '2019-10-03', '2019-10-04', '2019-10-07',
  '2021-04-05', '2021-05-03', '2021-05-04', '2021-05-05', '2021-06-14',
  '2026-09-25', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07',
].map(dayOf));

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (day: Day) => (((day + 4) % 7) + 7) % 7;

export const isWorkday = (day: Day) => weekday(day) % 6 !== 0 && !HOLIDAYS.has(day);

/** The working days from `from` to `to` ('YYYY-MM-DD'), both included. */
export function workdays(from: string, to: string): Day[] {
  const days: Day[] = [];
  for (let d = dayOf(from); d <= dayOf(to); d++) if (isWorkday(d)) days.push(d);
  if (days.length === 0) throw new Error(`no working day from ${from} to ${to}`);
  return days;
}

/** The day itself if it is a working day, else the next one. */
export function workdayFrom(day: Day): Day {
  let d = day;
  while (!isWorkday(d)) d++;
  return d;
}

/** The i-th item, cycling (spreads nodes over a list of days). */
export const cycle = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

/** `n` days spread evenly over `days`, first and last included. */
export function spreadOver(days: readonly Day[], n: number): Day[] {
  if (n === 1) return [days[0] as Day];
  return Array.from({ length: n }, (_, k) => days[Math.round((k * (days.length - 1)) / (n - 1))] as Day);
}

/** First day of a month 'YYYY-MM' and the number of its days. */
export function monthOf(month: string): { first: Day; days: number } {
  const first = dayOf(`${month}-01`);
  const [y = 0, m = 0] = month.split('-').map(Number);
  const next = m === 12 ? dayOf(`${y + 1}-01-01`) : dayOf(`${y}-${String(m + 1).padStart(2, '0')}-01`);
  return { first, days: next - first };
}
