// 班子成员, 成员 and 沿革 tabs of a node.
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { Button, Empty, Space, Table, Typography } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import type { PositionView } from '@xianfeng/shared/schemas/people';
import { ApiError } from '../../app/api';
import { QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { fetchCurrentPositions, fetchHistory, orgKeys, useOrgStats, type OrgVersion } from './orgs.api';

export function LeadershipTab({ orgId }: { orgId: number }) {
  const t = useT();
  const { date } = useFormat();
  const q = useQuery({ queryKey: orgKeys.positions(orgId), queryFn: () => fetchCurrentPositions(orgId) });
  // The positions route may not be deployed yet: say so instead of failing.
  if (q.error instanceof ApiError && q.error.status === 404) return <Empty description={t('leadership.unavailable')} />;
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <Table<PositionView>
      data-testid="org-leadership-table"
      rowKey="id"
      size="small"
      loading={q.isPending}
      dataSource={q.data ?? []}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leadership.empty')} /> }}
      columns={[
        { title: t('leadership.title'), dataIndex: 'title', render: (v: PositionView['title']) => t(`position.${v}`) },
        { title: t('leadership.name'), dataIndex: 'personName' },
        { title: t('leadership.startOn'), dataIndex: 'startOn', render: (v: string) => date(v) },
        { title: t('leadership.endOn'), dataIndex: 'endOn', render: (v: string | null) => (v ? date(v) : t('common.none')) },
      ]}
    />
  );
}

export function MembersTab({ orgId }: { orgId: number }) {
  const t = useT();
  const { number } = useFormat();
  const navigate = useNavigate();
  const stats = useOrgStats(orgId);
  const people = stats.data ? Object.values(stats.data.people).reduce((a, b) => a + b, 0) : null;
  return (
    <Space orientation="vertical">
      {stats.data && (
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('members.intro', { members: number(stats.data.members), people: number(people ?? 0) })}
        </Typography.Paragraph>
      )}
      <Button type="primary" icon={<TeamOutlined />} onClick={() => navigate(`/people?orgId=${orgId}`)} data-testid="org-members-link">
        {t('members.open')}
      </Button>
    </Space>
  );
}

const CHANGES = ['create', 'rename', 'move', 'retype', 'merge', 'split', 'dissolve'] as const;
type Change = (typeof CHANGES)[number];

export function HistoryTab({ orgId }: { orgId: number }) {
  const t = useT();
  const { date } = useFormat();
  const q = useQuery({ queryKey: orgKeys.history(orgId), queryFn: () => fetchHistory(orgId) });
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  const label = (c: string) => (CHANGES.includes(c as Change) ? t(`history.change.${c as Change}`) : c);
  // A merge names the node it merged into (its details), before the user's note.
  const noteOf = (v: OrgVersion) => {
    const into = v.change === 'merge' && typeof v.details?.intoName === 'string' ? t('history.mergedInto', { name: v.details.intoName }) : null;
    return [into, v.note].filter(Boolean).join('；');
  };
  return (
    <Table<OrgVersion>
      data-testid="org-history-table"
      rowKey="id"
      size="small"
      loading={q.isPending}
      dataSource={q.data ?? []}
      pagination={false}
      scroll={{ x: 560 }}
      columns={[
        { title: t('history.validFrom'), dataIndex: 'validFrom', width: 140, render: (v: string) => date(v) },
        { title: t('history.change'), dataIndex: 'change', width: 100, render: label },
        { title: t('orgField.name'), dataIndex: 'name' },
        { title: t('history.parent'), dataIndex: 'parentName', render: (v: string | null) => v ?? t('common.none') },
        { title: t('history.validTo'), dataIndex: 'validTo', width: 140, render: (v: string | null) => (v ? date(v) : t('common.none')) },
        { title: t('orgField.note'), key: 'note', render: (_, v: OrgVersion) => noteOf(v) },
      ]}
    />
  );
}
