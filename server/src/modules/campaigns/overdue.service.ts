// 督办: the overdue assignments below a node, for its staff to chase, most overdue first.
import type { OverdueItem, OverdueQuery } from '@xianfeng/shared/schemas/campaigns';
import type { Page } from '@xianfeng/shared/schemas/common';
import type { Ctx } from '../../core/context';
import { todayIn } from '../../core/time';
import { loadOrgInScope } from '../orgs';
import { loadReadable } from './campaigns.service';
import * as oq from './overdue.queries';

export async function overdueList(ctx: Ctx, query: OverdueQuery): Promise<Page<OverdueItem>> {
  const org = await loadOrgInScope(ctx, query.orgId, 'campaign.read');
  if (query.campaignId !== undefined) await loadReadable(ctx, query.campaignId);
  const { rows, total } = await oq.overdueBelow(ctx.db, {
    path: org.path,
    campaignId: query.campaignId,
    today: todayIn(ctx.timeZone),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows, total, page: query.page, pageSize: query.pageSize };
}
