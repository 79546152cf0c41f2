// 复制为模板: a campaign copied as a new draft for next year or another subtree, every date shifted alike.
import type { CopyCampaignBody } from '@xianfeng/shared/schemas/campaigns';
import { can } from '../../core/access';
import type { Ctx } from '../../core/context';
import { forbidden } from '../../core/errors';
import { recordAudit } from '../audit';
import { loadOrgInScope } from '../orgs';
import * as q from './campaigns.queries';
import { loadReadable } from './campaigns.service';

const DAY = 86_400_000;
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;

/** 'YYYY-MM-DD' moved by `days` calendar days. */
export const shiftDate = (d: string, days: number) => new Date((dayNumber(d) + days) * DAY).toISOString().slice(0, 10);

/**
 * A new draft owned by `ownerOrgId` (the caller writes there and reads the source): the source's phases and its
 * owner's actions (not the 自选动作 of nodes below), dates shifted by the difference of the two starts.
 */
export async function copyCampaign(ctx: Ctx, sourceId: number, body: CopyCampaignBody) {
  return ctx.db.transaction(async (tx) => {
    const { campaign: source } = await loadReadable(ctx, sourceId, tx);
    const owner = await loadOrgInScope(ctx, body.ownerOrgId, 'campaign.read', tx);
    if (!can(ctx.actor, 'campaign.write', owner.path)) throw forbidden();
    const days = dayNumber(body.periodStart) - dayNumber(source.periodStart);
    const shift = (d: string | null) => (d === null ? null : shiftDate(d, days));
    const row = await q.insertCampaign(tx, {
      ownerOrgId: owner.id,
      ownerPath: owner.path,
      title: body.title,
      kind: source.kind,
      periodStart: body.periodStart,
      periodEnd: shiftDate(source.periodEnd, days),
      sourceCampaignId: source.id,
      createdBy: ctx.actor.accountId,
    });
    const phaseIds = new Map<number, number>();
    for (const p of await q.phasesOf(tx, source.id)) {
      const made = await q.insertPhase(tx, { campaignId: row.id, name: p.name, sortOrder: p.sortOrder, startsOn: shift(p.startsOn), endsOn: shift(p.endsOn) });
      phaseIds.set(p.id, made.id);
    }
    const actions = (await q.actionsOf(tx, source.id)).filter((a) => a.ownerOrgId === null);
    for (const { id: _id, version: _v, campaignId: _c, ...a } of actions)
      await q.insertAction(tx, { ...a, campaignId: row.id, phaseId: a.phaseId === null ? null : (phaseIds.get(a.phaseId) ?? null), deadline: shiftDate(a.deadline, days) });
    await recordAudit(tx, ctx, {
      action: 'campaign.copy',
      entityType: 'campaign',
      entityId: row.id,
      orgId: owner.id,
      summary: row.title,
      after: { sourceCampaignId: source.id, title: row.title, periodStart: row.periodStart, periodEnd: row.periodEnd, shiftDays: days, phases: phaseIds.size, actions: actions.length },
    });
    return row;
  });
}
