// Figures of the ledgers at any node, live and as of a day: nothing stored, so an earlier day shows that day's figures.
import type { LedgerFigures, LedgerFiguresQuery } from '@xianfeng/shared/schemas/ledgerFigures';
import {
  ESCALATION_STEPS,
  type EscalationStepName,
  type ItemColour,
  type ItemStatus,
  type LedgerKind,
} from '@xianfeng/shared/schemas/ledgers';
import type { Ctx } from '../../core/context';
import { todayIn } from '../../core/time';
import { loadOrgInScope } from '../orgs';
import { escalatedCounts } from './escalation.queries';
import * as fq from './figures.queries';

const byItems = <K>(a: { key: K; items: number }, b: { key: K; items: number }) =>
  b.items - a.items || String(a.key).localeCompare(String(b.key));

export async function ledgerFigures(ctx: Ctx, query: LedgerFiguresQuery): Promise<LedgerFigures> {
  const org = await loadOrgInScope(ctx, query.orgId, 'ledger.read');
  const asOf = query.asOf ?? todayIn(ctx.timeZone);
  const scope: fq.FiguresScope = {
    orgId: org.id,
    path: org.path,
    asOf,
    ledgerId: query.ledgerId,
    kind: query.kind,
    campaignId: query.campaignId,
  };
  const [rows, trend, nodes, escalated] = await ctx.db.transaction(async (tx) => {
    await fq.tuneForFigures(tx);
    return [
      await fq.figureRows(tx, scope),
      await fq.weeklyTrend(tx, scope),
      await fq.unitNodes(tx, org.id),
      await escalatedCounts(tx, fq.itemIdsAsOf(scope), asOf),
    ] as const;
  });
  const of = (dim: fq.FigureRow['dim']) => rows.filter((r) => r.dim === dim);
  const all = of('all')[0];
  const units = new Map(of('unit').map((r) => [r.unit, r]));
  return {
    org: { id: org.id, name: org.name },
    asOf,
    total: all?.items ?? 0,
    open: (all?.items ?? 0) - (all?.closed ?? 0),
    closed: all?.closed ?? 0,
    closedOnTime: all?.closedOnTime ?? 0,
    fixedAtOnce: all?.fixedAtOnce ?? 0,
    byKind: of('kind')
      .map((r) => ({ key: r.kind as LedgerKind, items: r.items }))
      .sort(byItems),
    byStatus: of('status')
      .map((r) => ({ key: r.status as ItemStatus, items: r.items }))
      .sort(byItems),
    byCategory: of('category')
      .map((r) => ({ key: r.category, items: r.items }))
      .sort(byItems),
    byColour: of('colour')
      .map((r) => ({ key: r.colour as ItemColour, items: r.items }))
      .sort(byItems),
    byUnit: nodes
      .filter((n) => !n.dissolved || units.has(n.id))
      .map((n) => {
        const u = units.get(n.id);
        return {
          orgId: n.id,
          name: n.name,
          total: u?.items ?? 0,
          closed: u?.closed ?? 0,
          closedOnTime: u?.closedOnTime ?? 0,
          overdue: u?.overdue ?? 0,
          fixedAtOnce: u?.fixedAtOnce ?? 0,
        };
      }),
    escalated: escalated
      .map((r) => ({ key: r.step as EscalationStepName, items: r.items }))
      .sort((a, b) => ESCALATION_STEPS.indexOf(a.key) - ESCALATION_STEPS.indexOf(b.key)),
    trend,
  };
}
