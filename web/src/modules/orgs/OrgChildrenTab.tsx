// 下级组织 — the node's direct children, a page at a time, with their own child counts.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Space, Switch, Table, Tag, Typography } from 'antd';
import type { OrgSummary } from '@xianfeng/shared/schemas/orgs';
import { QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { fetchChildren, orgKeys } from './orgs.api';

export function OrgChildrenTab({ orgId, onOpen }: { orgId: number; onOpen: (id: number) => void }) {
  const t = useT();
  const { number } = useFormat();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [includeDissolved, setIncludeDissolved] = useState(false);
  const q = useQuery({
    queryKey: orgKeys.children(orgId, page, pageSize, includeDissolved),
    queryFn: () => fetchChildren(orgId, page, pageSize, includeDissolved),
    placeholderData: (prev) => prev,
  });
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Switch size="small" checked={includeDissolved} onChange={(v) => { setIncludeDissolved(v); setPage(1); }} />
        <Typography.Text>{t('org.includeDissolved')}</Typography.Text>
      </Space>
      <Table<OrgSummary>
        data-testid="org-children-table"
        rowKey="id"
        size="small"
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        scroll={{ x: 640 }}
        pagination={{
          current: page,
          pageSize,
          total: q.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('common.total', { total: number(total) }),
          onChange: (p, s) => { setPage(s !== pageSize ? 1 : p); setPageSize(s); },
        }}
        columns={[
          {
            title: t('orgField.name'),
            dataIndex: 'name',
            render: (name: string, o) => (
              <>
                <Typography.Link onClick={() => onOpen(o.id)}>{name}</Typography.Link>
                {o.dissolvedOn && <Tag style={{ marginInlineStart: 6 }}>{t('org.dissolvedTag')}</Tag>}
              </>
            ),
          },
          { title: t('orgField.type'), dataIndex: 'type', width: 110, render: (ty: OrgSummary['type']) => t(`orgType.${ty}`) },
          { title: t('orgField.unitName'), dataIndex: 'unitName', ellipsis: true, render: (v: string | null) => v ?? t('common.none') },
          { title: t('orgField.code'), dataIndex: 'code', width: 120, render: (v: string | null) => v ?? t('common.none') },
          { title: t('orgField.childCount'), dataIndex: 'childCount', width: 110, align: 'right', render: (n: number) => number(n) },
        ]}
      />
    </Space>
  );
}
