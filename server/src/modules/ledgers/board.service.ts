// The public 挂牌 board of a node: readable by every account whose person or grants lie in the node's subtree or
// above it (members included), without editing rights; names and positions only, no other personal data.
import type { OrgType } from '@xianfeng/shared/domain';
import type { BoardQuery, LedgerBoard } from '@xianfeng/shared/schemas/ledgerFigures';
import type { ItemColour, LedgerKind } from '@xianfeng/shared/schemas/ledgers';
import type { Ctx } from '../../core/context';
import { notFound } from '../../core/errors';
import { todayIn } from '../../core/time';
import * as bq from './board.queries';

/** On the node's line: the node lies in the subtree of `path`, or `path` in the node's subtree. */
const onLine = (nodePath: string, path: string) => nodePath.startsWith(path) || path.startsWith(nodePath);

export async function ledgerBoard(ctx: Ctx, orgId: number, query: BoardQuery): Promise<LedgerBoard> {
  const org = await bq.boardOrg(ctx.db, orgId);
  if (!org) throw notFound('org.notFound');
  const own = await bq.personPath(ctx.db, ctx.actor.personId);
  const paths = [...(own ? [own] : []), ...ctx.actor.grants.map((g) => g.path)];
  if (!paths.some((p) => onLine(org.path, p))) throw notFound('org.notFound');
  const today = todayIn(ctx.timeZone);
  const [line, counts, rows] = await Promise.all([
    bq.boardLine(ctx.db, org.path),
    bq.boardCounts(ctx.db, org.path),
    bq.boardPage(ctx.db, {
      path: org.path,
      view: query.view,
      today,
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
  ]);
  const total = query.view === 'open' ? counts.open : counts.closed;
  return {
    org: { id: org.id, name: org.name },
    line: line.map((o) => ({ ...o, type: o.type as OrgType })),
    open: counts.open,
    closed: counts.closed,
    page: {
      items: rows.map((r) => ({ ...r, kind: r.kind as LedgerKind, colour: r.colour as ItemColour })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    },
  };
}
