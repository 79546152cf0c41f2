// A page of the audit log for the given filters; each row opens to its before/after.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Table, Typography } from 'antd';
import type { AuditEntry } from '@xianfeng/shared/schemas/audit';
import { QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { actionLabel, auditKeys, entityLabel, fetchAudit, type AuditFilters } from './audit.api';
import { AuditDiff } from './AuditDiff';

export function AuditTable({ filters }: { filters: AuditFilters }) {
  const t = useT();
  const { dateTime, number } = useFormat();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20, key: JSON.stringify(filters) });
  // New filters start again at the first page.
  const key = JSON.stringify(filters);
  const page = paging.key === key ? paging.page : 1;
  const q = useQuery({
    queryKey: auditKeys.list(filters, page, paging.pageSize),
    queryFn: () => fetchAudit(filters, page, paging.pageSize),
    placeholderData: (prev) => prev,
  });
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;

  return (
    <Table<AuditEntry>
      data-testid="audit-table"
      rowKey="id"
      size="small"
      loading={q.isFetching}
      dataSource={q.data?.items ?? []}
      scroll={{ x: 760 }}
      expandable={{
        expandedRowRender: (e) => <AuditDiff before={e.before} after={e.after} />,
        rowExpandable: (e) => e.before !== null || e.after !== null,
      }}
      pagination={{
        current: page,
        pageSize: paging.pageSize,
        total: q.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total: number(total) }),
        onChange: (p, s) => setPaging({ page: s !== paging.pageSize ? 1 : p, pageSize: s, key }),
      }}
      columns={[
        { title: t('audit.at'), dataIndex: 'at', width: 190, render: (v: string) => dateTime(v) },
        { title: t('audit.actor'), dataIndex: 'actorName', width: 120, render: (v: string | null) => v ?? t('audit.system') },
        { title: t('audit.action'), dataIndex: 'action', width: 140, render: (v: string) => actionLabel(t, v) },
        {
          title: t('audit.entity'),
          key: 'entity',
          width: 130,
          render: (_, e) => (
            <>
              {entityLabel(t, e.entityType)}
              {e.entityId !== null &&
                (e.entityType === 'org' ? (
                  <Link to={`/orgs/${e.entityId}`}> #{e.entityId}</Link>
                ) : (
                  <Typography.Text type="secondary"> #{e.entityId}</Typography.Text>
                ))}
            </>
          ),
        },
        { title: t('audit.summary'), dataIndex: 'summary', ellipsis: true, render: (v: string | null) => v ?? '' },
      ]}
    />
  );
}
