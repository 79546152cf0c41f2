// Calendar dates as whole days since 1970-01-01 (UTC), so generators do cheap arithmetic.

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): Day {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOf(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayOfYear(year: number, month = 1, date = 1): Day {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** The same calendar day `years` later (29 Feb falls to 1 Mar). */
export function addYears(day: Day, years: number): Day {
  const d = new Date(day * MS_PER_DAY);
  return Math.floor(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / MS_PER_DAY);
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The demo's "today": fixed so that seeding is reproducible. */
export const DEMO_TODAY = '2026-11-01';
