import type { OrgType } from '@xianfeng/shared/domain';
import type {
  ParticipationFigures,
  ParticipationPeoplePage,
  ParticipationPeopleQuery,
  ParticipationQuery,
  ParticipationTable,
} from '@xianfeng/shared/schemas/compliance';
import type { Ctx } from '../../core/context';
import { loadOrgInScope, type OrgRow } from '../orgs';
import { windowOf } from './compliance.periods';
import { FIGURES_PERMISSION } from './compliance.policy';
import { childrenOf } from './compliance.queries';
import * as q from './participation.queries';

const inputOf = (org: Pick<OrgRow, 'path'>, from: string, to: string): q.ParticipationInput => {
  const window = windowOf(from, to);
  return {
    rootPath: org.path,
    rootIds: org.path.split('/').filter(Boolean).length,
    start: window.start,
    endExclusive: window.endExclusive,
  };
};

const figuresOf = (r: Omit<q.ParticipationFigureRow, 'childId' | 'isTotal'> | undefined): ParticipationFigures => {
  const f = r ?? { people: 0, listed: 0, present: 0, excused: 0, absent: 0, studyHours: 0 };
  return {
    people: f.people,
    listed: f.listed,
    present: f.present,
    excused: f.excused,
    absent: f.absent,
    rate: f.listed ? f.present / f.listed : null,
    studyHours: Math.round(Number(f.studyHours) * 10) / 10,
  };
};

/** 参与率 and 学时 of the members of each child node and of the whole subtree, over the window. */
export async function participationTable(ctx: Ctx, query: ParticipationQuery): Promise<ParticipationTable> {
  const org = await loadOrgInScope(ctx, query.orgId, FIGURES_PERMISSION);
  const input = inputOf(org, query.from, query.to);
  const [rows, children] = await Promise.all([q.participationFigures(ctx.db, input), childrenOf(ctx.db, org.id, input.start)]);
  const byChild = new Map(rows.filter((r) => !r.isTotal && r.childId !== null).map((r) => [Number(r.childId), r]));
  const row = (c: { id: number; name: string; type: string }, r: q.ParticipationFigureRow | undefined) => ({
    orgId: c.id,
    name: c.name,
    type: c.type as OrgType,
    ...figuresOf(r),
  });
  return {
    orgId: org.id,
    from: query.from,
    to: query.to,
    children: children.map((c) => row(c, byChild.get(c.id))),
    total: row(
      org,
      rows.find((r) => r.isTotal),
    ),
  };
}

/** The members of a node over the window, one page, by name only: no rankings of members. */
export async function participationPeople(ctx: Ctx, query: ParticipationPeopleQuery): Promise<ParticipationPeoplePage> {
  const org = await loadOrgInScope(ctx, query.orgId, FIGURES_PERMISSION);
  const input = inputOf(org, query.from, query.to);
  const { rows, total } = await q.participationPeoplePage(
    ctx.db,
    input,
    query.order === 'desc',
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  const figures = new Map(
    (
      await q.participationOfPeople(
        ctx.db,
        input,
        rows.map((r) => r.id),
      )
    ).map((f) => [Number(f.personId), f]),
  );
  const items = rows.map((p) => {
    const { people: _people, ...f } = figuresOf(figures.get(p.id));
    return { personId: p.id, name: p.name, partyStatus: p.partyStatus, ...f };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
