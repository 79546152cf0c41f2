// The records list as a table paged on the server; on phones, as a list of cards.
import { Card, Empty, Flex, Grid, List, Pagination, Space, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import type { Page } from '@xianfeng/shared/schemas/common';
import type { RecordSummary } from '@xianfeng/shared/schemas/records';
import { useFormat, useT } from '../../app/i18n';
import type { RecordsParams } from './records.api';
import { PAGE_SIZES } from './records.url';
import { KindTag, LockedIcon, StatusTag } from './RecordTags';
import { clock } from './time';

interface Props {
  params: RecordsParams;
  data: Page<RecordSummary> | undefined;
  loading: boolean;
  onChange: (change: Partial<RecordsParams>) => void;
}

/** 应到 / 实到: listed and present (a cancelled or planned record shows only who is listed). */
function Counts({ r, long }: { r: RecordSummary; long?: boolean }) {
  const t = useT();
  if (r.status !== 'held') return <span>{t('recordsPage.listedOnly', { listed: r.counts.listed })}</span>;
  const params = { listed: r.counts.listed, present: r.counts.present };
  return <span data-testid="record-counts">{t(long ? 'recordsPage.countsLong' : 'recordsPage.counts', params)}</span>;
}

export function RecordsTable({ params, data, loading, onChange }: Props) {
  const t = useT();
  const fmt = useFormat();
  const screens = Grid.useBreakpoint();
  const showTotal = (total: number) => t('recordsPage.total', { count: fmt.number(total) });
  const time = (r: RecordSummary) => clock(r.startsAt);

  if (screens.md === false) {
    return (
      <div data-testid="records-table">
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description={t('recordsPage.empty')} /> }}
          renderItem={(r) => (
            <List.Item style={{ padding: '4px 0', border: 'none' }}>
              <Card size="small" style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8}>
                  <Link to={`/records/${r.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
                    {r.topic}
                  </Link>
                  <LockedIcon locked={r.locked} />
                </Flex>
                <Space size={6} wrap style={{ margin: '4px 0' }}>
                  <KindTag kind={r.kind} name={r.kindName} />
                  <StatusTag status={r.status} />
                </Space>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {fmt.date(r.heldOn)} {time(r)} · {r.orgName}
                </Typography.Text>
                <Counts r={r} long />
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

  const columns: TableProps<RecordSummary>['columns'] = [
    { key: 'heldOn', title: t('recordsPage.col.date'), width: 170, render: (_, r) => `${fmt.date(r.heldOn)} ${time(r)}` },
    { key: 'org', title: t('recordsPage.col.org'), ellipsis: true, width: 220, render: (_, r) => r.orgName },
    { key: 'kind', title: t('recordsPage.col.kind'), width: 150, render: (_, r) => <KindTag kind={r.kind} name={r.kindName} /> },
    {
      key: 'topic',
      title: t('recordsPage.col.topic'),
      ellipsis: true,
      render: (_, r) => (
        <Space size={6}>
          <Link to={`/records/${r.id}`}>{r.topic}</Link>
          <LockedIcon locked={r.locked} />
        </Space>
      ),
    },
    { key: 'counts', title: t('recordsPage.col.counts'), width: 110, render: (_, r) => <Counts r={r} /> },
    { key: 'status', title: t('recordsPage.col.status'), width: 90, render: (_, r) => <StatusTag status={r.status} /> },
  ];

  return (
    <Table<RecordSummary>
      data-testid="records-table"
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data?.items ?? []}
      onChange={(pagination) => onChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? params.pageSize })}
      scroll={{ x: 900 }}
      locale={{ emptyText: <Empty description={t('recordsPage.empty')} /> }}
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
