// The compliance table: child nodes × rules, compliant counts and shares (red under 100%), a total row.
// Clicking a node drills down to it.
import { Table, Tooltip, Typography, type TableProps } from 'antd';
import type { ComplianceCell, ComplianceColumn, ComplianceRow, ComplianceTable } from '@xianfeng/shared/schemas/compliance';
import { useT } from '../../app/i18n';
import { percent } from './compliance.periods';

const RED = '#cf1322';
const GREEN = '#389e0d';

function Share({ compliant, nodes, testId }: { compliant: number; nodes: number; testId: string }) {
  if (nodes === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const full = compliant >= nodes;
  return (
    <span
      data-testid={testId}
      data-full={full ? 'yes' : 'no'}
      style={{ color: full ? GREEN : RED, fontWeight: full ? undefined : 600 }}
    >
      {compliant}/{nodes} <span style={{ fontSize: 12 }}>({percent(compliant / nodes)})</span>
    </span>
  );
}

export function useColumnTitle() {
  const t = useT();
  return (c: ComplianceColumn) =>
    t('compliancePage.ruleTitle', { kind: c.kindName, period: t(`rulePeriod.${c.period}`), count: c.minCount });
}

export function ComplianceTableView({
  table,
  onOpen,
  loading,
  narrow,
}: {
  table: ComplianceTable;
  onOpen: (row: ComplianceRow) => void;
  loading: boolean;
  narrow: boolean;
}) {
  const t = useT();
  const columnTitle = useColumnTitle();
  const cellOf = (row: ComplianceRow, key: string): ComplianceCell | undefined => row.cells.find((c) => c.key === key);
  const cell = (row: ComplianceRow, col: ComplianceColumn, id: string | number = row.orgId) => {
    const c = cellOf(row, col.key);
    if (!c) return null;
    return (
      <Tooltip
        title={t('compliancePage.cellTip', { held: c.held, heldOnTime: c.heldOnTime, met: c.periodsMet, due: c.periodsDue })}
      >
        <span>
          <Share compliant={c.compliant} nodes={c.nodes} testId={`compliance-cell-${id}-${col.key}`} />
        </span>
      </Tooltip>
    );
  };

  const offset = narrow ? 2 : 3;
  const columns: TableProps<ComplianceRow>['columns'] = [
    {
      key: 'name',
      title: t('compliancePage.col.org'),
      fixed: 'left',
      width: narrow ? 120 : 220,
      render: (_, row) => (
        <Typography.Link data-testid={`compliance-open-${row.orgId}`} onClick={() => onOpen(row)}>
          {row.name}
        </Typography.Link>
      ),
    },
    ...(narrow
      ? []
      : [
          {
            key: 'type',
            title: t('compliancePage.col.type'),
            width: 90,
            render: (_: unknown, row: ComplianceRow) => t(`orgType.${row.type}`),
          },
        ]),
    {
      key: 'share',
      title: t('compliancePage.col.share'),
      width: 150,
      render: (_, row) => <Share compliant={row.compliant} nodes={row.nodes} testId={`compliance-share-${row.orgId}`} />,
    },
    ...table.columns.map((col) => ({
      key: col.key,
      title: columnTitle(col),
      width: 150,
      render: (_: unknown, row: ComplianceRow) => cell(row, col),
    })),
  ];

  return (
    <Table<ComplianceRow>
      data-testid="compliance-table"
      rowKey="orgId"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={table.children}
      pagination={table.children.length > 50 ? { pageSize: 50, size: 'small' } : false}
      scroll={{ x: (narrow ? 270 : 460) + table.columns.length * 150 }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row data-testid="compliance-total">
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('compliancePage.total')}</Typography.Text>
            </Table.Summary.Cell>
            {!narrow && <Table.Summary.Cell index={1} />}
            <Table.Summary.Cell index={offset - 1}>
              <Share compliant={table.total.compliant} nodes={table.total.nodes} testId="compliance-share-total" />
            </Table.Summary.Cell>
            {table.columns.map((col, i) => (
              <Table.Summary.Cell key={col.key} index={offset + i}>
                {cell(table.total, col, 'total')}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
