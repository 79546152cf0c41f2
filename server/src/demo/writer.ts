// Writes generated orgs, people and their histories through bulk writers, with explicit ids.
import type { PartyStatus, Position, Role } from '@xianfeng/shared/domain';
import type { Executor } from '../db/client';
import { type BulkTable, BulkWriter, nextIds, resetIdentities, vacuumAnalyze } from './bulk';
import { type Day, isoOf } from './dates';
import type { Profile } from './names';
import type { PartyHistory } from './party';
import { nameSearchKeys } from './pinyin';

// prettier-ignore
const T = {
  orgs: { name: 'orgs', columns: [['id', 'bigint'], ['parent_id', 'bigint'], ['path', 'text'], ['depth', 'integer'], ['type', 'text'], ['name', 'text'], ['unit_name', 'text'], ['code', 'text'], ['sort_order', 'integer'], ['established_on', 'date'], ['term_ends_on', 'date']] },
  org_versions: { name: 'org_versions', columns: [['id', 'bigint'], ['org_id', 'bigint'], ['parent_id', 'bigint'], ['type', 'text'], ['name', 'text'], ['change', 'text'], ['valid_from', 'date']] },
  people: { name: 'people', columns: [['id', 'bigint'], ['name', 'text'], ['name_initials', 'text'], ['name_pinyin', 'text'], ['gender', 'text'], ['birth_date', 'date'], ['ethnicity', 'text'], ['education', 'text'], ['phone', 'text'], ['employee_no', 'text'], ['party_status', 'text'], ['joined_on', 'date'], ['full_member_on', 'date'], ['org_id', 'bigint'], ['org_path', 'text']] },
  party_status_changes: { name: 'party_status_changes', columns: [['id', 'bigint'], ['person_id', 'bigint'], ['status', 'text'], ['effective_on', 'date']] },
  memberships: { name: 'memberships', columns: [['id', 'bigint'], ['person_id', 'bigint'], ['org_id', 'bigint'], ['start_on', 'date']] },
  positions: { name: 'positions', columns: [['id', 'bigint'], ['person_id', 'bigint'], ['org_id', 'bigint'], ['title', 'text'], ['start_on', 'date']] },
  accounts: { name: 'accounts', columns: [['id', 'bigint'], ['person_id', 'bigint'], ['username', 'text'], ['password_hash', 'text']] },
  role_grants: { name: 'role_grants', columns: [['id', 'bigint'], ['account_id', 'bigint'], ['org_id', 'bigint'], ['role', 'text']] },
} as const satisfies Record<string, BulkTable>;

export type TableName = keyof typeof T;
export const TABLES = Object.keys(T) as TableName[];

/** A node as the writer needs it; `path` is '/1/5/23/', depth the number of ancestors. */
export interface OrgRow {
  id: number;
  parentId: number | null;
  path: string;
  depth: number;
  type: string;
  name: string;
  unitName: string | null;
  code: string;
  sortOrder: number;
  establishedOn: Day;
  termEndsOn: Day | null;
}

export interface PersonInput {
  profile: Profile;
  status: PartyStatus;
  history: PartyHistory;
  employeeNo: string;
  org: { id: number; path: string; establishedOn: Day };
}

const iso = (d: Day | null) => (d === null ? null : isoOf(d));

/**
 * What was written, kept in memory when asked (the demo's records are generated from it; the
 * benchmark's million members are not kept).
 */
export interface Roster {
  orgs: OrgRow[];
  /** Each person with their node (a branch or a 党小组) and the day their membership opened (their only one, in the demo). */
  people: { id: number; orgId: number; status: PartyStatus; since: Day; joinedOn: Day | null }[];
  positions: { personId: number; orgId: number; title: Position }[];
}

export class DemoWriter {
  private readonly w: Record<TableName, BulkWriter>;
  readonly roster: Roster | undefined;

  private constructor(
    db: Executor,
    private readonly ids: Record<TableName, number>,
    onFlush?: (table: string, rows: number) => void,
    keepRoster = false,
  ) {
    this.roster = keepRoster ? { orgs: [], people: [], positions: [] } : undefined;
    const make = (t: TableName, deps: BulkWriter[]) => new BulkWriter(db, T[t], deps, onFlush);
    const orgs = make('orgs', []);
    const people = make('people', [orgs]);
    const accounts = make('accounts', [people]);
    this.w = {
      orgs,
      org_versions: make('org_versions', [orgs]),
      people,
      party_status_changes: make('party_status_changes', [people]),
      memberships: make('memberships', [people, orgs]),
      positions: make('positions', [people, orgs]),
      accounts,
      role_grants: make('role_grants', [accounts, orgs]),
    };
  }

  static async open(
    db: Executor,
    onFlush?: (table: string, rows: number) => void,
    options: { keepRoster?: boolean } = {},
  ): Promise<DemoWriter> {
    return new DemoWriter(db, await nextIds(db, TABLES), onFlush, options.keepRoster);
  }

  /** Reserves the next id of a table (orgs need theirs before their children are built). */
  take(table: TableName): number {
    const id = this.ids[table];
    this.ids[table] = id + 1;
    return id;
  }

  count(table: TableName): number {
    return this.w[table].count;
  }

  async org(o: OrgRow): Promise<void> {
    await this.w.orgs.add(
      o.id,
      o.parentId,
      o.path,
      o.depth,
      o.type,
      o.name,
      o.unitName,
      o.code,
      o.sortOrder,
      iso(o.establishedOn),
      iso(o.termEndsOn),
    );
    await this.w.org_versions.add(this.take('org_versions'), o.id, o.parentId, o.type, o.name, 'create', iso(o.establishedOn));
    this.roster?.orgs.push(o);
  }

  /** A person with their one open membership and dated status history; returns the person's id. */
  async person(p: PersonInput): Promise<number> {
    const id = this.take('people');
    const { profile: f, history: h } = p;
    const keys = nameSearchKeys(f.name);
    await this.w.people.add(
      id,
      f.name,
      keys.initials,
      keys.pinyin,
      f.gender,
      isoOf(f.birthDate),
      f.ethnicity,
      f.education,
      f.phone,
      p.employeeNo,
      p.status,
      iso(h.joinedOn),
      iso(h.fullMemberOn),
      p.org.id,
      p.org.path,
    );
    for (const step of h.steps)
      await this.w.party_status_changes.add(this.take('party_status_changes'), id, step.status, isoOf(step.on));
    // At this node since the first step, or since the node was set up if that came later.
    const start = Math.max(h.steps[0]?.on ?? f.birthDate + 20 * 365, p.org.establishedOn);
    await this.w.memberships.add(this.take('memberships'), id, p.org.id, isoOf(start));
    this.roster?.people.push({ id, orgId: p.org.id, status: p.status, since: start, joinedOn: h.joinedOn });
    return id;
  }

  async position(personId: number, orgId: number, title: Position, startOn: Day): Promise<void> {
    await this.w.positions.add(this.take('positions'), personId, orgId, title, isoOf(startOn));
    this.roster?.positions.push({ personId, orgId, title });
  }

  async account(
    personId: number,
    username: string,
    passwordHash: string,
    grants: readonly { orgId: number; role: Role }[],
  ): Promise<number> {
    const id = this.take('accounts');
    await this.w.accounts.add(id, personId, username, passwordHash);
    for (const g of grants) await this.w.role_grants.add(this.take('role_grants'), id, g.orgId, g.role);
    return id;
  }

  /** Writes what is buffered (parents first) and moves the identity sequences past the new ids. */
  async finish(db: Executor): Promise<void> {
    for (const t of TABLES) await this.w[t].flush();
    await resetIdentities(db, TABLES);
  }
}

/** Run outside any transaction. */
export const analyzeAll = (db: Executor) => vacuumAnalyze(db, TABLES);
