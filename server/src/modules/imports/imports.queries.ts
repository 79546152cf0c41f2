// SQL of the imports: lookups load whole sets at once, writes are `INSERT … SELECT FROM unnest(…)`
// (one statement per 10,000 rows), so a 10,000-row file costs a handful of statements.
import { type SQL, and, isNull, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { underPath } from '../../core/scope-sql';
import { memberships, orgs, orgVersions, partyStatusChanges, people } from '../../db/schema';

type PgType = 'bigint' | 'integer' | 'text' | 'date';
type Value = string | number | null;
/** Database column, its type, and how to read it from a row. */
type Spec<R> = readonly (readonly [column: string, type: PgType, get: (r: R) => Value])[];

const CHUNK = 10_000;

function unnestOf<R>(spec: Spec<R>, rows: readonly R[]): SQL {
  const arrays = spec.map(([, type, get]) => sql`${sql.param(rows.map(get))}::${sql.raw(type)}[]`);
  return sql`unnest(${sql.join(arrays, sql`, `)})`;
}

async function insertRows<R>(db: Executor, table: PgTable, spec: Spec<R>, rows: readonly R[]) {
  const names = sql.join(
    spec.map(([c]) => sql.identifier(c)),
    sql`, `,
  );
  const overriding = spec.some(([c]) => c === 'id') ? sql` overriding system value` : sql``;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.execute(sql`insert into ${table} (${names})${overriding} select * from ${unnestOf(spec, rows.slice(i, i + CHUNK))}`);
  }
}

/** `n` fresh ids from a table's identity sequence, so paths and links are known before inserting. */
export async function nextIds(db: Executor, table: 'orgs' | 'people', n: number): Promise<number[]> {
  if (n === 0) return [];
  // One row holding every id: the sequence is looked up once, and the result is one value.
  const [row] = await rowsOf<{ ids: (number | string)[] }>(
    db,
    sql`select array_agg(nextval(s.seq)) as ids from (select pg_get_serial_sequence(${table}, 'id')::regclass as seq) s, generate_series(1, ${n})`,
  );
  return row!.ids.map(Number).sort((a, b) => a - b);
}

// —— organisations ——

export interface ScopeOrg {
  id: number;
  parentId: number | null;
  path: string;
  depth: number;
  type: string;
  name: string;
  code: string | null;
}

/** Every active node of the subtree at `path`: the import's world of names and codes. */
export function scopeOrgs(db: Executor, path: string): Promise<ScopeOrg[]> {
  return db
    .select({
      id: orgs.id,
      parentId: orgs.parentId,
      path: orgs.path,
      depth: orgs.depth,
      type: orgs.type,
      name: orgs.name,
      code: orgs.code,
    })
    .from(orgs)
    .where(and(underPath(orgs.path, path), isNull(orgs.dissolvedOn)));
}

/** Which of these codes some node already has (codes are unique across the whole system). */
export async function takenCodes(db: Executor, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: orgs.code })
    .from(orgs)
    .where(sql`${orgs.code} = any(${sql.param(codes)}::text[])`);
  return new Set(rows.map((r) => r.code!));
}

export interface NewOrg {
  id: number;
  parentId: number;
  path: string;
  depth: number;
  type: string;
  name: string;
  code: string | null;
  unitName: string | null;
  establishedOn: string | null;
  termEndsOn: string | null;
  /** First day of the node's history (org_versions 'create'). */
  validFrom: string;
}

const orgSpec: Spec<NewOrg> = [
  ['id', 'bigint', (r) => r.id],
  ['parent_id', 'bigint', (r) => r.parentId],
  ['path', 'text', (r) => r.path],
  ['depth', 'integer', (r) => r.depth],
  ['type', 'text', (r) => r.type],
  ['name', 'text', (r) => r.name],
  ['code', 'text', (r) => r.code],
  ['unit_name', 'text', (r) => r.unitName],
  ['established_on', 'date', (r) => r.establishedOn],
  ['term_ends_on', 'date', (r) => r.termEndsOn],
];
const orgVersionSpec: Spec<NewOrg> = [
  ['org_id', 'bigint', (r) => r.id],
  ['parent_id', 'bigint', (r) => r.parentId],
  ['type', 'text', (r) => r.type],
  ['name', 'text', (r) => r.name],
  ['change', 'text', () => 'create'],
  ['valid_from', 'date', (r) => r.validFrom],
];

/** Inserts nodes (parents before children, ids and paths given) and their 'create' history rows. */
export async function insertOrgs(db: Executor, rows: readonly NewOrg[]) {
  await insertRows(db, orgs, orgSpec, rows);
  await insertRows(db, orgVersions, orgVersionSpec, rows);
}

// —— people ——

export interface ExistingPerson {
  id: number;
  employeeNo: string;
  orgPath: string;
  partyStatus: string;
  /** Date of the latest party status change. */
  lastStatusOn: string | null;
}

export async function peopleByEmployeeNo(db: Executor, employeeNos: string[]): Promise<ExistingPerson[]> {
  if (employeeNos.length === 0) return [];
  const lastStatusOn = sql<string | null>`(select max(c.effective_on) from party_status_changes c where c.person_id = people.id)`;
  return (await db
    .select({
      id: people.id,
      employeeNo: people.employeeNo,
      orgPath: people.orgPath,
      partyStatus: people.partyStatus,
      lastStatusOn,
    })
    .from(people)
    .where(sql`${people.employeeNo} = any(${sql.param(employeeNos)}::text[])`)) as ExistingPerson[];
}

/** The basic fields of a person as a row of the file gives them (pinyin computed by the caller). */
export interface PersonFields {
  id: number;
  name: string;
  nameInitials: string;
  namePinyin: string;
  gender: string | null;
  birthDate: string | null;
  ethnicity: string | null;
  education: string | null;
  phone: string | null;
  employeeNo: string | null;
  partyStatus: string;
  joinedOn: string | null;
  fullMemberOn: string | null;
}

export interface NewPerson extends PersonFields {
  orgId: number;
  orgPath: string;
  startOn: string;
}

const basicSpec: Spec<PersonFields> = [
  ['id', 'bigint', (r) => r.id],
  ['name', 'text', (r) => r.name],
  ['name_initials', 'text', (r) => r.nameInitials],
  ['name_pinyin', 'text', (r) => r.namePinyin],
  ['gender', 'text', (r) => r.gender],
  ['birth_date', 'date', (r) => r.birthDate],
  ['ethnicity', 'text', (r) => r.ethnicity],
  ['education', 'text', (r) => r.education],
  ['phone', 'text', (r) => r.phone],
  ['employee_no', 'text', (r) => r.employeeNo],
  ['party_status', 'text', (r) => r.partyStatus],
  ['joined_on', 'date', (r) => r.joinedOn],
  ['full_member_on', 'date', (r) => r.fullMemberOn],
];
const personSpec: Spec<NewPerson> = [...basicSpec, ['org_id', 'bigint', (r) => r.orgId], ['org_path', 'text', (r) => r.orgPath]];
const membershipSpec: Spec<NewPerson> = [
  ['person_id', 'bigint', (r) => r.id],
  ['org_id', 'bigint', (r) => r.orgId],
  ['start_on', 'date', (r) => r.startOn],
];

export interface StatusChange {
  personId: number;
  status: string;
  effectiveOn: string;
}
const statusSpec: Spec<StatusChange> = [
  ['person_id', 'bigint', (r) => r.personId],
  ['status', 'text', (r) => r.status],
  ['effective_on', 'date', (r) => r.effectiveOn],
];

/** New people with their open membership (组织关系). */
export async function insertPeople(db: Executor, rows: readonly NewPerson[]) {
  await insertRows(db, people, personSpec, rows);
  await insertRows(db, memberships, membershipSpec, rows);
}

export const insertStatusChanges = (db: Executor, rows: readonly StatusChange[]) =>
  insertRows(db, partyStatusChanges, statusSpec, rows);

/** Overwrites basic fields of existing people; an empty optional cell keeps what was there. */
export async function updatePeople(db: Executor, rows: readonly PersonFields[]) {
  const columns = sql.join(
    basicSpec.map(([c]) => sql.identifier(c)),
    sql`, `,
  );
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.execute(sql`
      update ${people} p set
        name = u.name, name_initials = u.name_initials, name_pinyin = u.name_pinyin, party_status = u.party_status,
        gender = coalesce(u.gender, p.gender), birth_date = coalesce(u.birth_date, p.birth_date),
        ethnicity = coalesce(u.ethnicity, p.ethnicity), education = coalesce(u.education, p.education),
        phone = coalesce(u.phone, p.phone), joined_on = coalesce(u.joined_on, p.joined_on),
        full_member_on = coalesce(u.full_member_on, p.full_member_on),
        version = p.version + 1, updated_at = now()
      from ${unnestOf(basicSpec, rows.slice(i, i + CHUNK))} as u(${columns})
      where p.id = u.id`);
  }
}

/** Fresh planner statistics after a large load (PGlite has no autovacuum to do it). */
export async function analyzePeople(db: Executor) {
  await db.execute(sql`analyze people, memberships, party_status_changes`);
}
export async function analyzeOrgs(db: Executor) {
  await db.execute(sql`analyze orgs, org_versions`);
}
