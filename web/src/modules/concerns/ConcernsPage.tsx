// 急难愁盼 (staff): the concerns submitted to nodes in the caller's subtrees — filtered by status, node and text,
// paged on the server — with a drawer to accept or reject one, and the nodes' channels (link, QR code).
import { Card, Flex, Grid, Input, List, Select, Space, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { CONCERN_STATUSES, type ConcernStatus, type ConcernView } from '@xianfeng/shared/schemas/concerns';
import { QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';
import { ChannelsCard } from './ChannelsCard';
import { ConcernDrawer } from './ConcernDrawer';
import { type ConcernsParams, useConcerns } from './concerns.api';
import { ConcernStatusTag } from './ConcernStatusTag';

const num = (v: string | null) => (v && Number(v) > 0 ? Number(v) : undefined);

function useConcernsParams(): [ConcernsParams, (p: Partial<ConcernsParams>) => void, number | null, (id: number | null) => void] {
  const [sp, setSp] = useSearchParams();
  const status = sp.get('status');
  const params: ConcernsParams = {
    page: num(sp.get('page')) ?? 1,
    pageSize: num(sp.get('pageSize')) ?? 20,
    status: CONCERN_STATUSES.includes(status as ConcernStatus) ? (status as ConcernStatus) : undefined,
    orgId: num(sp.get('orgId')),
    q: sp.get('q') ?? undefined,
  };
  const write = (next: Record<string, string | number | undefined | null>) =>
    setSp((prev) => {
      const out = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(next)) {
        if (v === undefined || v === null || v === '') out.delete(k);
        else out.set(k, String(v));
      }
      return out;
    });
  const update = (p: Partial<ConcernsParams>) => write({ page: 1, ...p });
  return [params, update, num(sp.get('id')) ?? null, (id) => write({ id })];
}

export default function ConcernsPage() {
  const t = useT();
  const fmt = useFormat();
  const narrow = Grid.useBreakpoint().md === false;
  const [params, update, openId, setOpenId] = useConcernsParams();
  const list = useConcerns(params);
  const pagination = {
    current: params.page,
    pageSize: params.pageSize,
    total: list.data?.total ?? 0,
    showTotal: (n: number) => t('concernsPage.count', { count: n }),
    onChange: (page: number, pageSize: number) => update({ page, pageSize }),
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="concerns-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('concernsPage.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('concernsPage.subtitle')}</Typography.Text>
      </div>
      <Card size="small">
        <Flex wrap gap={8}>
          <Select<ConcernStatus>
            data-testid="concerns-status"
            allowClear
            style={{ width: 140 }}
            placeholder={t('concernsPage.allStatuses')}
            value={params.status}
            onChange={(status) => update({ status })}
            options={CONCERN_STATUSES.map((s) => ({ value: s, label: t(`concernStatus.${s}`) }))}
          />
          <OrgPicker
            data-testid="concerns-org"
            value={params.orgId ?? null}
            onChange={(id) => update({ orgId: id ?? undefined })}
            placeholder={t('concernsPage.node')}
            style={{ width: 240, maxWidth: '100%' }}
          />
          <Input.Search
            data-testid="concerns-search"
            allowClear
            style={{ width: 260, maxWidth: '100%' }}
            placeholder={t('concernsPage.search')}
            defaultValue={params.q}
            maxLength={100}
            onSearch={(q) => update({ q: q.trim() || undefined })}
          />
        </Flex>
      </Card>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {!list.isError && narrow && (
        <List<ConcernView>
          data-testid="concerns-list"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('concernsPage.empty') }}
          pagination={{ ...pagination, size: 'small', simple: true }}
          renderItem={(c) => (
            <List.Item key={c.id} onClick={() => setOpenId(c.id)} style={{ cursor: 'pointer' }} data-testid={`concern-row-${c.id}`}>
              <List.Item.Meta
                title={
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                    {c.text}
                  </Typography.Paragraph>
                }
                description={
                  <Flex gap={8} wrap align="center">
                    <ConcernStatusTag status={c.status} />
                    <span>{c.orgName}</span>
                    <span>{fmt.date(c.createdAt)}</span>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      )}
      {!list.isError && !narrow && (
        <Table<ConcernView>
          data-testid="concerns-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t('concernsPage.empty') }}
          pagination={pagination}
          onRow={(c) => ({ onClick: () => setOpenId(c.id), style: { cursor: 'pointer' }, 'data-testid': `concern-row-${c.id}` }) as object}
          columns={[
            {
              title: t('concernsPage.col.text'),
              dataIndex: 'text',
              render: (text: string) => (
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, maxWidth: 520 }}>
                  {text}
                </Typography.Paragraph>
              ),
            },
            { title: t('concernsPage.col.org'), dataIndex: 'orgName', width: 180 },
            { title: t('concernsPage.col.category'), dataIndex: 'category', width: 110, render: (v: string | null) => v ?? '—' },
            {
              title: t('concernsPage.col.status'),
              dataIndex: 'status',
              width: 100,
              render: (s: ConcernStatus) => <ConcernStatusTag status={s} />,
            },
            { title: t('concernsPage.col.at'), dataIndex: 'createdAt', width: 170, render: (v: string) => fmt.dateTime(v) },
          ]}
        />
      )}
      <ChannelsCard key={params.orgId ?? 0} orgId={params.orgId} />
      <ConcernDrawer id={openId} onClose={() => setOpenId(null)} />
    </Space>
  );
}
