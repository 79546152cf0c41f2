// 督办: the overdue assignments below a node (most overdue first), labelled by the unit one level below it,
// with days overdue and the action's contact; a row opens the assignment. Cards on phones.
import { Card, Empty, Flex, Grid, List, Pagination, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CampaignDetail, OverdueItem } from '@xianfeng/shared/schemas/campaigns';
import { QueryError } from '../../../app/errors';
import { useFormat, useT } from '../../../app/i18n';
import { useOverdue } from '../assignments.api';
import { StateTag } from '../tasks/StateTag';
import { CampaignNodePicker, useCampaignNode } from './campaignNode';
import { TONES } from './states';

const PAGE_SIZE = 20;

function Days({ n }: { n: number }) {
  const t = useT();
  return <span style={{ color: TONES.overdue.color, fontWeight: 600 }}>{t('overdueTab.days', { count: n })}</span>;
}

function Unit({ o }: { o: OverdueItem }) {
  return (
    <Space size={4} wrap>
      {o.underName && o.underName !== o.orgName && <Tag>{o.underName}</Tag>}
      <span>{o.orgName}</span>
    </Space>
  );
}

export function OverdueTab({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const fmt = useFormat();
  const narrow = Grid.useBreakpoint().md === false;
  const { orgId, setOrgId } = useCampaignNode(campaign);
  const [page, setPage] = useState(1);
  const overdue = useOverdue(orgId ? { orgId, campaignId: campaign.id, page, pageSize: PAGE_SIZE } : null);
  const data = overdue.data;
  const open = (o: OverdueItem) => <Link to={`/assignments/${o.assignmentId}`}>{o.actionTitle}</Link>;
  const contact = (o: OverdueItem) => o.contactName ?? t('common.none');
  const showTotal = (total: number) => t('overdueTab.total', { count: total });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <CampaignNodePicker
        testId="overdue-org"
        campaign={campaign}
        value={orgId}
        onChange={(id) => {
          setPage(1);
          setOrgId(id);
        }}
        style={{ width: narrow ? '100%' : 300 }}
      />
      {overdue.isError && <QueryError error={overdue.error} onRetry={() => void overdue.refetch()} />}
      {narrow ? (
        <div data-testid="overdue-list">
          <List
            loading={overdue.isFetching}
            dataSource={data?.items ?? []}
            locale={{ emptyText: <Empty description={t('overdueTab.empty')} /> }}
            renderItem={(o) => (
              <List.Item style={{ padding: '4px 0', border: 'none' }}>
                <Card size="small" style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8}>
                    {open(o)}
                    <Days n={o.daysOverdue} />
                  </Flex>
                  <Unit o={o} />
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {t('overdueTab.deadlineContact', { date: fmt.date(o.deadline), contact: contact(o) })}
                  </Typography.Text>
                </Card>
              </List.Item>
            )}
          />
          <Pagination
            size="small"
            style={{ marginTop: 8, textAlign: 'center' }}
            current={page}
            pageSize={PAGE_SIZE}
            total={data?.total ?? 0}
            showTotal={showTotal}
            onChange={setPage}
          />
        </div>
      ) : (
        <Table<OverdueItem>
          data-testid="overdue-list"
          rowKey="assignmentId"
          size="middle"
          loading={overdue.isFetching}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description={t('overdueTab.empty')} /> }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, showSizeChanger: false, showTotal }}
          onChange={(p) => setPage(p.current ?? 1)}
          columns={[
            { key: 'unit', title: t('overdueTab.col.unit'), width: 280, render: (_, o) => <Unit o={o} /> },
            { key: 'action', title: t('overdueTab.col.action'), render: (_, o) => open(o) },
            { key: 'deadline', title: t('overdueTab.col.deadline'), width: 140, render: (_, o) => fmt.date(o.deadline) },
            { key: 'days', title: t('overdueTab.col.days'), width: 110, render: (_, o) => <Days n={o.daysOverdue} /> },
            { key: 'state', title: t('overdueTab.col.state'), width: 100, render: (_, o) => <StateTag state={o.state} overdue doneLate={false} /> },
            { key: 'contact', title: t('overdueTab.col.contact'), width: 110, render: (_, o) => contact(o) },
          ]}
        />
      )}
    </Space>
  );
}
