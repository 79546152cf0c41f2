// An item's colour against its deadline, in TypeScript for single rows and in SQL (colourSql) for lists and figures.
import { type SQL, sql } from 'drizzle-orm';
import type { ItemColour } from '@xianfeng/shared/schemas/ledgers';

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

/**
 * The same rule in SQL over ledger_items (or its alias), on `day` ('YYYY-MM-DD'): today for lists, or an "as of"
 * day for figures — an item closed after that day was still open on it.
 */
export function colourSql(day: string, alias = 'ledger_items'): SQL<ItemColour> {
  const col = (name: string) => sql`${sql.identifier(alias)}.${sql.identifier(name)}`;
  return sql<ItemColour>`case
    when ${closedBySql(day, alias)} then case when ${col('deadline')} is not null and ${col('closed_on')} > ${col('deadline')} then 'closed_late' else 'closed' end
    when ${col('deadline')} is null then 'on_track'
    when ${col('deadline')} < ${day}::date then 'overdue'
    when ${col('deadline')} <= ${day}::date + ${DUE_SOON_DAYS}::int then 'due_soon'
    else 'on_track' end`;
}

/** Closed (已销号) by the end of `day`. */
export const closedBySql = (day: string, alias = 'ledger_items') =>
  sql`(${sql.identifier(alias)}.status = 'closed' and ${sql.identifier(alias)}.closed_on <= ${day}::date)`;
