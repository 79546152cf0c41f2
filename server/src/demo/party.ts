// Party-status histories (入党申请 → 积极分子 → 发展对象 → 预备党员 → 正式党员) consistent with age.
import type { PartyStatus } from '@xianfeng/shared/domain';
import { type Day, addYears } from './dates';
import type { Rng } from './random';

export interface StatusStep {
  status: PartyStatus;
  on: Day;
}

export interface PartyHistory {
  steps: StatusStep[];
  /** 入党时间: admitted as probationary member. */
  joinedOn: Day | null;
  /** 转正时间: one year after joining. */
  fullMemberOn: Day | null;
}

const ORDER: readonly PartyStatus[] = ['applicant', 'activist', 'candidate', 'probationary_member', 'full_member'];

/** Birth years that fit a status: people still on the way in are mostly young. */
export function birthYearsFor(status: PartyStatus): [number, number] {
  if (status === 'full_member') return [1960, 2000];
  if (status === 'non_member') return [1965, 2000];
  return [1986, 2000];
}

/**
 * A history ending in `status` on or before `today`. Gaps follow the rules loosely: at least a
 * year as activist before becoming a candidate, and a one-year probation (预备期).
 */
export function makeHistory(rng: Rng, status: PartyStatus, birth: Day, today: Day): PartyHistory {
  const target = ORDER.indexOf(status);
  if (target < 0) return { steps: [], joinedOn: null, fullMemberOn: null };
  const adult = addYears(birth, 18);

  // Date of the last step, then walk back through the earlier ones.
  let last: Day;
  if (status === 'full_member') {
    const age = 22 + Math.floor(rng.next() ** 2 * 20);
    const joined = Math.min(addYears(birth, age) + rng.int(0, 364), today - 400 - rng.int(0, 300));
    last = addYears(joined, 1);
  } else if (status === 'probationary_member') last = today - rng.int(20, 360);
  else if (status === 'candidate') last = today - rng.int(10, 180);
  else if (status === 'activist') last = today - rng.int(30, 700);
  else last = today - rng.int(5, 365);

  const dates: Day[] = new Array<Day>(target + 1);
  dates[target] = last;
  const gaps = [rng.int(30, 240), rng.int(365, 730), rng.int(60, 180), 0];
  for (let i = target - 1; i >= 0; i--) {
    const next = dates[i + 1] as Day;
    // probation is exactly one year; the other gaps vary
    dates[i] = i === 3 ? addYears(next, -1) : next - (gaps[i] as number);
  }
  // Applications are made at 18 or later: shift the whole history forward if needed.
  const shift = Math.max(0, adult - (dates[0] as Day));
  const steps = dates.map((d, i) => ({ status: ORDER[i] as PartyStatus, on: Math.min(d + shift, today) }));
  const joined = steps[3]?.on ?? null;
  const full = steps[4]?.on ?? null;
  return { steps, joinedOn: joined, fullMemberOn: full };
}
