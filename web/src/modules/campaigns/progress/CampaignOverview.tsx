// 概览: the campaign's key figures at a node of its subtree as of a day (截至日期) — per action units done
// (on time), a bar chart, meetings held by kind, attendees, documents, 已传达, guidance visits.
import { Card, Col, DatePicker, Empty, Flex, Grid, Row, Space, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CampaignDetail } from '@xianfeng/shared/schemas/campaigns';
import { QueryError } from '../../../app/errors';
import { useFormat, useT } from '../../../app/i18n';
import { todayInZone } from '../../records/time';
import { ActionFigures } from './ActionFigures';
import { CampaignLedgersCard } from './CampaignLedgersCard';
import { CampaignNodePicker, useCampaignNode, useCampaignParam } from './campaignNode';
import { FiguresChart } from './FiguresChart';
import { useKindName } from './kindNames';
import { useFigures } from './progress.api';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function CampaignOverview({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const fmt = useFormat();
  const narrow = Grid.useBreakpoint().md === false;
  const { orgId, setOrgId } = useCampaignNode(campaign);
  const [asOfParam, setAsOf] = useCampaignParam('asOf');
  const today = todayInZone();
  const asOf = asOfParam && DAY.test(asOfParam) ? asOfParam : today;
  const launched = campaign.status !== 'draft';
  const figures = useFigures(campaign.id, orgId, asOf, launched && !!orgId);
  const kindName = useKindName(orgId);
  const f = figures.data;

  if (!launched) return <Empty description={t('overview.draft')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Flex wrap gap={12} vertical={narrow}>
          <CampaignNodePicker
            testId="overview-org"
            campaign={campaign}
            value={orgId}
            onChange={setOrgId}
            style={{ width: narrow ? '100%' : 300 }}
          />
          <Space>
            <Typography.Text>{t('overview.asOf')}</Typography.Text>
            <DatePicker
              data-testid="overview-asof"
              allowClear={false}
              value={dayjs(asOf)}
              format={fmt.dateFormat}
              disabledDate={(d) => d.format('YYYY-MM-DD') > today}
              onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD') === today ? null : d.format('YYYY-MM-DD'))}
            />
          </Space>
        </Flex>
      </Card>
      {figures.isError && <QueryError error={figures.error} onRetry={() => void figures.refetch()} />}
      {f && (
        <>
          <Row gutter={[12, 12]} data-testid="overview-figures" data-asof={f.asOf}>
            {(
              [
                ['acknowledged', `${f.acknowledged.nodes} / ${f.acknowledged.of}`],
                ['records', fmt.number(f.records.total)],
                ['attendees', fmt.number(f.records.attendees), t('overview.attendances', { count: f.records.attendances })],
                ['documents', fmt.number(f.documents)],
                ['visits', fmt.number(f.visits)],
              ] as const
            ).map(([key, value, note]) => (
              <Col key={key} xs={12} sm={8} lg={4}>
                <Card size="small" data-testid={`overview-${key}`}>
                  <Statistic title={t(`overview.figure.${key}`)} value={value} />
                  {note && <Typography.Text type="secondary">{note}</Typography.Text>}
                </Card>
              </Col>
            ))}
          </Row>
          <CampaignLedgersCard campaignId={campaign.id} orgId={orgId} asOf={asOf} />
          <Card size="small" title={t('overview.actions', { org: f.org.name, date: fmt.date(f.asOf) })}>
            <ActionFigures figures={f} narrow={narrow} />
            <FiguresChart actions={f.actions} narrow={narrow} />
          </Card>
          <Card size="small" title={t('overview.byKind')} data-testid="overview-kinds">
            {f.records.byKind.length === 0 ? (
              <Typography.Text type="secondary">{t('overview.noRecords')}</Typography.Text>
            ) : (
              <Row gutter={[12, 12]}>
                {f.records.byKind.map((k) => (
                  <Col key={k.kind} xs={12} sm={8} lg={6}>
                    <Statistic
                      title={kindName(k.kind)}
                      value={k.records}
                      suffix={<span style={{ fontSize: 13 }}>{t('overview.kindNodes', { nodes: k.nodes })}</span>}
                    />
                  </Col>
                ))}
              </Row>
            )}
          </Card>
        </>
      )}
    </Space>
  );
}
