// 方案: the plan read-only (phases, required actions) and the people, whom the owner's staff edit here.
import { Button, Card, Descriptions, Space } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { CampaignDetail } from '@xianfeng/shared/schemas/campaigns';
import { useFormat, useT } from '../../app/i18n';
import { ActionsTable } from './ActionsTable';
import { MembersCard } from './MembersCard';


export function PlanTab({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const manage = campaign.can.manage;
  const phases = [...campaign.phases].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
  const dates = (from: string | null, to: string | null) =>
    from || to ? `${fmt.date(from) || '…'} — ${fmt.date(to) || '…'}` : '';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="plan-tab">
      {campaign.can.write && (
        <Button data-testid="plan-edit" icon={<EditOutlined />} onClick={() => navigate(`/campaigns/${campaign.id}/plan`)}>
          {t('campaignPage.editPlan')}
        </Button>
      )}
      {phases.length > 0 && (
        <Card size="small" title={t('campaignPlan.phases')}>
          <Descriptions
            size="small"
            column={1}
            items={phases.map((p) => ({ key: p.id, label: p.name, children: dates(p.startsOn, p.endsOn) || '—' }))}
          />
        </Card>
      )}
      <Card size="small" title={t('campaignPlan.actions', { count: campaign.actions.length })}>
        <ActionsTable campaign={campaign} />
      </Card>
      <MembersCard campaign={campaign} manage={manage} />
    </Space>
  );
}
