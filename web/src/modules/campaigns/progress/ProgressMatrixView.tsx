// The matrix: rows = the viewed node's children (and itself when it holds assignments) × actions, a totals
// row ("8/9" units done); cards on phones. A row drills down; a cell of one assignment opens it.
import { Card, Flex, List, Table, Tag, Typography, type TableProps } from 'antd';
import { useNavigate } from 'react-router';
import type { ProgressMatrix } from '@xianfeng/shared/schemas/campaigns';
import { useFormat, useT } from '../../../app/i18n';
import { MatrixCell, type Cell } from './MatrixCell';
import { TONES } from './states';

type Row = ProgressMatrix['rows'][number];
type Action = ProgressMatrix['actions'][number];

function UnitsDone({ done, units, testId }: { done: number; units: number; testId: string }) {
  const full = units > 0 && done >= units;
  return (
    <span data-testid={testId} style={{ color: full ? TONES.done.color : TONES.overdue.color, fontWeight: 600 }}>
      {done}/{units}
    </span>
  );
}

export function ProgressMatrixView({
  matrix,
  loading,
  narrow,
  onDrill,
}: {
  matrix: ProgressMatrix;
  loading: boolean;
  narrow: boolean;
  onDrill: (orgId: number) => void;
}) {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const cellOf = (row: Row, a: Action): Cell | undefined => row.cells.find((c) => c.actionId === a.id);
  const renderCell = (row: Row, a: Action) => {
    const c = cellOf(row, a);
    if (!c || c.total === 0) return <Typography.Text type="secondary">—</Typography.Text>;
    const single = c.total === 1 && !!c.assignmentId;
    const open = single ? () => navigate(`/assignments/${c.assignmentId}`) : row.self ? undefined : () => onDrill(row.orgId);
    return <MatrixCell c={c} single={single} onClick={open} testId={`progress-cell-${row.orgId}-${a.id}`} />;
  };
  const rowName = (row: Row) =>
    row.self ? (
      <Typography.Text strong>{t('progressTab.self', { name: row.name })}</Typography.Text>
    ) : (
      <Typography.Link data-testid={`progress-open-${row.orgId}`} onClick={() => onDrill(row.orgId)}>
        {row.name}
      </Typography.Link>
    );
  const total = (a: Action) => matrix.totals.find((x) => x.actionId === a.id);
  const rows = matrix.rows.filter((r) => r.cells.length > 0);

  if (narrow) {
    // One card per row, then one for the totals.
    const card = (row: Row | null) => (
      <Card size="small" style={{ width: '100%' }} title={row ? rowName(row) : t('progressTab.total')}>
        {matrix.actions.map((a) => {
          const tot = total(a);
          if (row && !cellOf(row, a)) return null;
          return (
            <Flex key={a.id} justify="space-between" align="center" gap={8} style={{ padding: '2px 0' }}>
              <Typography.Text ellipsis style={{ flex: 1 }}>
                {a.title}
              </Typography.Text>
              {row ? renderCell(row, a) : tot && <UnitsDone done={tot.unitsDone} units={tot.units} testId={`progress-total-${a.id}`} />}
            </Flex>
          );
        })}
      </Card>
    );
    return (
      <div data-testid="progress-matrix">
        <List
          loading={loading}
          rowKey="orgId"
          dataSource={rows}
          renderItem={(row) => <List.Item style={{ padding: '4px 0', border: 'none' }}>{card(row)}</List.Item>}
        />
        {card(null)}
      </div>
    );
  }

  const columns: TableProps<Row>['columns'] = [
    { key: 'name', title: t('progressTab.col.org'), fixed: 'left', width: 200, render: (_, row) => rowName(row) },
    ...matrix.actions.map((a) => ({
      key: String(a.id),
      width: 120,
      title: (
        <div>
          <Typography.Text ellipsis={{ tooltip: a.title }} style={{ display: 'block', maxWidth: 110 }}>
            {a.title}
          </Typography.Text>
          <Tag style={{ fontSize: 11, marginTop: 2 }}>{fmt.date(a.deadline)}</Tag>
        </div>
      ),
      render: (_: unknown, row: Row) => renderCell(row, a),
    })),
  ];
  return (
    <Table<Row>
      data-testid="progress-matrix"
      rowKey="orgId"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, size: 'small' } : false}
      scroll={{ x: 200 + matrix.actions.length * 120 }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row data-testid="progress-totals">
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('progressTab.total')}</Typography.Text>
            </Table.Summary.Cell>
            {matrix.actions.map((a, i) => {
              const tot = total(a);
              return (
                <Table.Summary.Cell key={a.id} index={i + 1} align="center">
                  {tot && tot.units > 0 && <UnitsDone done={tot.unitsDone} units={tot.units} testId={`progress-total-${a.id}`} />}
                </Table.Summary.Cell>
              );
            })}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
