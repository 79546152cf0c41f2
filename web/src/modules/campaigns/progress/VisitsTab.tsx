// 指导: the guidance group's visits and meeting attendance (指导组参会) in the viewed node's subtree, newest
// first, with evaluation and findings; guidance members (and the owner's staff) record a new one.
import { Button, Card, Empty, Flex, Grid, List, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CampaignDetail, VisitView } from '@xianfeng/shared/schemas/campaigns';
import { useMe } from '../../../app/auth';
import { QueryError } from '../../../app/errors';
import { useFormat, useT } from '../../../app/i18n';
import { useMembers } from '../campaigns.api';
import { useOrg } from '../../orgs/orgs.api';
import { CampaignNodePicker, canWriteAt, useCampaignNode } from './campaignNode';
import { useVisits } from './progress.api';
import { VisitModal } from './VisitModal';

const EVALUATION_COLORS = { good: 'success', fair: 'warning', poor: 'error' } as const;

function VisitCard({ v }: { v: VisitView }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <Card size="small" style={{ width: '100%' }} data-testid={`visit-${v.id}`}>
      <Flex justify="space-between" wrap gap={8}>
        <Space wrap size={6}>
          <Typography.Text strong>{fmt.date(v.visitedOn)}</Typography.Text>
          <span>{v.orgName}</span>
          <Tag>{t(`visitsTab.kind.${v.kind}`)}</Tag>
        </Space>
        <Tag color={EVALUATION_COLORS[v.evaluation]}>{t(`visitsTab.evaluation.${v.evaluation}`)}</Tag>
      </Flex>
      {v.record && (
        <div>
          {t('visitsTab.record')}：<Link to={`/records/${v.record.id}`}>{v.record.topic}</Link>
        </div>
      )}
      <Typography.Text type="secondary" style={{ display: 'block' }}>
        {t('visitsTab.people')}：{v.people.map((p) => p.name).join('、')}
      </Typography.Text>
      {v.summary && <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{v.summary}</Typography.Paragraph>}
      {v.findings.length > 0 && (
        <>
          <Typography.Text strong>{t('visitsTab.findings')}</Typography.Text>
          <ol style={{ margin: '2px 0 0', paddingInlineStart: 20 }}>
            {v.findings.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}

export function VisitsTab({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const me = useMe();
  const narrow = Grid.useBreakpoint().md === false;
  const { orgId, setOrgId } = useCampaignNode(campaign);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const launched = campaign.status !== 'draft';
  const visits = useVisits(campaign.id, orgId, page, launched && !!orgId);
  const members = useMembers(campaign.id);
  const guidance = (members.data ?? []).filter((m) => m.role === 'guidance');
  // The owner's staff or a guidance member (the server checks the member's units).
  const owner = useOrg(campaign.ownerOrgId);
  const mayRecord = (!!owner.data && canWriteAt(me, owner.data.path)) || guidance.some((m) => m.personId === me.personId);

  if (!launched) return <Empty description={t('overview.draft')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" wrap gap={8}>
        <CampaignNodePicker
          testId="visits-org"
          campaign={campaign}
          value={orgId}
          onChange={(id) => {
            setPage(1);
            setOrgId(id);
          }}
          style={{ width: narrow ? '100%' : 300 }}
        />
        {mayRecord && (
          <Button type="primary" icon={<PlusOutlined />} data-testid="visit-create" onClick={() => setOpen(true)}>
            {t('visitsTab.create')}
          </Button>
        )}
      </Flex>
      {visits.isError && <QueryError error={visits.error} onRetry={() => void visits.refetch()} />}
      <List
        data-testid="visits-list"
        loading={visits.isFetching}
        dataSource={visits.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('visitsTab.empty')} /> }}
        pagination={
          (visits.data?.total ?? 0) > 20
            ? { current: page, pageSize: 20, total: visits.data?.total ?? 0, onChange: setPage, size: 'small', align: 'center' }
            : false
        }
        renderItem={(v) => (
          <List.Item style={{ padding: '4px 0', border: 'none' }}>
            <VisitCard v={v} />
          </List.Item>
        )}
      />
      <VisitModal open={open} campaign={campaign} orgId={orgId} guidance={guidance} onClose={() => setOpen(false)} />
    </Space>
  );
}
