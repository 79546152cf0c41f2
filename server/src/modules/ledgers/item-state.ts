// An item's colour against its deadline, in TypeScript for single rows and in SQL (colourSql) for lists and figures.
import { type SQL, sql } from 'drizzle-orm';
import type { ItemColour } from '@xianfeng/shared/schemas/ledgers';
import { ledgerItems } from './ledgers.schema';

/** Open items whose deadline falls within this many days are due soon. */
export const DUE_SOON_DAYS = 7;

interface ColourInput {
  status: string;
  deadline: string | null;
  closedOn: string | null;
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** `today` is the calendar day in the deployment's zone: a deadline of today is not overdue. */
export function colourOf(i: ColourInput, today: string): ItemColour {
  if (i.status === 'closed')
    return i.deadline !== null && i.closedOn !== null && i.closedOn > i.deadline ? 'closed_late' : 'closed';
  if (i.deadline === null) return 'on_track';
  if (i.deadline < today) return 'overdue';
  return i.deadline <= addDays(today, DUE_SOON_DAYS) ? 'due_soon' : 'on_track';
}

/** The same rule in SQL over ledger_items, for `today` ('YYYY-MM-DD'). */
export function colourSql(today: string): SQL<ItemColour> {
  const t = ledgerItems;
  return sql<ItemColour>`case
    when ${t.status} = 'closed' then case when ${t.deadline} is not null and ${t.closedOn} > ${t.deadline} then 'closed_late' else 'closed' end
    when ${t.deadline} is null then 'on_track'
    when ${t.deadline} < ${today}::date then 'overdue'
    when ${t.deadline} <= ${today}::date + ${DUE_SOON_DAYS}::int then 'due_soon'
    else 'on_track' end`;
}
