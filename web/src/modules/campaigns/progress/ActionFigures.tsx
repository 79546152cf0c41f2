// Per required action as of the day: "n / m 个单位" done, how many on time, records counted; cards on phones.
import { Card, Flex, List, Progress, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import type { CampaignFigures } from '@xianfeng/shared/schemas/campaigns';
import { useFormat, useT } from '../../../app/i18n';
import { TONES } from './states';

type ActionFigure = CampaignFigures['actions'][number];

function Units({ a }: { a: ActionFigure }) {
  const t = useT();
  const full = a.units > 0 && a.done >= a.units;
  return (
    <span data-testid={`figure-units-${a.actionId}`} style={{ color: full ? TONES.done.color : undefined, fontWeight: 500 }}>
      {t('overview.units', { done: a.done, units: a.units })}
    </span>
  );
}

export function ActionFigures({ figures, narrow }: { figures: CampaignFigures; narrow: boolean }) {
  const t = useT();
  const fmt = useFormat();
  const percent = (a: ActionFigure) => (a.units ? Math.round((a.done / a.units) * 100) : 0);
  const onTime = (a: ActionFigure) => t('overview.onTime', { count: a.onTime });
  const records = (a: ActionFigure) => (a.records === null ? '' : t('overview.recordsCounted', { count: a.records }));

  if (narrow) {
    return (
      <List
        data-testid="overview-actions"
        dataSource={figures.actions}
        renderItem={(a) => (
          <List.Item style={{ padding: '4px 0', border: 'none' }} data-testid={`figure-action-${a.actionId}`}>
            <Card size="small" style={{ width: '100%' }}>
              <Typography.Text strong>{a.title}</Typography.Text>
              <Flex justify="space-between" wrap gap={4}>
                <Units a={a} />
                <Typography.Text type="secondary">{t('overview.deadline', { date: fmt.date(a.deadline) })}</Typography.Text>
              </Flex>
              <Progress percent={percent(a)} size="small" strokeColor={TONES.done.color} />
              <Typography.Text type="secondary">
                {onTime(a)} {records(a)}
              </Typography.Text>
            </Card>
          </List.Item>
        )}
      />
    );
  }

  return (
    <Table<ActionFigure>
      data-testid="overview-actions"
      rowKey="actionId"
      size="small"
      pagination={false}
      dataSource={figures.actions}
      onRow={(a) => ({ 'data-testid': `figure-action-${a.actionId}` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { key: 'title', title: t('overview.col.action'), render: (_, a) => a.title },
        { key: 'deadline', title: t('overview.col.deadline'), width: 140, render: (_, a) => fmt.date(a.deadline) },
        { key: 'units', title: t('overview.col.units'), width: 130, render: (_, a) => <Units a={a} /> },
        {
          key: 'bar',
          title: t('overview.col.share'),
          width: 180,
          render: (_, a) => <Progress percent={percent(a)} size="small" strokeColor={TONES.done.color} />,
        },
        { key: 'onTime', title: t('overview.col.onTime'), width: 90, render: (_, a) => a.onTime },
        { key: 'records', title: t('overview.col.records'), width: 110, render: (_, a) => a.records ?? '—' },
      ]}
    />
  );
}
