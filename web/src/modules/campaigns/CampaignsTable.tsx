// The campaigns list as a table paged on the server; on phones, as a list of cards.
import { Card, Empty, Grid, List, Pagination, Space, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import type { Page } from '@xianfeng/shared/schemas/common';
import type { CampaignSummary } from '@xianfeng/shared/schemas/campaigns';
import { useFormat, useT } from '../../app/i18n';
import type { CampaignsParams } from './campaigns.api';
import { PAGE_SIZES } from './campaigns.url';
import { CampaignKindTag, CampaignStatusTag, usePeriodText } from './CampaignTags';

interface Props {
  params: CampaignsParams;
  data: Page<CampaignSummary> | undefined;
  loading: boolean;
  onChange: (change: Partial<CampaignsParams>) => void;
}

export function CampaignsTable({ params, data, loading, onChange }: Props) {
  const t = useT();
  const fmt = useFormat();
  const period = usePeriodText();
  const screens = Grid.useBreakpoint();
  const showTotal = (total: number) => t('campaignsPage.total', { count: fmt.number(total) });
  const empty = <Empty description={t('campaignsPage.empty')} />;

  if (screens.md === false) {
    return (
      <div data-testid="campaigns-table">
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: empty }}
          renderItem={(c) => (
            <List.Item style={{ padding: '4px 0', border: 'none' }}>
              <Card size="small" style={{ width: '100%' }}>
                <Link to={`/campaigns/${c.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
                  {c.title}
                </Link>
                <Space size={6} wrap style={{ display: 'flex', margin: '4px 0' }}>
                  <CampaignKindTag kind={c.kind} />
                  <CampaignStatusTag status={c.status} />
                </Space>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {c.ownerName}
                </Typography.Text>
                <Typography.Text type="secondary">{period(c)}</Typography.Text>
              </Card>
            </List.Item>
          )}
        />
        <Pagination
          size="small"
          style={{ marginTop: 8, textAlign: 'center' }}
          current={params.page}
          pageSize={params.pageSize}
          total={data?.total ?? 0}
          showTotal={showTotal}
          showSizeChanger={false}
          onChange={(page) => onChange({ page })}
        />
      </div>
    );
  }

  const columns: TableProps<CampaignSummary>['columns'] = [
    {
      key: 'title',
      title: t('campaignsPage.col.title'),
      ellipsis: true,
      render: (_, c) => <Link to={`/campaigns/${c.id}`}>{c.title}</Link>,
    },
    { key: 'kind', title: t('campaignsPage.col.kind'), width: 110, render: (_, c) => <CampaignKindTag kind={c.kind} /> },
    { key: 'owner', title: t('campaignsPage.col.owner'), width: 220, ellipsis: true, render: (_, c) => c.ownerName },
    { key: 'period', title: t('campaignsPage.col.period'), width: 260, render: (_, c) => period(c) },
    { key: 'status', title: t('campaignsPage.col.status'), width: 90, render: (_, c) => <CampaignStatusTag status={c.status} /> },
  ];

  return (
    <Table<CampaignSummary>
      data-testid="campaigns-table"
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data?.items ?? []}
      scroll={{ x: 860 }}
      locale={{ emptyText: empty }}
      onChange={(p) => onChange({ page: p.current ?? 1, pageSize: p.pageSize ?? params.pageSize })}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal,
      }}
    />
  );
}
