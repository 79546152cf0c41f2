// DatePicker values (dayjs) to the API's 'YYYY-MM-DD' and back.
import dayjs, { type Dayjs } from 'dayjs';

export const toDay = (v: string | null | undefined): Dayjs | null => (v ? dayjs(v) : null);
export const fromDay = (v: Dayjs | null | undefined): string | null => (v ? v.format('YYYY-MM-DD') : null);
/** Status changes and transfers cannot be dated in the future. */
export const isFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
