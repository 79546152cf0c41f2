// Key figures of a campaign (关键数据) at a node, as of a day: computed from assignments, records,
// documents, receipts and visits — nothing stored, so an earlier day shows that day's figures.
import type { CampaignFigures, FiguresQuery } from '@xianfeng/shared/schemas/campaigns';
import type { Ctx } from '../../core/context';
import { invalid } from '../../core/errors';
import { todayIn } from '../../core/time';
import { loadOrgInScope } from '../orgs';
import { attendanceFigures, heldRecordFigures } from '../records';
import { loadReadable } from './campaigns.service';
import * as q from './campaigns.queries';
import * as fq from './figures.queries';

const RECORD_COMPLETIONS = new Set(['record_kind', 'records']);

export async function campaignFigures(ctx: Ctx, id: number, query: FiguresQuery): Promise<CampaignFigures> {
  const { campaign } = await loadReadable(ctx, id);
  // As for the matrix: a target node's staff pass their own node; it must lie in the campaign's subtree.
  const org = await loadOrgInScope(ctx, query.orgId ?? campaign.ownerOrgId, 'campaign.read');
  if (!org.path.startsWith(campaign.ownerPath)) throw invalid('campaign.orgOutside');
  const asOf = query.asOf ?? todayIn(ctx.timeZone);
  const scope: fq.FigureScope = { campaignId: id, path: org.path, from: campaign.periodStart, asOf, timeZone: ctx.timeZone };
  const window = { path: org.path, from: campaign.periodStart, to: asOf };

  const [actions, perAction, recordCounts, held, attendance, other] = await fq.withoutJit(
    ctx.db,
    async (tx) =>
      [
        await q.actionsOf(tx, id),
        await fq.actionFigures(tx, scope),
        await fq.actionRecordCounts(tx, scope),
        await heldRecordFigures(tx, window),
        await attendanceFigures(tx, window),
        await fq.otherFigures(tx, scope),
      ] as const,
  );
  const byAction = new Map(perAction.map((r) => [r.actionId, r]));
  const recordsOf = new Map(recordCounts.map((r) => [r.actionId, r.records]));
  // heldRecordFigures groups by (child, kind), child, kind and all: the per-kind sums have no child.
  const kinds = held.filter((r) => r.child === null && r.kind !== null);
  const total = held.find((r) => r.child === null && r.kind === null)?.records ?? 0;

  return {
    campaignId: id,
    org: { id: org.id, name: org.name },
    asOf,
    actions: actions.map((a) => {
      const f = byAction.get(a.id);
      return {
        actionId: a.id,
        title: a.title,
        phaseId: a.phaseId,
        deadline: a.deadline,
        units: f?.units ?? 0,
        done: f?.done ?? 0,
        onTime: f?.onTime ?? 0,
        records: RECORD_COMPLETIONS.has(a.completion) ? (recordsOf.get(a.id) ?? 0) : null,
      };
    }),
    records: {
      total,
      byKind: kinds
        .map((k) => ({ kind: k.kind!, records: k.records, nodes: k.nodes }))
        .sort((x, y) => y.records - x.records || x.kind.localeCompare(y.kind)),
      attendees: attendance.attendees,
      attendances: attendance.attendances,
    },
    documents: other.documents,
    acknowledged: { nodes: other.acknowledged, of: other.nodes },
    visits: other.visits,
  };
}
