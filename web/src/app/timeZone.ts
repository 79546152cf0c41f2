// The deployment's time zone (XIANFENG_TIME_ZONE), as the server reports it with the signed-in user.
// Held outside React so that hook-free formatters (records/time.ts) can read it.

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
