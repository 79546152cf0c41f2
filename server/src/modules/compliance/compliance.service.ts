import type { Locale, OrgType } from '@xianfeng/shared/domain';
import type {
  ComplianceCell,
  ComplianceColumn,
  ComplianceNode,
  ComplianceQuery,
  ComplianceRow,
  ComplianceTable,
  FrequencyRule,
  PeriodStatus,
  RulePeriod,
  RuleTarget,
} from '@xianfeng/shared/schemas/compliance';
import type { Ctx } from '../../core/context';
import { todayIn } from '../../core/time';
import type { Executor } from '../../db/client';
import { loadOrgInScope, type OrgRow } from '../orgs';
import { allPeriodsOf, lastDayBefore, type Window, windowOf } from './compliance.periods';
import { FIGURES_PERMISSION, slotOf } from './compliance.policy';
import * as q from './compliance.queries';
import { memberFigures } from './members.queries';
import { kindNameOf, rulesAt } from './rules.service';
import { rulesOwnedBelow } from './rules.queries';

/** The window's periods and the span of records they read. */
export function figuresInput(ctx: Ctx, org: Pick<OrgRow, 'path'>, window: Window): q.FiguresInput {
  const periods = allPeriodsOf(window);
  return {
    rootPath: org.path,
    rootIds: org.path.split('/').filter(Boolean).length,
    periods,
    spanStart: periods.reduce((m, p) => (p.start < m ? p.start : m), window.start),
    spanEnd: periods.reduce((m, p) => (p.endExclusive > m ? p.endExclusive : m), window.endExclusive),
    today: todayIn(ctx.timeZone),
    timeZone: ctx.timeZone,
  };
}

const columnOf = (r: FrequencyRule): ComplianceColumn => ({
  key: slotOf(r),
  ruleId: r.id,
  kind: r.kind,
  kindName: r.kindName,
  orgType: r.orgType,
  period: r.period,
  minCount: r.minCount,
});

/** One column per slot: the rule winning at the node, then slots only the subtree's own rules add. */
async function columnsAt(db: Executor, org: OrgRow, rules: FrequencyRule[], locale: Locale): Promise<ComplianceColumn[]> {
  const columns = rules.filter((r) => r.active && r.overriddenBy === null).map(columnOf);
  const seen = new Set(columns.map((c) => c.key));
  for (const r of await rulesOwnedBelow(db, org.path)) {
    const key = slotOf(r);
    if (seen.has(key)) continue;
    seen.add(key);
    columns.push({
      key,
      ruleId: r.id,
      kind: r.kind,
      kindName: kindNameOf(r, locale),
      orgType: r.orgType as RuleTarget,
      period: r.period as RulePeriod,
      minCount: r.minCount,
    });
  }
  return columns;
}

const emptyCell = (key: string): ComplianceCell => ({
  key,
  nodes: 0,
  compliant: 0,
  periodsDue: 0,
  periodsMet: 0,
  held: 0,
  heldOnTime: 0,
});

/** The compliance table at a node: a row per child and the total, a cell per rule column. */
export async function complianceTable(ctx: Ctx, query: ComplianceQuery, locale: Locale): Promise<ComplianceTable> {
  const org = await loadOrgInScope(ctx, query.orgId, FIGURES_PERMISSION);
  const window = windowOf(query.from, query.to);
  const input = figuresInput(ctx, org, window);
  const rules = await rulesAt(ctx.db, org, locale);
  const columns = await columnsAt(ctx.db, org, rules, locale);
  const hasMemberRules = columns.some((c) => c.orgType === 'member');
  const [figures, members, children] = await Promise.all([
    q.nodeFigures(ctx.db, input),
    hasMemberRules ? memberFigures(ctx.db, input) : Promise.resolve([]),
    q.childrenOf(ctx.db, org.id, window.start),
  ]);
  // Indexed once: a mid node may have thousands of children.
  const keyOf = (isTotal: boolean, childId: number | null, slot: string | null) => `${isTotal ? 'total' : childId}|${slot ?? ''}`;
  const index = new Map<string, q.FigureRow>();
  for (const f of [...figures, ...members.filter((m) => m.slot !== null)])
    index.set(keyOf(f.isTotal, f.childId === null ? null : Number(f.childId), f.slot), f);

  const rowOf = (c: { id: number; name: string; type: string }, isTotal: boolean): ComplianceRow => {
    const overall = index.get(keyOf(isTotal, c.id, null));
    const cells = columns.map((col) => {
      const f = index.get(keyOf(isTotal, c.id, col.key));
      if (!f) return emptyCell(col.key);
      return {
        key: col.key,
        nodes: f.nodes,
        compliant: f.compliant,
        periodsDue: f.due,
        periodsMet: f.met,
        held: f.held,
        heldOnTime: f.onTime,
      };
    });
    const nodes = overall?.nodes ?? 0;
    const compliant = overall?.compliant ?? 0;
    return {
      orgId: c.id,
      name: c.name,
      type: c.type as OrgType,
      nodes,
      compliant,
      share: nodes ? compliant / nodes : null,
      cells,
    };
  };

  return {
    orgId: org.id,
    from: window.from,
    to: window.to,
    rules,
    columns,
    children: children.map((c) => rowOf(c, false)),
    total: rowOf(org, true),
  };
}

/** Drill-down (下钻) for one node: per rule and period, expected, held, on time, exempt, and the records. */
export async function complianceNode(ctx: Ctx, orgId: number, from: string, to: string, locale: Locale): Promise<ComplianceNode> {
  const org = await loadOrgInScope(ctx, orgId, FIGURES_PERMISSION);
  const window = windowOf(from, to);
  const rules = await rulesAt(ctx.db, org, locale);
  const names = new Map(rules.map((r) => [r.id, r.kindName]));
  const rows = await q.nodePeriods(ctx.db, figuresInput(ctx, org, window), org.id);
  const bySlot = new Map<string, ComplianceNode['rules'][number]>();
  for (const r of rows) {
    const key = slotOf(r);
    let entry = bySlot.get(key);
    if (!entry) {
      const rule = {
        key,
        ruleId: r.ruleId,
        kind: r.kind,
        kindName: names.get(r.ruleId) ?? r.kind,
        orgType: r.orgType as RuleTarget,
        period: r.period as RulePeriod,
        minCount: r.minCount,
      };
      entry = { rule, periods: [], missing: [] };
      bySlot.set(key, entry);
    }
    const status = r.status as PeriodStatus;
    entry.periods.push({
      periodStart: r.start,
      periodEnd: lastDayBefore(r.endExclusive),
      expected: status === 'not_expected' ? 0 : r.minCount,
      held: r.held,
      heldOnTime: r.onTime,
      exempt: r.exempt,
      compliant: status === 'met' || status === 'exempt' || status === 'not_expected',
      status,
      recordIds: r.ids.map(Number),
    });
    if (status === 'missed') entry.missing.push(r.start);
  }
  const out = [...bySlot.values()];
  return {
    orgId: org.id,
    name: org.name,
    type: org.type as OrgType,
    from: window.from,
    to: window.to,
    compliant: out.every((e) => e.missing.length === 0),
    rules: out,
  };
}
