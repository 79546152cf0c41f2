// The roster as a table with server-side paging and sorting; on phones, as a list of cards.
import { Card, Checkbox, Empty, Grid, List, Pagination, Space, Table, Typography, type TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router';
import type { PeoplePage, PersonSummary } from '@xianfeng/shared/schemas/people';
import { useFormat, useT } from '../../app/i18n';
import { PartyStatusTag } from './PartyStatusTag';
import type { PeopleSort, RosterParams } from './people.api';
import { PAGE_SIZES } from './roster.url';

interface Props {
  params: RosterParams;
  data: PeoplePage | undefined;
  loading: boolean;
  onChange: (change: Partial<RosterParams>) => void;
  /** Rows chosen for a bulk action (批量转接), kept across pages; no checkboxes when absent. */
  selection?: { selected: ReadonlyMap<number, PersonSummary>; onChange: (next: Map<number, PersonSummary>) => void };
}

const SORTABLE: Record<string, PeopleSort> = { name: 'name', birthDate: 'birthDate', joinedOn: 'joinedOn', orgName: 'orgName' };

/** 职务: titles, with the node when it is not the person's own branch. */
function usePositionText() {
  const t = useT();
  return (p: PersonSummary) =>
    p.positions.map((h) => (h.orgId === p.orgId ? t(`position.${h.title}`) : `${h.orgName} ${t(`position.${h.title}`)}`)).join(t('roster.sep'));
}

export function RosterTable({ params, data, loading, onChange, selection }: Props) {
  const t = useT();
  const fmt = useFormat();
  const positionText = usePositionText();
  const screens = Grid.useBreakpoint();
  const sortOrder = (key: PeopleSort) => (params.sort === key ? (params.order === 'asc' ? 'ascend' : 'descend') : null);
  // Past the server's count cap the total is the cap itself: "10,000+".
  const showTotal = (total: number) => t('roster.total', { count: `${fmt.number(total)}${data?.totalCapped ? '+' : ''}` });

  if (screens.md === false) {
    return (
      <div data-testid="roster-table">
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description={t('roster.empty')} /> }}
          renderItem={(p) => (
            <List.Item style={{ padding: '4px 0', border: 'none' }}>
              <Card size="small" style={{ width: '100%' }}>
                <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                  <Space>
                    {selection && (
                      <Checkbox
                        checked={selection.selected.has(p.id)}
                        onChange={(e) => {
                          const next = new Map(selection.selected);
                          if (e.target.checked) next.set(p.id, p);
                          else next.delete(p.id);
                          selection.onChange(next);
                        }}
                      />
                    )}
                    <Link to={`/people/${p.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
                      {p.name}
                    </Link>
                  </Space>
                  <PartyStatusTag status={p.partyStatus} />
                </Space>
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {[p.gender && t(`gender.${p.gender}`), p.birthDate && fmt.date(p.birthDate), p.employeeNo].filter(Boolean).join(' · ')}
                </Typography.Text>
                <div>{p.orgName}</div>
                {p.joinedOn && <div>{t('roster.card.joinedOn', { date: fmt.date(p.joinedOn) })}</div>}
                {p.positions.length > 0 && <div>{positionText(p)}</div>}
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

  const columns: TableProps<PersonSummary>['columns'] = [
    {
      key: 'name',
      title: t('roster.col.name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      fixed: 'left',
      width: 110,
      render: (_, p) => <Link to={`/people/${p.id}`}>{p.name}</Link>,
    },
    { key: 'gender', title: t('roster.col.gender'), width: 70, render: (_, p) => (p.gender ? t(`gender.${p.gender}`) : '') },
    { key: 'birthDate', title: t('roster.col.birthDate'), sorter: true, sortOrder: sortOrder('birthDate'), width: 140, render: (_, p) => fmt.date(p.birthDate) },
    { key: 'partyStatus', title: t('roster.col.partyStatus'), width: 130, render: (_, p) => <PartyStatusTag status={p.partyStatus} /> },
    { key: 'joinedOn', title: t('roster.col.joinedOn'), sorter: true, sortOrder: sortOrder('joinedOn'), width: 140, render: (_, p) => fmt.date(p.joinedOn) },
    { key: 'orgName', title: t('roster.col.org'), sorter: true, sortOrder: sortOrder('orgName'), ellipsis: true, render: (_, p) => p.orgName },
    { key: 'positions', title: t('roster.col.positions'), ellipsis: true, render: (_, p) => positionText(p) },
    { key: 'employeeNo', title: t('roster.col.employeeNo'), width: 110, render: (_, p) => p.employeeNo ?? '' },
  ];

  const handleChange: TableProps<PersonSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<PersonSummary> | undefined;
      const key = s?.order ? SORTABLE[String(s.columnKey)] : undefined;
      onChange({ sort: key ?? 'name', order: s?.order === 'descend' ? 'desc' : 'asc' });
      return;
    }
    onChange({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? params.pageSize });
  };

  const rowSelection: TableProps<PersonSummary>['rowSelection'] = selection && {
    selectedRowKeys: [...selection.selected.keys()],
    preserveSelectedRowKeys: true,
    onChange: (keys, rows) => {
      // Rows of other pages are not in `rows`: keep them from the previous selection.
      const shown = new Map(rows.filter(Boolean).map((r) => [r.id, r]));
      const next = new Map<number, PersonSummary>();
      for (const key of keys) {
        const row = shown.get(Number(key)) ?? selection.selected.get(Number(key));
        if (row) next.set(row.id, row);
      }
      selection.onChange(next);
    },
  };

  return (
    <Table<PersonSummary>
      data-testid="roster-table"
      rowKey="id"
      size="middle"
      loading={loading}
      columns={columns}
      rowSelection={rowSelection}
      dataSource={data?.items ?? []}
      onChange={handleChange}
      scroll={{ x: 1000 }}
      locale={{ emptyText: <Empty description={t('roster.empty')} /> }}
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
