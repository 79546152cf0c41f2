import {
  MAX_EXPORT_ROWS,
  ROSTER_COUNT_CAP,
  type PeopleFilter,
  type PeoplePage,
  type PeopleQuery,
  type PersonSummary,
} from '@xianfeng/shared/schemas/people';
import type { Ctx } from '../../core/context';
import { invalid } from '../../core/errors';
import { todayIn } from '../../core/time';
import { loadOrgInScope } from '../orgs';
import { pinyinTerm } from './people.pinyin';
import { rosterScope } from './people.policy';
import * as q from './roster.queries';

/** The filter at the data layer: the caller's person.read subtrees (and themself), narrowed to a node. */
async function resolveFilter(ctx: Ctx, f: PeopleFilter): Promise<q.RosterFilter> {
  // A node outside the scope answers 404, as its page would.
  const org = f.orgId ? await loadOrgInScope(ctx, f.orgId, 'person.read') : undefined;
  const term = f.q || undefined;
  return {
    scope: rosterScope(ctx.actor),
    selfId: ctx.actor.personId,
    underPath: org?.path,
    statuses: f.partyStatus,
    gender: f.gender,
    q: term,
    pinyin: term ? pinyinTerm(term) : undefined,
    sort: f.sort,
    order: f.order,
    today: todayIn(ctx.timeZone),
  };
}

/** A page of the roster; the count stops at `countCap` (whole-group searches at 1 M people, docs/benchmarks.md). */
export async function listPeople(ctx: Ctx, query: PeopleQuery, countCap = ROSTER_COUNT_CAP): Promise<PeoplePage> {
  const filter = await resolveFilter(ctx, query);
  const [rows, counted] = await Promise.all([
    q.listRoster(ctx.db, filter, query.pageSize, (query.page - 1) * query.pageSize),
    q.countRoster(ctx.db, filter, countCap),
  ]);
  const totalCapped = counted > countCap;
  return { items: rows as PersonSummary[], total: totalCapped ? countCap : counted, totalCapped, page: query.page, pageSize: query.pageSize };
}

/** The whole filtered roster, for the export; refuses more than MAX_EXPORT_ROWS rather than cutting silently. */
export async function rosterForExport(ctx: Ctx, f: PeopleFilter): Promise<PersonSummary[]> {
  const filter = await resolveFilter(ctx, f);
  const rows = await q.exportRoster(ctx.db, filter, MAX_EXPORT_ROWS + 1);
  if (rows.length > MAX_EXPORT_ROWS) throw invalid('person.exportTooLarge', { max: MAX_EXPORT_ROWS });
  return rows as PersonSummary[];
}
