// Assignments as a list: action (opens the assignment page), deadline, state; the unit when reviewing.
import { Flex, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { TodoItem } from '@xianfeng/shared/schemas/campaigns';
import { useFormat, useT } from '../../../app/i18n';
import { isDoneLate, TONES } from '../progress/states';
import { StateTag } from './StateTag';

export function TaskList({ items, showOrg }: { items: TodoItem[]; showOrg?: boolean }) {
  const t = useT();
  const fmt = useFormat();
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(i) => (
        <List.Item data-testid={`task-${i.id}`} style={{ paddingInline: 0 }}>
          <Flex vertical gap={2} style={{ width: '100%' }}>
            <Flex justify="space-between" align="start" gap={8}>
              <Link to={`/assignments/${i.id}`} style={{ fontWeight: 500 }}>
                {i.actionTitle}
              </Link>
              <StateTag state={i.state} overdue={i.overdue} doneLate={isDoneLate(i)} testId={`task-state-${i.id}`} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {showOrg && `${i.orgName} · `}
              <span style={i.overdue ? { color: TONES.overdue.color } : undefined}>{t('tasksPage.deadline', { date: fmt.date(i.deadline) })}</span>
              {i.needsApproval && ` · ${t('tasksPage.needsApproval')}`}
            </Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
}
