// 参与率与学时: members' participation rate and study hours per child node; for a branch, its members
// by name (sorted by name only — no rankings of members).
import { Card, Space, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import type { ParticipationFigures, ParticipationPerson, ParticipationRow } from '@xianfeng/shared/schemas/compliance';
import { QueryError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useOrg } from '../orgs/orgs.api';
import { useParticipation, useParticipationPeople } from './compliance.api';
import { percent } from './compliance.periods';
import type { ComplianceParams } from './compliance.url';

const hours = (n: number) => (Math.round(n * 10) / 10).toString();

function useFigureColumns<T extends Omit<ParticipationFigures, 'people'>>(): NonNullable<TableProps<T>['columns']> {
  const t = useT();
  return [
    { key: 'listed', title: t('compliancePage.part.listed'), width: 90, align: 'right', render: (_, r) => r.listed },
    { key: 'present', title: t('compliancePage.part.present'), width: 90, align: 'right', render: (_, r) => r.present },
    { key: 'excused', title: t('compliancePage.part.excused'), width: 90, align: 'right', render: (_, r) => r.excused },
    { key: 'absent', title: t('compliancePage.part.absent'), width: 90, align: 'right', render: (_, r) => r.absent },
    { key: 'rate', title: t('compliancePage.part.rate'), width: 100, align: 'right', render: (_, r) => percent(r.rate) },
    { key: 'hours', title: t('compliancePage.part.hours'), width: 100, align: 'right', render: (_, r) => hours(r.studyHours) },
  ];
}

function People({ orgId, params }: { orgId: number; params: ComplianceParams }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const people = useParticipationPeople(orgId, { from: params.from, to: params.to }, page, order);
  const figures = useFigureColumns<ParticipationPerson>();
  if (people.isError) return <QueryError error={people.error} onRetry={() => void people.refetch()} />;
  const columns: TableProps<ParticipationPerson>['columns'] = [
    {
      key: 'name',
      title: t('compliancePage.part.name'),
      fixed: 'left',
      width: 110,
      sorter: true,
      sortOrder: order === 'asc' ? 'ascend' : 'descend',
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (_, p) => p.name,
    },
    ...figures,
  ];
  return (
    <Card size="small" title={t('compliancePage.part.people')}>
      <Table<ParticipationPerson>
        data-testid="participation-people"
        rowKey="personId"
        size="small"
        loading={people.isFetching}
        columns={columns}
        dataSource={people.data?.items ?? []}
        scroll={{ x: 700 }}
        onChange={(p, _f, s, extra) => {
          if (extra.action === 'sort') {
            setOrder((Array.isArray(s) ? s[0] : s)?.order === 'descend' ? 'desc' : 'asc');
            setPage(1);
          } else setPage(p.current ?? 1);
        }}
        pagination={{ current: page, pageSize: 50, total: people.data?.total ?? 0, showSizeChanger: false, size: 'small' }}
      />
    </Card>
  );
}

export function ParticipationView({
  orgId,
  params,
  onOpen,
}: {
  orgId: number;
  params: ComplianceParams;
  onOpen: (id: number) => void;
}) {
  const t = useT();
  const org = useOrg(orgId);
  const table = useParticipation(orgId, { from: params.from, to: params.to });
  const figures = useFigureColumns<ParticipationRow>();
  const branch = org.data?.type === 'branch' || org.data?.type === 'party_group';
  const columns: TableProps<ParticipationRow>['columns'] = [
    {
      key: 'name',
      title: t('compliancePage.col.org'),
      fixed: 'left',
      width: 220,
      render: (_, r) =>
        r.orgId === orgId ? (
          <Typography.Text strong>{r.name}</Typography.Text>
        ) : (
          <Typography.Link onClick={() => onOpen(r.orgId)}>{r.name}</Typography.Link>
        ),
    },
    { key: 'people', title: t('compliancePage.part.peopleCount'), width: 90, align: 'right', render: (_, r) => r.people },
    ...figures,
  ];

  if (table.isError) return <QueryError error={table.error} onRetry={() => void table.refetch()} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Table<ParticipationRow>
        data-testid="participation-table"
        rowKey="orgId"
        size="small"
        loading={table.isFetching}
        columns={columns}
        dataSource={table.data ? [...table.data.children, ...(table.data.children.length === 0 ? [table.data.total] : [])] : []}
        pagination={false}
        scroll={{ x: 900 }}
        summary={() =>
          table.data && table.data.children.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('compliancePage.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {table.data.total.people}
              </Table.Summary.Cell>
              {[
                table.data.total.listed,
                table.data.total.present,
                table.data.total.excused,
                table.data.total.absent,
                percent(table.data.total.rate),
                hours(table.data.total.studyHours),
              ].map((v, i) => (
                <Table.Summary.Cell key={i} index={2 + i} align="right">
                  {v}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('compliancePage.part.hint')}
      </Typography.Text>
      {branch && <People orgId={orgId} params={params} />}
    </Space>
  );
}
