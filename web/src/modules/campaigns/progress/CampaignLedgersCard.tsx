// 问题清单 / 调研课题 of a campaign at the viewed node as of the overview's 截至日期: problems collected, 立行立改,
// closed, open and overdue, and the research topics — counted live from the items (GET /api/ledger-figures), each
// list linked to its page.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Grid, Row, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import type { LedgerFigures } from '@xianfeng/shared/schemas/ledgerFigures';
import type { LedgerKind, LedgerView } from '@xianfeng/shared/schemas/ledgers';
import type { Page } from '@xianfeng/shared/schemas/common';
import { api } from '../../../app/api';
import { QueryError } from '../../../app/errors';
import { useFormat, useT } from '../../../app/i18n';

type Kind = Extract<LedgerKind, 'problem' | 'research_topic'>;
type Figure = 'collected' | 'fixedAtOnce' | 'closed' | 'open' | 'overdue' | 'topicCount' | 'topicsClosed';

// Under the ledgers' own key, so a change made on a ledger page refreshes the card too.
const keys = {
  lists: (campaignId: number) => ['ledgers', 'campaignCard', 'lists', campaignId] as const,
  figures: (campaignId: number, orgId: number, kind: Kind, asOf: string) =>
    ['ledgers', 'campaignCard', 'figures', campaignId, orgId, kind, asOf] as const,
};

function useKindFigures(campaignId: number, orgId: number | null, kind: Kind, asOf: string) {
  return useQuery({
    queryKey: keys.figures(campaignId, orgId ?? 0, kind, asOf),
    queryFn: () => api.get<LedgerFigures>('/ledger-figures', { orgId, campaignId, kind, asOf }),
    enabled: !!orgId,
    placeholderData: keepPreviousData,
  });
}

export function CampaignLedgersCard({ campaignId, orgId, asOf }: { campaignId: number; orgId: number | null; asOf: string }) {
  const t = useT();
  const fmt = useFormat();
  const narrow = Grid.useBreakpoint().md === false;
  // The lists the caller can read (a unit's staff see the figures of their node, not the group's lists).
  const lists = useQuery({
    queryKey: keys.lists(campaignId),
    queryFn: () => api.get<Page<LedgerView>>('/ledgers', { campaignId, pageSize: 50 }),
  });
  const problems = useKindFigures(campaignId, orgId, 'problem', asOf);
  const topics = useKindFigures(campaignId, orgId, 'research_topic', asOf);
  const p = problems.data;
  const r = topics.data;
  const ledgersOf = (kind: Kind) => (lists.data?.items ?? []).filter((l) => l.kind === kind);
  const failed = [problems, topics].find((q) => q.isError);

  if (failed) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!p || !r) return null;
  // A kind shows when the campaign has such a list the caller reads, or items of it at the node; else nothing shows.
  const shows = (kind: Kind, f: LedgerFigures) => f.total > 0 || ledgersOf(kind).length > 0;
  if (!shows('problem', p) && !shows('research_topic', r)) return null;

  const overdue = p.byColour.find((c) => c.key === 'overdue')?.items ?? 0;
  const share = p.total === 0 ? 0 : Math.round((p.fixedAtOnce * 100) / p.total);
  const links = (kind: Kind) => (
    <Space size={4} wrap>
      {ledgersOf(kind).map((l) => (
        <Link key={l.id} to={`/ledgers/${l.id}`} data-testid={`campaign-ledger-${kind}`}>
          {l.title}
        </Link>
      ))}
    </Space>
  );
  const figure = (key: Figure, value: number, note?: string) => (
    <Col key={key} xs={12} sm={8} lg={4}>
      <Card size="small" data-testid={`campaign-ledgers-${key}`}>
        <Statistic title={t(`campaignLedgers.${key}`)} value={fmt.number(value)} />
        {note && <Typography.Text type="secondary">{note}</Typography.Text>}
      </Card>
    </Col>
  );

  const asOfLine = (
    <Typography.Text type="secondary">{t('campaignLedgers.asOf', { date: fmt.date(p.asOf), org: p.org.name })}</Typography.Text>
  );
  return (
    <Card
      size="small"
      title={t('campaignLedgers.title')}
      // On a phone the day and node go under the title, which would be cut short beside them.
      extra={narrow ? undefined : asOfLine}
      data-testid="campaign-ledgers"
      data-asof={p.asOf}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {narrow && asOfLine}
        {shows('problem', p) && (
          <div>
            <Flex wrap gap={8} align="baseline" style={{ marginBottom: 8 }}>
              <Typography.Text strong>{t('campaignLedgers.problems')}</Typography.Text>
              {links('problem')}
            </Flex>
            <Row gutter={[12, 12]}>
              {figure('collected', p.total)}
              {figure('fixedAtOnce', p.fixedAtOnce, t('campaignLedgers.share', { percent: share }))}
              {figure('closed', p.closed)}
              {figure('open', p.open)}
              {figure('overdue', overdue)}
            </Row>
          </div>
        )}
        {shows('research_topic', r) && (
          <div>
            <Flex wrap gap={8} align="baseline" style={{ marginBottom: 8 }}>
              <Typography.Text strong>{t('campaignLedgers.topics')}</Typography.Text>
              {links('research_topic')}
            </Flex>
            <Row gutter={[12, 12]}>
              {figure('topicCount', r.total)}
              {figure('topicsClosed', r.closed)}
            </Row>
          </div>
        )}
      </Space>
    </Card>
  );
}
