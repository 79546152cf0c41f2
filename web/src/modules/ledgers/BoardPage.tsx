// /board/:orgId — the public 挂牌 board of a node, for every signed-in account on the node's line (members too):
// 未销号 items by deadline with their colour, 已销号 items latest first; responsible unit, person name and
// position only. Cards at every width, so a phone reads it as well as a wall screen. /board opens one's own;
// the boards along one's line are a tap away.
import { Card, Col, Empty, Flex, List, Pagination, Row, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { Link, Navigate, useParams } from 'react-router';
import { POSITIONS, type Position } from '@xianfeng/shared/domain';
import type { BoardItem, LedgerBoard } from '@xianfeng/shared/schemas/ledgerFigures';
import { isApiError } from '../../app/api';
import { useMe } from '../../app/auth';
import { NotFoundPage, QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { ColourDot, LedgerKindTag } from './LedgerTags';
import { useBoard } from './ledgers.api';
import { useBoardParams } from './ledgers.url';

const PAGE_SIZE = 20;

/**
 * /board: the caller's own branch (a member held at a 党小组 goes to the branch above it, where the items are), else
 * their first node, else the current node.
 */
export function MyBoardRedirect() {
  const t = useT();
  const me = useMe();
  const { nodeId } = useCurrentNode();
  const target = me.orgId ?? me.grants[0]?.orgId ?? nodeId;
  const board = useBoard(target ?? 0, 'open', 1, 1);
  if (!target) return <Empty description={t('ledgerBoard.none')} />;
  if (board.isPending) return <Skeleton active />;
  const line = board.data?.line ?? [];
  const own = line[line.length - 1];
  const to = own?.type === 'party_group' && line.length > 1 ? line[line.length - 2]!.id : target;
  return <Navigate to={`/board/${to}`} replace />;
}

function BoardCard({ item: i, view }: { item: BoardItem; view: 'open' | 'closed' }) {
  const t = useT();
  const fmt = useFormat();
  // The server joins the person's current position codes with '、': each in the reader's language.
  const position = i.position
    ?.split('、')
    .map((p) => (POSITIONS.includes(p as Position) ? t(`position.${p as Position}`) : p))
    .join('、');
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={`board-item-${i.id}`}>
      <Flex justify="space-between" align="start" gap={8}>
        <Typography.Text strong style={{ fontSize: 15, wordBreak: 'break-word' }}>
          {i.title}
        </Typography.Text>
        <ColourDot colour={i.colour} testId={`board-colour-${i.id}`} />
      </Flex>
      <Space size={4} wrap style={{ display: 'flex', margin: '6px 0' }}>
        <LedgerKindTag kind={i.kind} />
        {i.category && <Tag>{i.category}</Tag>}
      </Space>
      <div style={{ fontSize: 13 }}>
        {view === 'closed' && i.closedOn ? (
          <div>{t('ledgerBoard.closedOn', { date: fmt.date(i.closedOn) })}</div>
        ) : (
          <div>{i.deadline ? t('ledgerBoard.deadline', { date: fmt.date(i.deadline) }) : t('ledgerBoard.noDeadline')}</div>
        )}
        <div>{t('ledgerBoard.responsible', { name: i.responsibleOrg })}</div>
        {i.responsiblePerson && (
          <div>
            {t('ledgerBoard.person', { name: i.responsiblePerson })}
            {position && <Typography.Text type="secondary">（{position}）</Typography.Text>}
          </div>
        )}
      </div>
    </Card>
  );
}

/** The boards along the node's line, root first: one tap to a unit's or the group's board. */
function LineNav({ line, orgId }: { line: LedgerBoard['line']; orgId: number }) {
  if (line.length < 2) return null;
  return (
    <Flex wrap gap={6} data-testid="board-line">
      {line.map((o) =>
        o.id === orgId ? (
          <Tag key={o.id} color="red" style={{ marginInlineEnd: 0 }}>
            {o.name}
          </Tag>
        ) : (
          <Link key={o.id} to={`/board/${o.id}`} data-testid={`board-line-${o.id}`}>
            <Tag style={{ marginInlineEnd: 0, cursor: 'pointer' }}>{o.name}</Tag>
          </Link>
        ),
      )}
    </Flex>
  );
}

export default function BoardPage() {
  const t = useT();
  const fmt = useFormat();
  const orgId = Number(useParams().orgId);
  const [params, update] = useBoardParams();
  const board = useBoard(Number.isInteger(orgId) ? orgId : 0, params.view, params.page, PAGE_SIZE);
  const b = board.data;

  if (board.isError && isApiError(board.error) && board.error.status === 404) return <NotFoundPage />;
  if (board.isError) return <QueryError error={board.error} onRetry={() => void board.refetch()} />;
  if (!b) return <Skeleton active />;

  const content = (
    <>
      <List
        data-testid={`board-${params.view}`}
        loading={board.isFetching}
        grid={{ gutter: 12, xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 4 }}
        dataSource={b.page.items}
        locale={{ emptyText: <Empty description={t(params.view === 'open' ? 'ledgerBoard.emptyOpen' : 'ledgerBoard.emptyClosed')} /> }}
        renderItem={(i) => (
          <List.Item style={{ marginBottom: 12 }}>
            <BoardCard item={i} view={params.view} />
          </List.Item>
        )}
      />
      {b.page.total > PAGE_SIZE && (
        <Pagination
          simple
          size="small"
          style={{ textAlign: 'center' }}
          current={params.page}
          pageSize={PAGE_SIZE}
          total={b.page.total}
          onChange={(page) => update({ page })}
        />
      )}
    </>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="board-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0, wordBreak: 'break-word' }} data-testid="board-title">
          {t('ledgerBoard.title', { org: b.org.name })}
        </Typography.Title>
        <Typography.Text type="secondary">{t('ledgerBoard.note')}</Typography.Text>
      </div>
      <LineNav line={b.line} orgId={b.org.id} />
      <Row gutter={12}>
        <Col span={12}>
          <Card size="small" data-testid="board-count-open">
            <Typography.Text type="secondary">{t('ledgerBoard.open')}</Typography.Text>
            <div style={{ fontSize: 24, fontWeight: 600, color: '#c8161d' }}>{fmt.number(b.open)}</div>
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" data-testid="board-count-closed">
            <Typography.Text type="secondary">{t('ledgerBoard.closed')}</Typography.Text>
            <div style={{ fontSize: 24, fontWeight: 600, color: '#389e0d' }}>{fmt.number(b.closed)}</div>
          </Card>
        </Col>
      </Row>
      <Tabs
        data-testid="board-tabs"
        activeKey={params.view}
        onChange={(view) => update({ view: view === 'closed' ? 'closed' : 'open' })}
        items={[
          { key: 'open', label: t('ledgerBoard.tabOpen', { count: b.open }), children: params.view === 'open' ? content : null },
          { key: 'closed', label: t('ledgerBoard.tabClosed', { count: b.closed }), children: params.view === 'closed' ? content : null },
        ]}
      />
    </Space>
  );
}
