// /ledger-figures — the ledgers' figures at any node (default: the current node) as of a day (截至日期), for one
// kind or list if chosen: key numbers, by kind, status, category and colour, per responsible unit (a unit opens
// the same page at that unit), a link to the matching items, and the weekly trend of registered against closed.
import { Button, Card, Col, DatePicker, Flex, Grid, Row, Select, Space, Table, Typography, type TableProps } from 'antd';
import { UnorderedListOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { LedgerFigures } from '@xianfeng/shared/schemas/ledgerFigures';
import { LEDGER_KINDS } from '@xianfeng/shared/schemas/ledgers';
import { PERMISSION_ROLES, type Role } from '@xianfeng/shared/domain';
import { useMe } from '../../app/auth';
import { QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { OrgPicker } from '../../app/OrgPicker';
import { todayInZone } from '../records/time';
import { KeyFigures, keyFilter, type KeyFigure } from './KeyFigures';
import { CategoryChart, ColourChart, KindChart, StatusChart, TrendChart } from './LedgerCharts';
import { useLedger, useLedgerFigures, useLedgers } from './ledgers.api';
import { share } from './ledgers.helpers';
import { figuresSearch, itemsLink, useFiguresParams } from './ledgers.url';

const READERS: readonly Role[] = PERMISSION_ROLES['ledger.read'];
type Unit = LedgerFigures['byUnit'][number];

/** A list to narrow the figures to: the lists of the chosen kind under the node. */
function LedgerSelect({ orgId, kind, value, onChange }: { orgId: number | null; kind?: string; value?: number; onChange: (id?: number) => void }) {
  const t = useT();
  const params = { orgId: orgId ?? undefined, kind: kind as (typeof LEDGER_KINDS)[number] | undefined, page: 1, pageSize: 100 };
  const lists = useLedgers(params);
  const chosen = useLedger(value && !lists.data?.items.some((l) => l.id === value) ? value : 0);
  const options = (lists.data?.items ?? []).map((l) => ({ value: l.id, label: l.title }));
  if (value && chosen.data && !options.some((o) => o.value === value)) options.unshift({ value, label: chosen.data.title });
  return (
    <Select
      data-testid="figures-ledger"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: '100%' }}
      placeholder={t('ledgerFigures.allLedgers')}
      value={value}
      onChange={(id?: number) => onChange(id)}
      options={options}
      popupMatchSelectWidth={false}
      loading={lists.isFetching}
    />
  );
}

function UnitsTable({ figures: f, kind, ledgerId, asOf }: { figures: LedgerFigures; kind?: string; ledgerId?: number; asOf?: string }) {
  const t = useT();
  const fmt = useFormat();
  const selection = { kind: kind as (typeof LEDGER_KINDS)[number] | undefined, ledgerId };
  const columns: TableProps<Unit>['columns'] = [
    {
      key: 'name',
      title: t('ledgerFigures.col.unit'),
      ellipsis: true,
      fixed: 'left',
      width: 200,
      // The node's own items: no deeper level to open.
      render: (_, u) =>
        u.orgId === f.org.id ? (
          <span>{t('ledgerFigures.self', { name: u.name })}</span>
        ) : (
          <Link data-testid={`figures-unit-${u.orgId}`} to={`/ledger-figures?${figuresSearch({ orgId: u.orgId, asOf, ...selection })}`}>
            {u.name}
          </Link>
        ),
    },
    { key: 'total', title: t('ledgerFigures.key.total'), width: 80, align: 'right', render: (_, u) => fmt.number(u.total) },
    { key: 'closed', title: t('ledgerFigures.key.closed'), width: 80, align: 'right', render: (_, u) => fmt.number(u.closed) },
    { key: 'share', title: t('ledgerFigures.col.share'), width: 90, align: 'right', render: (_, u) => `${share(u.closed, u.total)}%` },
    { key: 'onTime', title: t('ledgerFigures.key.closedOnTime'), width: 90, align: 'right', render: (_, u) => fmt.number(u.closedOnTime) },
    {
      key: 'overdue',
      title: t('ledgerFigures.key.overdue'),
      width: 80,
      align: 'right',
      render: (_, u) => <span style={u.overdue > 0 ? { color: '#cf1322' } : undefined}>{fmt.number(u.overdue)}</span>,
    },
    { key: 'fixed', title: t('ledgerFigures.key.fixedAtOnce'), width: 90, align: 'right', render: (_, u) => fmt.number(u.fixedAtOnce) },
    {
      key: 'items',
      title: '',
      width: 70,
      render: (_, u) => (
        <Link to={itemsLink({ orgId: u.orgId, ...selection })} aria-label={t('ledgerFigures.itemsOf', { name: u.name })}>
          <UnorderedListOutlined />
        </Link>
      ),
    },
  ];
  return (
    <Table<Unit>
      data-testid="figures-units"
      rowKey="orgId"
      size="small"
      columns={columns}
      dataSource={f.byUnit}
      pagination={f.byUnit.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 780 }}
    />
  );
}

export default function FiguresPage() {
  const t = useT();
  const fmt = useFormat();
  const me = useMe();
  const narrow = Grid.useBreakpoint().md === false;
  const { nodeId } = useCurrentNode();
  const [params, update] = useFiguresParams();
  const today = todayInZone();
  // The caller's top node: the current node of the top bar, else their first node with ledgers to read.
  const orgId = params.orgId ?? nodeId ?? me.grants.find((g) => READERS.includes(g.role))?.orgId ?? null;
  const figures = useLedgerFigures(orgId ? { orgId, asOf: params.asOf, kind: params.kind, ledgerId: params.ledgerId } : null);
  const f = figures.data;
  const selection = { kind: params.kind, ledgerId: params.ledgerId };
  // Links into the item list show today's items: offered for today's figures only.
  const linkOf = (key: KeyFigure) => {
    const filter = keyFilter[key];
    return f && filter && !params.asOf ? itemsLink({ orgId: f.org.id, ...selection, ...filter }) : null;
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="figures-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ledgerFigures.title')}
        </Typography.Title>
        {f && (
          <Link to={itemsLink({ orgId: f.org.id, ...selection })} data-testid="figures-items-link">
            <Button icon={<UnorderedListOutlined />}>{t('ledgerFigures.openItems')}</Button>
          </Link>
        )}
      </Flex>
      <Card size="small">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8}>
            <OrgPicker
              data-testid="figures-org"
              allowClear={false}
              style={{ width: '100%' }}
              value={orgId}
              onChange={(id) => id && update({ orgId: id })}
            />
          </Col>
          <Col xs={24} md={6}>
            <Space style={{ width: '100%' }}>
              <Typography.Text style={{ whiteSpace: 'nowrap' }}>{t('ledgerFigures.asOf')}</Typography.Text>
              <DatePicker
                data-testid="figures-asof"
                allowClear={false}
                value={dayjs(params.asOf ?? today)}
                format={fmt.dateFormat}
                disabledDate={(d) => d.format('YYYY-MM-DD') > today}
                onChange={(d) => d && update({ asOf: d.format('YYYY-MM-DD') === today ? undefined : d.format('YYYY-MM-DD') })}
              />
            </Space>
          </Col>
          <Col xs={24} md={4}>
            <Select
              data-testid="figures-kind"
              allowClear
              style={{ width: '100%' }}
              placeholder={t('ledgerFigures.allKinds')}
              value={params.kind}
              onChange={(kind) => update({ kind, ledgerId: undefined })}
              options={LEDGER_KINDS.map((k) => ({ value: k, label: t(`ledgerKind.${k}`) }))}
            />
          </Col>
          <Col xs={24} md={6}>
            <LedgerSelect orgId={orgId} kind={params.kind} value={params.ledgerId} onChange={(ledgerId) => update({ ledgerId })} />
          </Col>
        </Row>
      </Card>
      {figures.isError && <QueryError error={figures.error} onRetry={() => void figures.refetch()} />}
      {f && (
        <>
          <Typography.Text type="secondary" data-testid="figures-heading">
            {t('ledgerFigures.heading', { org: f.org.name, date: fmt.date(f.asOf) })}
          </Typography.Text>
          <KeyFigures figures={f} linkOf={linkOf} />
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('ledgerFigures.byKind')}>
                <KindChart figures={f} />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('ledgerFigures.byStatus')}>
                <StatusChart figures={f} />
              </Card>
            </Col>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('ledgerFigures.byColour')}>
                <ColourChart figures={f} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('ledgerFigures.byCategory')}>
                <CategoryChart figures={f} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('ledgerFigures.trend')}>
                <TrendChart figures={f} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('ledgerFigures.byUnit')} styles={narrow ? { body: { padding: 0 } } : undefined}>
            <UnitsTable figures={f} kind={params.kind} ledgerId={params.ledgerId} asOf={params.asOf} />
          </Card>
        </>
      )}
    </Space>
  );
}
