// The required actions (规定动作) of a campaign: deadline, title, phase, targets, what completes them,
// approval — a table on wide screens, cards on phones. `ops` adds the editor's buttons to each.
import { Card, Empty, Grid, List, Space, Table, Tag, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { CampaignDetail, RequiredAction } from '@xianfeng/shared/schemas/campaigns';
import { useFormat, useLocale, useT } from '../../app/i18n';
import { useKinds } from '../records/records.api';
import { kindLabel } from '../records/RecordTags';
import { completionText, targetText } from './campaigns.helpers';

interface Props {
  campaign: CampaignDetail;
  ops?: (a: RequiredAction) => ReactNode;
}

export function ActionsTable({ campaign, ops }: Props) {
  const t = useT();
  const fmt = useFormat();
  const { locale } = useLocale();
  const kinds = useKinds(null);
  const phone = Grid.useBreakpoint().md === false;
  const phaseName = (id: number | null) => campaign.phases.find((p) => p.id === id)?.name ?? '';
  const kindName = (code: string) => {
    const k = kinds.data?.find((x) => x.code === code);
    return k ? kindLabel(k, locale) : code;
  };
  const how = (a: RequiredAction) => completionText(t, a, kindName);
  const flags = (a: RequiredAction) => (
    <>
      {a.needsApproval && <Tag color="gold">{t('campaignPlan.approval')}</Tag>}
      {a.ownerOrgId !== null && <Tag color="purple">{t('campaignPlan.local')}</Tag>}
    </>
  );
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaignPlan.noActions')} />;

  if (phone)
    return (
      <List
        data-testid="actions"
        dataSource={campaign.actions}
        locale={{ emptyText: empty }}
        renderItem={(a) => (
          <List.Item style={{ padding: '4px 0', border: 'none' }}>
            <Card size="small" style={{ width: '100%' }} title={a.title} extra={ops?.(a)}>
              <Typography.Text strong style={{ display: 'block' }}>
                {t('campaignPlan.deadlineOn', { date: fmt.date(a.deadline) })}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {[phaseName(a.phaseId), targetText(t, a.targetTypes, a.targetDepth)].filter(Boolean).join(' · ')}
              </Typography.Text>
              <Space size={4} wrap>
                <span>{how(a)}</span>
                {flags(a)}
              </Space>
            </Card>
          </List.Item>
        )}
      />
    );

  const columns: TableProps<RequiredAction>['columns'] = [
    { key: 'deadline', title: t('campaignPlan.deadline'), width: 140, render: (_, a) => fmt.date(a.deadline) },
    {
      key: 'title',
      title: t('campaignPlan.actionTitle'),
      render: (_, a) => (
        <>
          <div>{a.title}</div>
          {a.guidance && (
            <Typography.Paragraph
              type="secondary"
              ellipsis={{ rows: 2, tooltip: a.guidance }}
              style={{ margin: 0, fontSize: 12 }}
            >
              {a.guidance}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { key: 'phase', title: t('campaignPlan.phase'), width: 120, render: (_, a) => phaseName(a.phaseId) },
    {
      key: 'targets',
      title: t('campaignPlan.targets'),
      width: 170,
      render: (_, a) => targetText(t, a.targetTypes, a.targetDepth),
    },
    {
      key: 'completion',
      title: t('campaignPlan.completion'),
      width: 220,
      render: (_, a) => (
        <Space size={4} wrap>
          <span>{how(a)}</span>
          {flags(a)}
        </Space>
      ),
    },
  ];
  if (ops) columns.push({ key: 'ops', width: 96, render: (_, a) => ops(a) });

  return (
    <Table<RequiredAction>
      data-testid="actions"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={campaign.actions}
      pagination={false}
      scroll={{ x: 900 }}
      locale={{ emptyText: empty }}
    />
  );
}
