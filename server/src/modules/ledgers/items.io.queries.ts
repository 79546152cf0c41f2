// SQL of the ledger item import and export: lookups load whole sets at once, writes are one
// `INSERT … SELECT FROM unnest(…)` / `UPDATE … FROM unnest(…)` per 10,000 rows (STACK-NOTES: bulk loads).
import { type SQL, and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { underPath } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { people } from '../people/people.schema';
import type { PersonRef } from './items.columns';
import { ledgerItems, ledgers } from './ledgers.schema';

const CHUNK = 10_000;

type PgType = 'bigint' | 'integer' | 'text' | 'date' | 'boolean' | 'jsonb';
type Value = string | number | boolean | null;
/** Database column, its type, and how to read it from a row. */
type Spec<R> = readonly (readonly [column: string, type: PgType, get: (r: R) => Value])[];

/** One array parameter per column; jsonb travels as text (a driver would encode a string as a JSON string). */
function arraysOf<R>(spec: Spec<R>, rows: readonly R[]): SQL[] {
  return spec.map(([, type, get]) =>
    type === 'jsonb'
      ? sql`${sql.param(rows.map(get))}::text[]::jsonb[]`
      : sql`${sql.param(rows.map(get))}::${sql.raw(type)}[]`,
  );
}

// —— lookups ——

export interface ScopeNode {
  id: number;
  path: string;
  name: string;
  code: string | null;
}

/** The active nodes of the subtree at `path`: where a responsible unit may be. */
export function nodesUnder(db: Executor, path: string): Promise<ScopeNode[]> {
  return db
    .select({ id: orgs.id, path: orgs.path, name: orgs.name, code: orgs.code })
    .from(orgs)
    .where(and(underPath(orgs.path, path), isNull(orgs.dissolvedOn)));
}

/** Which of these names or codes some node anywhere has (to tell "outside the list" from "no such unit"). */
export async function knownNodeNames(db: Executor, values: string[]): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  const rows = await rowsOf<{ name: string; code: string | null }>(
    db,
    sql`select name, code from orgs where name = any(${sql.param(values)}::text[]) or code = any(${sql.param(values)}::text[])`,
  );
  return new Set(rows.flatMap((r) => (r.code ? [r.name, r.code] : [r.name])));
}

export interface ScopePerson extends PersonRef {
  orgPath: string;
}

/** People of the subtree at `path` with one of these names or staff numbers. */
export async function peopleUnder(db: Executor, path: string, names: string[], employeeNos: string[]): Promise<ScopePerson[]> {
  if (names.length === 0 && employeeNos.length === 0) return [];
  return db
    .select({ id: people.id, name: people.name, employeeNo: people.employeeNo, orgPath: people.orgPath })
    .from(people)
    .where(
      and(
        underPath(people.orgPath, path),
        sql`(${people.name} = any(${sql.param(names)}::text[]) or ${people.employeeNo} = any(${sql.param(employeeNos)}::text[]))`,
      ),
    );
}

export const peopleByIds = (db: Executor, ids: number[]): Promise<PersonRef[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : db.select({ id: people.id, name: people.name, employeeNo: people.employeeNo }).from(people).where(inArray(people.id, ids));

export interface ExistingItem {
  id: number;
  externalNo: string;
  title: string;
  description: string | null;
  category: string | null;
  fields: Record<string, unknown>;
  fixedAtOnce: boolean;
  responsibleOrgId: number;
  responsiblePersonId: number | null;
  deadline: string | null;
  registeredOn: string;
  status: string;
  version: number;
}

/** The list's items with one of these 编号. */
export async function itemsByExternalNo(db: Executor, ledgerId: number, externalNos: string[]): Promise<ExistingItem[]> {
  if (externalNos.length === 0) return [];
  const rows = await db
    .select({
      id: ledgerItems.id,
      externalNo: ledgerItems.externalNo,
      title: ledgerItems.title,
      description: ledgerItems.description,
      category: ledgerItems.category,
      fields: ledgerItems.fields,
      fixedAtOnce: ledgerItems.fixedAtOnce,
      responsibleOrgId: ledgerItems.responsibleOrgId,
      responsiblePersonId: ledgerItems.responsiblePersonId,
      deadline: ledgerItems.deadline,
      registeredOn: ledgerItems.registeredOn,
      status: ledgerItems.status,
      version: ledgerItems.version,
    })
    .from(ledgerItems)
    .where(and(eq(ledgerItems.ledgerId, ledgerId), sql`${ledgerItems.externalNo} = any(${sql.param(externalNos)}::text[])`));
  return rows as ExistingItem[];
}

// —— writes ——

/** `n` fresh item ids, so the 立行立改 close updates can point at items not yet inserted. */
export async function nextItemIds(db: Executor, n: number): Promise<number[]> {
  if (n === 0) return [];
  const [row] = await rowsOf<{ ids: (number | string)[] }>(
    db,
    sql`select array_agg(nextval(pg_get_serial_sequence('ledger_items', 'id'))) as ids from generate_series(1, ${n})`,
  );
  return row!.ids.map(Number).sort((a, b) => a - b);
}

/** What an import writes into an item: the plan fields (an update writes only these). */
export interface ItemPlan {
  id: number;
  title: string;
  description: string | null;
  category: string | null;
  fields: Record<string, unknown>;
  responsibleOrgId: number;
  responsiblePath: string;
  responsiblePersonId: number | null;
  deadline: string | null;
}

export interface NewItemRow extends ItemPlan {
  ledgerId: number;
  kind: string;
  externalNo: string | null;
  fixedAtOnce: boolean;
  registeredOn: string;
  status: string;
  progress: number;
  closedOn: string | null;
  closedBy: number | null;
}

const planSpec: Spec<ItemPlan> = [
  ['id', 'bigint', (r) => r.id],
  ['title', 'text', (r) => r.title],
  ['description', 'text', (r) => r.description],
  ['category', 'text', (r) => r.category],
  ['fields', 'jsonb', (r) => JSON.stringify(r.fields)],
  ['responsible_org_id', 'bigint', (r) => r.responsibleOrgId],
  ['responsible_path', 'text', (r) => r.responsiblePath],
  ['responsible_person_id', 'bigint', (r) => r.responsiblePersonId],
  ['deadline', 'date', (r) => r.deadline],
];
const newItemSpec: Spec<NewItemRow> = [
  ...(planSpec as Spec<NewItemRow>),
  ['ledger_id', 'bigint', (r) => r.ledgerId],
  ['kind', 'text', (r) => r.kind],
  ['external_no', 'text', (r) => r.externalNo],
  ['fixed_at_once', 'boolean', (r) => r.fixedAtOnce],
  ['registered_on', 'date', (r) => r.registeredOn],
  ['status', 'text', (r) => r.status],
  ['progress', 'integer', (r) => r.progress],
  ['closed_on', 'date', (r) => r.closedOn],
  ['closed_by', 'bigint', (r) => r.closedBy],
];

const columnList = <R>(spec: Spec<R>) =>
  sql.join(
    spec.map(([c]) => sql.identifier(c)),
    sql`, `,
  );

export async function insertItems(db: Executor, rows: readonly NewItemRow[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db.execute(
      sql`insert into ${ledgerItems} (${columnList(newItemSpec)}) overriding system value
          select * from unnest(${sql.join(arraysOf(newItemSpec, chunk), sql`, `)})`,
    );
  }
}

/**
 * Writes the plan fields of items still at the version read (`versions[i]` for `rows[i]`) and bumps it;
 * status, progress and closing are left alone. Returns how many were written.
 */
export async function updateItemPlans(db: Executor, rows: readonly ItemPlan[], versions: readonly number[]): Promise<number> {
  let written = 0;
  const spec: Spec<ItemPlan & { version: number }> = [...planSpec, ['version', 'integer', (r) => r.version]];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r, j) => ({ ...r, version: versions[i + j]! }));
    const done = await rowsOf<{ id: number }>(
      db,
      sql`update ${ledgerItems} i set
            title = u.title, description = u.description, category = u.category, fields = u.fields,
            responsible_org_id = u.responsible_org_id, responsible_path = u.responsible_path,
            responsible_person_id = u.responsible_person_id, deadline = u.deadline,
            version = i.version + 1, updated_at = now()
          from unnest(${sql.join(arraysOf(spec, chunk), sql`, `)}) as u(${columnList(spec)})
          where i.id = u.id and i.version = u.version
          returning i.id`,
    );
    written += done.length;
  }
  return written;
}

export interface CloseUpdate {
  itemId: number;
  on: string;
  personId: number | null;
}

/** The 'close' step of items closed at registration (立行立改), as createItem writes it. */
export async function insertCloseUpdates(db: Executor, rows: readonly CloseUpdate[]) {
  const spec: Spec<CloseUpdate> = [
    ['item_id', 'bigint', (r) => r.itemId],
    ['kind', 'text', () => 'close'],
    ['on', 'date', (r) => r.on],
    ['person_id', 'bigint', (r) => r.personId],
  ];
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.execute(
      sql`insert into ledger_item_updates (${columnList(spec)}) select * from unnest(${sql.join(arraysOf(spec, rows.slice(i, i + CHUNK)), sql`, `)})`,
    );
  }
}

/** Fresh planner statistics after a large load (PGlite has no autovacuum to do it). */
export async function analyzeItems(db: Executor) {
  await db.execute(sql`analyze ledger_items, ledger_item_updates`);
}

// —— export ——

export interface ItemExtras {
  id: number;
  description: string | null;
  fields: Record<string, unknown>;
  ledgerTitle: string;
}

/** What the export shows beyond an item's summary: its description, kind fields and list. */
export async function exportExtras(db: Executor, ids: number[]): Promise<ItemExtras[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: ledgerItems.id, description: ledgerItems.description, fields: ledgerItems.fields, ledgerTitle: ledgers.title })
    .from(ledgerItems)
    .innerJoin(ledgers, eq(ledgers.id, ledgerItems.ledgerId))
    .where(sql`${ledgerItems.id} = any(${sql.param(ids)}::bigint[])`);
  return rows as ItemExtras[];
}
