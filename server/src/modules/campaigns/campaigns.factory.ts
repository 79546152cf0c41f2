import type { ActionBody } from '@xianfeng/shared/schemas/campaigns';
import type { Executor } from '../../db/client';
import type { OrgRow } from '../orgs';
import { uniq } from '../../test/harness';
import * as q from './campaigns.queries';

/** Test factory: a draft campaign owned by `owner`, with the given actions (defaults filled in). */
export async function buildCampaign(
  db: Executor,
  owner: Pick<OrgRow, 'id' | 'path'>,
  actions: Partial<ActionBody>[] = [],
  overrides: { periodStart?: string; periodEnd?: string } = {},
) {
  const campaign = await q.insertCampaign(db, {
    ownerOrgId: owner.id,
    ownerPath: owner.path,
    title: `测试主题教育${uniq()}`,
    kind: 'theme_education',
    periodStart: overrides.periodStart ?? '2026-01-01',
    periodEnd: overrides.periodEnd ?? '2026-12-31',
  });
  const rows = [];
  for (const [i, a] of actions.entries())
    rows.push(
      await q.insertAction(db, {
        campaignId: campaign.id,
        title: a.title ?? `规定动作${i + 1}`,
        deadline: a.deadline ?? '2026-06-30',
        completion: a.completion ?? 'confirmation',
        targetTypes: a.targetTypes ?? [],
        targetDepth: a.targetDepth ?? null,
        phaseId: a.phaseId ?? null,
        recordKind: a.recordKind ?? null,
        recordScope: a.recordScope ?? 'node',
        minCount: a.minCount ?? null,
        needsApproval: a.needsApproval ?? false,
        sortOrder: i,
      }),
    );
  return { campaign, actions: rows };
}
