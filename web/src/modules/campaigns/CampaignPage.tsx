// /campaigns/:id — the campaign page: header, the deadlines by phase, and tabs (?tab=) for 概览, 进度,
// 督办, 材料, 指导, 传达 and 方案. A draft shows only its plan and documents.
import { Button, Descriptions, Flex, Skeleton, Space, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, CopyOutlined, EditOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CampaignDetail } from '@xianfeng/shared/schemas/campaigns';
import { canAnywhere } from '../../app/access';
import { useAuth } from '../../app/auth';
import { QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { useCampaign } from './campaigns.api';
import { useCampaignTab, type CampaignTab } from './campaigns.url';
import { CampaignKindTag, CampaignStatusTag, usePeriodText } from './CampaignTags';
import { CopyModal } from './CopyModal';
import { DeadlineTimeline } from './DeadlineTimeline';
import { DocumentsTab } from './DocumentsTab';
import { PlanTab } from './PlanTab';
import { CampaignOverview } from './progress/CampaignOverview';
import { OverdueTab } from './progress/OverdueTab';
import { ProgressTab } from './progress/ProgressTab';
import { ReceiptsTab } from './progress/ReceiptsTab';
import { VisitsTab } from './progress/VisitsTab';

const DRAFT_TABS: CampaignTab[] = ['plan', 'documents'];

function Header({ campaign, onCopy }: { campaign: CampaignDetail; onCopy?: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const period = usePeriodText();
  return (
    <Flex justify="space-between" align="flex-start" gap={12} wrap>
      <Flex align="flex-start" gap={8} style={{ minWidth: 0, flex: '1 1 420px' }}>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          aria-label={t('campaignPlan.back')}
          onClick={() => navigate('/campaigns')}
        />
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="campaign-title">
            {campaign.title}
          </Typography.Title>
          <Space size={6} wrap style={{ margin: '6px 0' }}>
            <CampaignKindTag kind={campaign.kind} />
            <CampaignStatusTag status={campaign.status} />
          </Space>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              { key: 'owner', label: t('campaignPlan.owner'), children: campaign.ownerName },
              { key: 'period', label: t('campaignPlan.period'), children: period(campaign) },
              ...(campaign.launchedAt
                ? [{ key: 'launched', label: t('campaignPage.launchedAt'), children: fmt.date(campaign.launchedAt) }]
                : []),
              ...(campaign.sourceCampaignId
                ? [
                    {
                      key: 'source',
                      label: t('campaignPage.source'),
                      children: <Link to={`/campaigns/${campaign.sourceCampaignId}`}>{t('campaignPage.sourceLink')}</Link>,
                    },
                  ]
                : []),
            ]}
          />
        </div>
      </Flex>
      <Space wrap>
        {campaign.can.write && (
          <Button
            data-testid="campaign-edit-plan"
            icon={<EditOutlined />}
            onClick={() => navigate(`/campaigns/${campaign.id}/plan`)}
          >
            {t('campaignPage.editPlan')}
          </Button>
        )}
        {onCopy && (
          <Button data-testid="campaign-copy" icon={<CopyOutlined />} onClick={onCopy}>
            {t('campaignCopy.button')}
          </Button>
        )}
      </Space>
    </Flex>
  );
}

export default function CampaignPage() {
  const t = useT();
  const { me } = useAuth();
  const id = Number(useParams().id ?? 0);
  const query = useCampaign(id);
  const [tab, setTab] = useCampaignTab();
  const [copying, setCopying] = useState(false);
  const campaign = query.data;

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!campaign) return <Skeleton active />;

  const props = { campaign };
  const all: { key: CampaignTab; label: string; children: ReactNode }[] = [
    { key: 'overview', label: t('campaignPage.tab.overview'), children: <CampaignOverview {...props} /> },
    { key: 'progress', label: t('campaignPage.tab.progress'), children: <ProgressTab {...props} /> },
    { key: 'overdue', label: t('campaignPage.tab.overdue'), children: <OverdueTab {...props} /> },
    { key: 'documents', label: t('campaignPage.tab.documents'), children: <DocumentsTab {...props} /> },
    { key: 'visits', label: t('campaignPage.tab.visits'), children: <VisitsTab {...props} /> },
    { key: 'receipts', label: t('campaignPage.tab.receipts'), children: <ReceiptsTab {...props} /> },
    { key: 'plan', label: t('campaignPage.tab.plan'), children: <PlanTab {...props} /> },
  ];
  const items = campaign.status === 'draft' ? all.filter((i) => DRAFT_TABS.includes(i.key)) : all;
  const active = items.some((i) => i.key === tab) ? tab : items[0]!.key;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Header campaign={campaign} onCopy={canAnywhere(me, 'campaign.write') ? () => setCopying(true) : undefined} />
      <DeadlineTimeline campaign={campaign} />
      <Tabs data-testid="campaign-tabs" activeKey={active} onChange={(key) => setTab(key as CampaignTab)} items={items} />
      <CopyModal campaign={campaign} open={copying} onClose={() => setCopying(false)} />
    </Space>
  );
}
