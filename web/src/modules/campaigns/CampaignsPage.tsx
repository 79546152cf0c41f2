// 专项工作: the campaigns owned in, or assigned to, the user's subtrees — filtered and paged on the server.
import { Button, Card, Flex, Input, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { CAMPAIGN_KINDS, CAMPAIGN_STATUSES } from '@xianfeng/shared/schemas/campaigns';
import { canAnywhere } from '../../app/access';
import { useAuth } from '../../app/auth';
import { QueryError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useCampaigns } from './campaigns.api';
import { useCampaignsParams } from './campaigns.url';
import { CampaignsTable } from './CampaignsTable';

export default function CampaignsPage() {
  const t = useT();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [params, update] = useCampaignsParams();
  const list = useCampaigns(params);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('campaignsPage.title')}
        </Typography.Title>
        {canAnywhere(me, 'campaign.write') && (
          <Button data-testid="campaign-create" type="primary" icon={<PlusOutlined />} onClick={() => navigate('/campaigns/new')}>
            {t('campaignsPage.create')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Flex wrap gap={8}>
          <Select
            data-testid="campaigns-status"
            allowClear
            style={{ width: 140 }}
            placeholder={t('campaignsPage.filter.status')}
            value={params.status}
            onChange={(status) => update({ status })}
            options={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`campaignStatus.${s}`) }))}
          />
          <Select
            data-testid="campaigns-kind"
            allowClear
            style={{ width: 140 }}
            placeholder={t('campaignsPage.filter.kind')}
            value={params.kind}
            onChange={(kind) => update({ kind })}
            options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(`campaignKind.${k}`) }))}
          />
          <Input.Search
            data-testid="campaigns-search"
            allowClear
            style={{ width: 260, maxWidth: '100%' }}
            placeholder={t('campaignsPage.filter.search')}
            defaultValue={params.q}
            maxLength={100}
            onSearch={(q) => update({ q: q.trim() || undefined })}
          />
        </Flex>
      </Card>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <CampaignsTable params={params} data={list.data} loading={list.isFetching} onChange={update} />
      )}
    </Space>
  );
}
