// The deployment's time zone (XIANFENG_TIME_ZONE), as the server reports it with the signed-in user.
// Held outside React so that hook-free formatters (records/time.ts) can read it.
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Used until the server has said (and if it sends a zone this browser does not know). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

let zone = DEFAULT_TIME_ZONE;

function known(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Called by the auth context whenever /auth/me or a sign-in answers. */
export function setTimeZone(tz: string | null | undefined) {
  zone = tz && known(tz) ? tz : DEFAULT_TIME_ZONE;
}

export const timeZone = (): string => zone;

/** An instant from the API as a wall-clock time in the deployment's zone (not the browser's). */
export const inZone = (iso: string): Dayjs => dayjs(iso).tz(zone);
