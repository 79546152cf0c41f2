// 任务: a unit's to-do — its own assignments grouped by campaign (deadline, state, overdue) and, for the
// staff above, their children's submissions to review (待审核). Lists, not tables: it is read on phones.
import { Card, Empty, Flex, Grid, Select, Skeleton, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TodoItem } from '@xianfeng/shared/schemas/campaigns';
import { PERMISSION_ROLES, type Role } from '@xianfeng/shared/domain';
import { useMe } from '../../../app/auth';
import { QueryError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { useTodo } from '../assignments.api';
import { idParam } from '../progress/campaignNode';
import { TaskList } from './TaskList';

const STAFF: readonly Role[] = [...new Set([...PERMISSION_ROLES['record.write'], ...PERMISSION_ROLES['campaign.write']])];

/** Open ones first, then by deadline. */
const byUrgency = (a: TodoItem, b: TodoItem) => Number(a.state === 'done') - Number(b.state === 'done') || a.deadline.localeCompare(b.deadline);

export default function TasksPage() {
  const t = useT();
  const me = useMe();
  const narrow = Grid.useBreakpoint().md === false;
  const [sp, setSp] = useSearchParams();
  // The nodes the caller administers (one entry per node).
  const nodes = useMemo(() => {
    const seen = new Map<number, string>();
    for (const g of me.grants) if (STAFF.includes(g.role) && !seen.has(g.orgId)) seen.set(g.orgId, g.orgName);
    return [...seen].map(([id, name]) => ({ value: id, label: name }));
  }, [me.grants]);
  const orgId = idParam(sp, 'orgId') ?? nodes[0]?.value ?? null;
  const todo = useTodo(orgId);

  const groups = useMemo(() => {
    const map = new Map<number, { title: string; items: TodoItem[] }>();
    for (const item of todo.data?.todo ?? []) {
      const g = map.get(item.campaignId) ?? { title: item.campaignTitle, items: [] };
      g.items.push(item);
      map.set(item.campaignId, g);
    }
    return [...map].map(([id, g]) => ({ id, title: g.title, items: g.items.sort(byUrgency) }));
  }, [todo.data]);
  const toReview = todo.data?.toReview ?? [];
  const open = (todo.data?.todo ?? []).filter((i) => i.state !== 'done').length;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="tasks-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tasksPage.title')}
        </Typography.Title>
        {nodes.length > 1 && (
          <Select
            data-testid="tasks-org"
            value={orgId ?? undefined}
            options={nodes}
            onChange={(id: number) => setSp({ orgId: String(id) })}
            style={{ width: narrow ? '100%' : 280 }}
          />
        )}
      </Flex>
      {nodes.length === 0 && <Empty description={t('tasksPage.noNode')} />}
      {todo.isError && <QueryError error={todo.error} onRetry={() => void todo.refetch()} />}
      {todo.isPending && orgId && <Skeleton active />}
      {todo.data && (
        <>
          {toReview.length > 0 && (
            <Card size="small" title={t('tasksPage.toReview', { count: toReview.length })} data-testid="tasks-review">
              <TaskList items={toReview} showOrg />
            </Card>
          )}
          <Typography.Text type="secondary" data-testid="tasks-open">
            {t('tasksPage.open', { count: open })}
          </Typography.Text>
          {groups.length === 0 && <Empty description={t('tasksPage.empty')} />}
          {groups.map((g) => (
            <Card key={g.id} size="small" title={g.title} data-testid={`tasks-campaign-${g.id}`}>
              <TaskList items={g.items} />
            </Card>
          ))}
        </>
      )}
    </Space>
  );
}
