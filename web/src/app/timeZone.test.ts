import { afterEach, describe, expect, it } from 'vitest';
import { clock, todayInZone } from '../modules/records/time';
import { DEFAULT_TIME_ZONE, setTimeZone, timeZone } from './timeZone';

describe('deployment time zone', () => {
  afterEach(() => setTimeZone(undefined));

  it('shows times in the zone the server reports, falling back to Asia/Shanghai', () => {
    const instant = '2026-03-01T06:30:00Z';
    expect(timeZone()).toBe(DEFAULT_TIME_ZONE);
    expect(clock(instant)).toBe('14:30');
    setTimeZone('Asia/Urumqi'); // UTC+6
    expect(clock(instant)).toBe('12:30');
    setTimeZone('Europe/London');
    expect(clock(instant)).toBe('06:30');
    expect(todayInZone()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('ignores a zone the browser does not know', () => {
    setTimeZone('Mars/Olympus_Mons');
    expect(timeZone()).toBe(DEFAULT_TIME_ZONE);
    expect(clock('2026-03-01T06:30:00Z')).toBe('14:30');
  });
});
