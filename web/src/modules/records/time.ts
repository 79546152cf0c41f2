// Meeting times in the deployment's time zone, whatever the browser's: a meeting at 14:30 in Shenyang
// reads 14:30 on every screen, and its day (held_on) is the day the server counts.
import dayjs, { type Dayjs } from 'dayjs';
import { inZone, timeZone } from '../../app/timeZone';

export { inZone };

/** A picked wall-clock time (the picker's fields) as an ISO instant with the zone's offset. */
export const fromPicker = (v: Dayjs): string => dayjs.tz(v.format('YYYY-MM-DDTHH:mm:00'), timeZone()).format();

/** An instant as the picker shows it: the zone's wall-clock fields in a plain dayjs. */
export const toPicker = (iso: string): Dayjs => dayjs(inZone(iso).format('YYYY-MM-DDTHH:mm:ss'));

/** Today in the deployment's zone, 'YYYY-MM-DD'. */
export const todayInZone = (): string => dayjs().tz(timeZone()).format('YYYY-MM-DD');

/** A hook-free formatter: 'HH:mm' of an instant in the zone. */
export const clock = (iso: string | null | undefined): string => (iso ? inZone(iso).format('HH:mm') : '');
