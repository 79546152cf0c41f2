// /ledgers — 清单台账: the lists kept in the user's subtrees (filtered by kind, campaign and owner subtree, paged on
// the server), with 新建清单 for the nodes' staff. On phones, a list of cards.
import { Button, Card, Empty, Flex, Grid, List, Pagination, Select, Space, Table, Typography, type TableProps } from 'antd';
import { BarChartOutlined, PlusOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import { LEDGER_KINDS, type LedgerView } from '@xianfeng/shared/schemas/ledgers';
import { canAnywhere } from '../../app/access';
import { useMe } from '../../app/auth';
import { QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';
import { CampaignSelect } from './CampaignSelect';
import { LedgerKindTag } from './LedgerTags';
import { LedgerModal } from './LedgerModal';
import { useLedgers } from './ledgers.api';
import { PAGE_SIZES, useLedgersParams } from './ledgers.url';

export default function LedgersPage() {
  const t = useT();
  const fmt = useFormat();
  const me = useMe();
  const phone = Grid.useBreakpoint().md === false;
  const [params, update] = useLedgersParams();
  const list = useLedgers(params);
  const [creating, setCreating] = useState(false);
  const showTotal = (total: number) => t('ledgersPage.total', { count: fmt.number(total) });
  const empty = <Empty description={t('ledgersPage.empty')} />;

  const columns: TableProps<LedgerView>['columns'] = [
    {
      key: 'title',
      title: t('ledgersPage.col.title'),
      ellipsis: true,
      render: (_, l) => <Link to={`/ledgers/${l.id}`}>{l.title}</Link>,
    },
    { key: 'kind', title: t('ledgersPage.col.kind'), width: 150, render: (_, l) => <LedgerKindTag kind={l.kind} /> },
    { key: 'owner', title: t('ledgersPage.col.owner'), width: 240, ellipsis: true, render: (_, l) => l.ownerName },
    {
      key: 'categories',
      title: t('ledgersPage.col.categories'),
      width: 260,
      ellipsis: true,
      render: (_, l) => (l.categories.length ? l.categories.join('、') : t('common.none')),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ledgersPage.title')}
        </Typography.Title>
        <Space wrap>
          <Link to="/ledger-items">
            <Button icon={<UnorderedListOutlined />}>{t('ledgersPage.allItems')}</Button>
          </Link>
          <Link to="/ledger-figures">
            <Button icon={<BarChartOutlined />}>{t('ledgersPage.figures')}</Button>
          </Link>
          {canAnywhere(me, 'ledger.manage') && (
            <Button data-testid="ledger-create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('ledgersPage.create')}
            </Button>
          )}
        </Space>
      </Flex>
      <Card size="small">
        <Flex wrap gap={8} vertical={phone}>
          <Select
            data-testid="ledgers-kind"
            allowClear
            style={{ width: phone ? '100%' : 180 }}
            placeholder={t('ledgersPage.filter.kind')}
            value={params.kind}
            onChange={(kind) => update({ kind })}
            options={LEDGER_KINDS.map((k) => ({ value: k, label: t(`ledgerKind.${k}`) }))}
          />
          <CampaignSelect
            data-testid="ledgers-campaign"
            style={{ width: phone ? '100%' : 280 }}
            value={params.campaignId}
            onChange={(id) => update({ campaignId: id ?? undefined })}
          />
          <OrgPicker
            data-testid="ledgers-org"
            style={{ width: phone ? '100%' : 280 }}
            placeholder={t('ledgersPage.filter.org')}
            value={params.orgId}
            onChange={(id) => update({ orgId: id ?? undefined })}
          />
        </Flex>
      </Card>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : phone ? (
        <div data-testid="ledgers-table">
          <List
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: empty }}
            renderItem={(l) => (
              <List.Item style={{ padding: '4px 0', border: 'none' }}>
                <Card size="small" style={{ width: '100%' }}>
                  <Link to={`/ledgers/${l.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
                    {l.title}
                  </Link>
                  <div style={{ margin: '4px 0' }}>
                    <LedgerKindTag kind={l.kind} />
                  </div>
                  <Typography.Text type="secondary">{l.ownerName}</Typography.Text>
                </Card>
              </List.Item>
            )}
          />
          <Pagination
            size="small"
            style={{ marginTop: 8, textAlign: 'center' }}
            current={params.page}
            pageSize={params.pageSize}
            total={list.data?.total ?? 0}
            showTotal={showTotal}
            showSizeChanger={false}
            onChange={(page) => update({ page })}
          />
        </div>
      ) : (
        <Table<LedgerView>
          data-testid="ledgers-table"
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 860 }}
          locale={{ emptyText: empty }}
          onChange={(p) => update({ page: p.current ?? 1, pageSize: p.pageSize ?? params.pageSize })}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal,
          }}
        />
      )}
      <LedgerModal open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}
