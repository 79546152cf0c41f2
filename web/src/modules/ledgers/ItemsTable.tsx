// Items (事项) of one list or across lists, sorted by deadline on the server: the filters (status, category,
// colour, responsible subtree, text; kind across lists), then a table — on phones, a list of cards.
import { Card, Empty, Flex, Grid, Input, List, Pagination, Progress, Select, Space, Table, Tag, Typography, type TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { Page } from '@xianfeng/shared/schemas/common';
import { ITEM_COLOURS, ITEM_STATUSES, LEDGER_KINDS, type ItemSummary } from '@xianfeng/shared/schemas/ledgers';
import { useFormat, useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';
import { ColourDot, ItemStatusTag, LedgerKindTag } from './LedgerTags';
import type { ItemsParams } from './ledgers.api';
import { PAGE_SIZES } from './ledgers.url';

interface FilterProps {
  params: ItemsParams;
  onChange: (change: Partial<ItemsParams>) => void;
  /** The list's categories to choose from; absent (across lists): typed. */
  categories?: string[];
  /** Across lists: filter by kind too. */
  showKind?: boolean;
}

export function ItemsFilters({ params, onChange, categories, showKind }: FilterProps) {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const w = (n: number) => (phone ? '100%' : n);
  return (
    <Flex wrap gap={8} vertical={phone} data-testid="items-filters">
      {showKind && (
        <Select
          data-testid="items-kind"
          allowClear
          style={{ width: w(170) }}
          placeholder={t('itemsTable.filter.kind')}
          value={params.kind}
          onChange={(kind) => onChange({ kind })}
          options={LEDGER_KINDS.map((k) => ({ value: k, label: t(`ledgerKind.${k}`) }))}
        />
      )}
      <Select
        data-testid="items-status"
        allowClear
        style={{ width: w(130) }}
        placeholder={t('itemsTable.filter.status')}
        value={params.status}
        onChange={(status) => onChange({ status })}
        options={ITEM_STATUSES.map((s) => ({ value: s, label: t(`itemStatus.${s}`) }))}
      />
      {categories ? (
        <Select
          data-testid="items-category"
          allowClear
          style={{ width: w(150) }}
          placeholder={t('itemsTable.filter.category')}
          value={params.category}
          onChange={(category) => onChange({ category })}
          options={categories.map((c) => ({ value: c, label: c }))}
        />
      ) : (
        <Input.Search
          key={`category-${params.category ?? ''}`}
          data-testid="items-category"
          allowClear
          style={{ width: w(150) }}
          placeholder={t('itemsTable.filter.category')}
          defaultValue={params.category}
          maxLength={100}
          onSearch={(c) => onChange({ category: c.trim() || undefined })}
        />
      )}
      <Select
        data-testid="items-colour"
        allowClear
        style={{ width: w(130) }}
        placeholder={t('itemsTable.filter.colour')}
        value={params.colour}
        onChange={(colour) => onChange({ colour })}
        options={ITEM_COLOURS.map((c) => ({ value: c, label: <ColourDot colour={c} /> }))}
      />
      <OrgPicker
        data-testid="items-org"
        style={{ width: w(240) }}
        placeholder={t('itemsTable.filter.org')}
        value={params.orgId}
        onChange={(id) => onChange({ orgId: id ?? undefined })}
      />
      <Input.Search
        key={`q-${params.q ?? ''}`}
        data-testid="items-search"
        allowClear
        style={{ width: w(220) }}
        placeholder={t('itemsTable.filter.search')}
        defaultValue={params.q}
        maxLength={100}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
      />
    </Flex>
  );
}

interface Props {
  params: ItemsParams;
  data: Page<ItemSummary> | undefined;
  loading: boolean;
  onChange: (change: Partial<ItemsParams>) => void;
  /** Across lists: show each item's kind. */
  showKind?: boolean;
}

function Deadline({ item }: { item: ItemSummary }) {
  const t = useT();
  const fmt = useFormat();
  if (!item.deadline) return <Typography.Text type="secondary">{item.fixedAtOnce ? t('itemsTable.fixedAtOnce') : t('common.none')}</Typography.Text>;
  return <span>{fmt.date(item.deadline)}</span>;
}

function Escalation({ item }: { item: ItemSummary }) {
  const t = useT();
  // `escalation` arrives with the escalation ladder's server work; older answers lack it.
  const step = (item as Partial<Pick<ItemSummary, 'escalation'>>).escalation;
  if (!step) return null;
  return (
    <Tag color="magenta" data-testid={`item-escalation-${item.id}`}>
      {t(`escalation.step.${step}`)}
    </Tag>
  );
}

export function ItemsTable({ params, data, loading, onChange, showKind }: Props) {
  const t = useT();
  const fmt = useFormat();
  const phone = Grid.useBreakpoint().md === false;
  const showTotal = (total: number) => t('itemsTable.total', { count: fmt.number(total) });
  const empty = <Empty description={t('itemsTable.empty')} />;
  const title = (i: ItemSummary) => (
    <Link to={`/ledger-items/${i.id}`} data-testid={`item-link-${i.id}`}>
      {i.externalNo && <Typography.Text type="secondary">{i.externalNo} </Typography.Text>}
      {i.title}
    </Link>
  );

  if (phone) {
    return (
      <div data-testid="items-table">
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: empty }}
          renderItem={(i) => (
            <List.Item style={{ padding: '4px 0', border: 'none' }} data-testid={`item-row-${i.id}`}>
              <Card size="small" style={{ width: '100%', minWidth: 0 }}>
                <div style={{ fontSize: 15, fontWeight: 500, wordBreak: 'break-word' }}>{title(i)}</div>
                <Space size={6} wrap style={{ display: 'flex', margin: '6px 0' }}>
                  <ItemStatusTag status={i.status} />
                  <ColourDot colour={i.colour} testId={`item-colour-${i.id}`} />
                  {showKind && <LedgerKindTag kind={i.kind} />}
                  {i.category && <Tag>{i.category}</Tag>}
                  <Escalation item={i} />
                </Space>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {i.responsibleName} · {t('itemsTable.deadlineShort')} <Deadline item={i} />
                </Typography.Text>
                <Progress percent={i.progress} size="small" />
              </Card>
            </List.Item>
          )}
        />
        <Pagination
          size="small"
          simple
          style={{ marginTop: 8, textAlign: 'center' }}
          current={params.page}
          pageSize={params.pageSize}
          total={data?.total ?? 0}
          onChange={(page) => onChange({ page })}
        />
        <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center', fontSize: 12 }}>
          {showTotal(data?.total ?? 0)}
        </Typography.Text>
      </div>
    );
  }

  const columns: TableProps<ItemSummary>['columns'] = [
    { key: 'title', title: t('itemsTable.col.title'), ellipsis: true, render: (_, i) => title(i) },
    ...(showKind ? [{ key: 'kind', title: t('itemsTable.col.kind'), width: 150, render: (_: unknown, i: ItemSummary) => <LedgerKindTag kind={i.kind} /> }] : []),
    { key: 'category', title: t('itemsTable.col.category'), width: 120, ellipsis: true, render: (_, i) => i.category ?? '' },
    { key: 'responsible', title: t('itemsTable.col.responsible'), width: 200, ellipsis: true, render: (_, i) => i.responsibleName },
    { key: 'deadline', title: t('itemsTable.col.deadline'), width: 140, render: (_, i) => <Deadline item={i} /> },
    {
      key: 'colour',
      title: t('itemsTable.col.colour'),
      width: 120,
      render: (_, i) => (
        <Space size={4} wrap>
          <ColourDot colour={i.colour} testId={`item-colour-${i.id}`} />
          <Escalation item={i} />
        </Space>
      ),
    },
    { key: 'status', title: t('itemsTable.col.status'), width: 110, render: (_, i) => <ItemStatusTag status={i.status} testId={`item-status-${i.id}`} /> },
    {
      key: 'progress',
      title: t('itemsTable.col.progress'),
      width: 130,
      render: (_, i) => <Progress percent={i.progress} size="small" style={{ margin: 0 }} />,
    },
  ];

  return (
    <Table<ItemSummary>
      data-testid="items-table"
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={data?.items ?? []}
      scroll={{ x: 1100 }}
      locale={{ emptyText: empty }}
      onRow={(i) => ({ 'data-testid': `item-row-${i.id}` }) as HTMLAttributes<HTMLElement>}
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
