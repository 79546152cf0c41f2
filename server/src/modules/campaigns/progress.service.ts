// Launch (部署) and the progress matrix (units × actions) of a campaign.
import { countDistinct, eq, sql } from 'drizzle-orm';
import type { OrgType } from '@xianfeng/shared/domain';
import type { ProgressCounts, ProgressMatrix, ProgressQuery } from '@xianfeng/shared/schemas/campaigns';
import type { Ctx } from '../../core/context';
import { conflict, invalid } from '../../core/errors';
import { todayIn } from '../../core/time';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import * as aq from './assignments.queries';
import { reconcile } from './evidence.queries';
import { getCampaign, loadDraft, loadReadable } from './campaigns.service';
import * as q from './campaigns.queries';
import { assignments } from './campaigns.schema';

/** Creates every assignment in one INSERT … SELECT, marks the campaign launched, audits one summary entry. */
export async function launchCampaign(ctx: Ctx, id: number, version: number) {
  return ctx.db.transaction(async (tx) => {
    const { campaign } = await loadDraft(ctx, id, tx);
    const actions = await q.actionsOf(tx, id);
    if (actions.length === 0) throw invalid('campaign.noActions');
    const row = await q.updateCampaign(tx, id, version, { status: 'launched', launchedAt: new Date() });
    if (!row) throw conflict();
    const made = await aq.insertAssignments(tx, id, campaign.ownerOrgId, campaign.ownerPath);
    // PGlite has no autovacuum: without fresh statistics the matrix plans as if the table were empty.
    if (made > 1000) await tx.execute(sql`analyze assignments`);
    // Records already held since the campaign's start count at once.
    await reconcile(tx, { campaignId: id }, ctx.timeZone);
    await recordAudit(tx, ctx, {
      action: 'campaign.launch',
      entityType: 'campaign',
      entityId: id,
      orgId: campaign.ownerOrgId,
      summary: campaign.title,
      after: { actions: actions.length, assignments: made },
    });
    // The nodes reached (已向 N 个党组织部署), for the launch's result.
    const [reached] = await tx.select({ n: countDistinct(assignments.orgId) }).from(assignments).where(eq(assignments.campaignId, id));
    return { campaign: await getCampaign(ctx, id, tx), assignments: made, orgs: reached?.n ?? 0 };
  });
}

const ZERO: ProgressCounts = { total: 0, notStarted: 0, inProgress: 0, submitted: 0, returned: 0, done: 0, overdue: 0, doneLate: 0 };
const KEYS = Object.keys(ZERO) as (keyof ProgressCounts)[];
const add = (a: ProgressCounts, b: ProgressCounts): ProgressCounts =>
  Object.fromEntries(KEYS.map((k) => [k, a[k] + b[k]])) as ProgressCounts;

/** The matrix at a node of the campaign's subtree: its children × the actions, with totals per action. */
export async function progress(ctx: Ctx, id: number, query: ProgressQuery): Promise<ProgressMatrix> {
  const { campaign } = await loadReadable(ctx, id);
  // A target node's staff do not read the owner: they pass their own node as orgId.
  const org = await loadOrgInScope(ctx, query.orgId ?? campaign.ownerOrgId, 'campaign.read');
  if (!org.path.startsWith(campaign.ownerPath)) throw invalid('campaign.orgOutside');
  const today = todayIn(ctx.timeZone);
  const cells = await aq.progressCells(ctx.db, { campaignId: id, orgId: org.id, path: org.path, phaseId: query.phase, today });
  // 自选动作 of other subtrees have no assignments here: they are not columns of this view.
  const present = new Set(cells.map((c) => Number(c.actionId)));
  const actions = (await q.actionsOf(ctx.db, id)).filter(
    (a) => (query.phase === undefined || a.phaseId === query.phase) && (a.ownerOrgId === null || present.has(a.id)),
  );
  const byRow = new Map<number, aq.CellRow[]>();
  for (const c of cells) {
    const rowId = Number(c.rowId);
    byRow.set(rowId, [...(byRow.get(rowId) ?? []), { ...c, rowId, actionId: Number(c.actionId) }]);
  }
  const rows = (await aq.rowNodes(ctx.db, org.id))
    .filter((n) => (n.id === org.id || n.dissolved ? byRow.has(n.id) : true))
    .map((n) => ({
      orgId: n.id,
      name: n.name,
      type: n.type as OrgType,
      self: n.id === org.id,
      cells: (byRow.get(n.id) ?? []).map(({ rowId: _r, ...c }) => c),
    }));
  const totals = actions.map((a) => {
    const inAction = rows.flatMap((r) => r.cells.filter((c) => c.actionId === a.id));
    const sum = inAction.reduce<ProgressCounts>((acc, c) => add(acc, c), ZERO);
    return { actionId: a.id, ...sum, units: inAction.length, unitsDone: inAction.filter((c) => c.done === c.total).length };
  });
  return {
    campaignId: id,
    org: { id: org.id, name: org.name },
    today,
    actions: actions.map((a) => ({ id: a.id, title: a.title, phaseId: a.phaseId, deadline: a.deadline })),
    rows,
    totals,
  };
}
