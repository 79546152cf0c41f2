import { afterEach, describe, expect, it } from 'vitest';
import { clock, todayInZone } from '../modules/records/time';
import { formattersOf } from './i18n';
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

  it('writes instants in the deployment’s zone and days as they are, whatever the browser’s zone', () => {
    const zh = formattersOf('zh-CN');
    expect(zh.dateTime('2026-12-06T02:33:45Z')).toBe('2026年12月6日 10:33:45');
    // 17:00 UTC is already the next day in Shanghai.
    expect(zh.date('2026-12-05T17:00:00Z')).toBe('2026年12月6日');
    expect(zh.date('2026-03-05')).toBe('2026年3月5日');
    setTimeZone('Europe/London');
    expect(formattersOf('en-US').dateTime('2026-12-06T02:33:45Z')).toBe('2026-12-06 02:33:45');
  });
});
