import { type SQL, and, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Gender, PartyStatus } from '@xianfeng/shared/domain';
import type { HeldPosition } from '@xianfeng/shared/schemas/people';
import type { Executor } from '../../db/client';
import { escapeLike, inScope, underPath } from '../../core/scope-sql';
import { orgs } from '../orgs/orgs.schema';
import { people } from './people.schema';
import { titleRank } from './positions.queries';

/** The roster's filter as the service resolved it (scope and node path checked). */
export interface RosterFilter {
  /** Subtrees the caller reads; the caller's own person is always visible. */
  scope: string[];
  selfId: number;
  underPath?: string;
  statuses?: PartyStatus[];
  gender?: Gender;
  /** The raw search term, and the same as pinyin when it reads as pinyin. */
  q?: string;
  pinyin?: string;
  sort: 'name' | 'joinedOn' | 'birthDate' | 'orgName';
  order: 'asc' | 'desc';
  /** Today, for current positions. */
  today: string;
}

export interface RosterRow {
  id: number;
  name: string;
  gender: string | null;
  birthDate: string | null;
  partyStatus: string;
  joinedOn: string | null;
  orgId: number;
  orgName: string;
  employeeNo: string | null;
  phone: string | null;
  positions: HeldPosition[];
  version: number;
}

/** Current positions at any node, most senior first. Written out: "people" must bind to the outer row. */
const currentPositions = (today: string) => sql<HeldPosition[]>`coalesce((
  select json_agg(json_build_object('orgId', po.org_id, 'orgName', po_org.name, 'title', po.title)
    order by po_org.depth, po.org_id, array_position(${titleRank}, po.title))
  from positions po join orgs po_org on po_org.id = po.org_id
  where po.person_id = "people"."id" and po.start_on <= ${today} and (po.end_on is null or po.end_on >= ${today})
), '[]'::json)`;

function where(f: RosterFilter): SQL | undefined {
  const search = f.q
    ? or(
        ilike(people.name, `%${escapeLike(f.q)}%`),
        eq(people.employeeNo, f.q),
        f.pinyin ? sql`${people.nameInitials} like ${escapeLike(f.pinyin) + '%'}` : undefined,
        f.pinyin ? sql`${people.namePinyin} like ${escapeLike(f.pinyin) + '%'}` : undefined,
      )
    : undefined;
  return and(
    or(inScope(people.orgPath, f.scope), eq(people.id, f.selfId)),
    f.underPath ? underPath(people.orgPath, f.underPath) : undefined,
    f.statuses?.length ? inArray(people.partyStatus, f.statuses) : undefined,
    f.gender ? eq(people.gender, f.gender) : undefined,
    search,
  );
}

function orderBy(f: RosterFilter): SQL[] {
  const dir = sql.raw(f.order === 'desc' ? 'desc' : 'asc');
  const byName = [sql`${people.namePinyin} collate "C" ${dir}`, sql`${people.id} ${dir}`];
  switch (f.sort) {
    case 'joinedOn':
      return [sql`${people.joinedOn} ${dir} nulls last`, ...byName];
    case 'birthDate':
      return [sql`${people.birthDate} ${dir} nulls last`, ...byName];
    case 'orgName':
      return [sql`${orgs.name} ${dir}`, sql`${orgs.id} ${dir}`, ...byName];
    default:
      return byName;
  }
}

const columns = (today: string) => ({
  id: people.id,
  name: people.name,
  gender: people.gender,
  birthDate: people.birthDate,
  partyStatus: people.partyStatus,
  joinedOn: people.joinedOn,
  orgId: people.orgId,
  orgName: orgs.name,
  employeeNo: people.employeeNo,
  phone: people.phone,
  positions: currentPositions(today),
  version: people.version,
});

/**
 * A page of the roster. The page's ids are picked from `people` alone (joined to `orgs` only to sort
 * by organisation), then only those rows are joined and given their positions.
 */
export async function listRoster(db: Executor, f: RosterFilter, limit: number, offset: number): Promise<RosterRow[]> {
  const base = db.select({ id: people.id }).from(people);
  const picked = await (f.sort === 'orgName' ? base.innerJoin(orgs, eq(orgs.id, people.orgId)) : base)
    .where(where(f))
    .orderBy(...orderBy(f))
    .limit(limit)
    .offset(offset);
  if (picked.length === 0) return [];
  const rows = await db
    .select(columns(f.today))
    .from(people)
    .innerJoin(orgs, eq(orgs.id, people.orgId))
    .where(
      inArray(
        people.id,
        picked.map((r) => r.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return picked.map((r) => byId.get(r.id)!);
}

/** The whole filtered roster in order, in one query (for the export; bounded by `limit`). */
export function exportRoster(db: Executor, f: RosterFilter, limit: number): Promise<RosterRow[]> {
  return db
    .select(columns(f.today))
    .from(people)
    .innerJoin(orgs, eq(orgs.id, people.orgId))
    .where(where(f))
    .orderBy(...orderBy(f))
    .limit(limit);
}

/** How many match, counting no further than `cap + 1` (select count(*) from (select 1 … limit cap+1) t). */
export async function countRoster(db: Executor, f: RosterFilter, cap: number): Promise<number> {
  const matches = db
    .select({ one: sql<number>`1`.as('one') })
    .from(people)
    .where(where(f))
    .limit(cap + 1)
    .as('t');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(matches);
  return row?.n ?? 0;
}
