// Small labels of campaigns: status (草稿 / 已部署 / 已结束), kind, and the period.
import { Tag } from 'antd';
import type { CampaignSummary } from '@xianfeng/shared/schemas/campaigns';
import { useFormat, useT } from '../../app/i18n';

const STATUS_COLORS: Record<CampaignSummary['status'], string> = { draft: 'default', launched: 'processing', closed: 'success' };

export function CampaignStatusTag({ status }: { status: CampaignSummary['status'] }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="campaign-status">
      {t(`campaignStatus.${status}`)}
    </Tag>
  );
}

export function CampaignKindTag({ kind }: { kind: CampaignSummary['kind'] }) {
  const t = useT();
  return (
    <Tag color="red" style={{ marginInlineEnd: 0 }}>
      {t(`campaignKind.${kind}`)}
    </Tag>
  );
}

/** "2019年9月1日 — 2020年1月31日". */
export function usePeriodText() {
  const fmt = useFormat();
  return (c: Pick<CampaignSummary, 'periodStart' | 'periodEnd'>) => `${fmt.date(c.periodStart)} — ${fmt.date(c.periodEnd)}`;
}
