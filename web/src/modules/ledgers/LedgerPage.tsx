// /ledgers/:id — one list (清单): its kind, owner and campaign; its key figures (by category and by colour);
// its items, filtered in the URL and sorted by deadline; 登记事项 and 编辑清单 for the owner's staff.
import { Button, Card, Col, Descriptions, Flex, Grid, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, BarChartOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PERMISSION_ROLES, type Role } from '@xianfeng/shared/domain';
import type { LedgerView } from '@xianfeng/shared/schemas/ledgers';
import { isApiError } from '../../app/api';
import { useMe } from '../../app/auth';
import { NotFoundPage, QueryError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useCampaign } from '../campaigns/campaigns.api';
import { ItemDrawer } from './ItemDrawer';
import { ItemsExportButton } from './ItemsExportButton';
import { ItemsImportModal } from './ItemsImportModal';
import { ItemsFilters, ItemsTable } from './ItemsTable';
import { KeyFigures, keyFilter } from './KeyFigures';
import { CategoryChart, ColourChart } from './LedgerCharts';
import { LedgerKindTag } from './LedgerTags';
import { LedgerModal } from './LedgerModal';
import { useItems, useLedger, useLedgerFigures } from './ledgers.api';
import { figuresSearch, itemsSearch, useItemsParams } from './ledgers.url';

const READERS: readonly Role[] = PERMISSION_ROLES['ledger.read'];

function CampaignLink({ id }: { id: number }) {
  const t = useT();
  const c = useCampaign(id);
  return <Link to={`/campaigns/${id}`}>{c.data?.title ?? t('ledgersPage.campaignN', { id })}</Link>;
}

/**
 * The list's figures: at its owner node, or — for a responsible unit that sees only its own items — at the
 * caller's first node (the server counts only what the caller may read).
 */
function useFiguresOf(ledger: LedgerView | undefined) {
  const me = useMe();
  const atOwner = useLedgerFigures(ledger ? { orgId: ledger.ownerOrgId, ledgerId: ledger.id } : null);
  const own = me.grants.find((g) => READERS.includes(g.role));
  const refused = atOwner.isError && isApiError(atOwner.error) && atOwner.error.status === 404;
  const atOwn = useLedgerFigures(ledger && refused && own ? { orgId: own.orgId, ledgerId: ledger.id } : null);
  return refused ? atOwn : atOwner;
}

function Figures({ ledger }: { ledger: LedgerView }) {
  const t = useT();
  const figures = useFiguresOf(ledger);
  const f = figures.data;
  if (figures.isError) return <QueryError error={figures.error} onRetry={() => void figures.refetch()} />;
  if (!f) return <Skeleton active paragraph={{ rows: 2 }} />;
  const linkOf = (key: keyof typeof keyFilter) => {
    const filter = keyFilter[key];
    return filter ? `?${itemsSearch({ ...filter, page: 1, pageSize: 20 })}` : null;
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <KeyFigures figures={f} linkOf={(k) => (k in keyFilter ? linkOf(k as keyof typeof keyFilter) : null)} />
      <Row gutter={[12, 12]}>
        <Col xs={24} md={14}>
          <Card size="small" title={t('ledgerFigures.byCategory')}>
            <CategoryChart figures={f} />
          </Card>
        </Col>
        <Col xs={24} md={10}>
          <Card
            size="small"
            title={t('ledgerFigures.byColour')}
            extra={
              <Link to={`/ledger-figures?${figuresSearch({ orgId: f.org.id, ledgerId: ledger.id })}`}>
                <BarChartOutlined /> {t('ledgerPage.moreFigures')}
              </Link>
            }
          >
            <ColourChart figures={f} height={200} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

export default function LedgerPage() {
  const t = useT();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const id = Number(useParams().id ?? 0);
  const query = useLedger(Number.isInteger(id) ? id : 0);
  const [params, update] = useItemsParams();
  const items = useItems({ ...params, ledgerId: id, kind: undefined }, query.isSuccess);
  const [editing, setEditing] = useState(false);
  const [registering, setRegistering] = useState(false);
  const [importing, setImporting] = useState(false);
  const ledger = query.data;

  if (query.isError && isApiError(query.error) && query.error.status === 404) return <NotFoundPage />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!ledger) return <Skeleton active />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="ledger-page">
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex align="flex-start" gap={8} style={{ minWidth: 0, flex: '1 1 420px' }}>
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('ledgerPage.back')} onClick={() => navigate('/ledgers')} />
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={phone ? 4 : 3} style={{ margin: 0 }} data-testid="ledger-title">
              {ledger.title}
            </Typography.Title>
            <Space size={6} wrap style={{ margin: '6px 0' }}>
              <LedgerKindTag kind={ledger.kind} />
              {ledger.categories.map((c) => (
                <Tag key={c}>{c}</Tag>
              ))}
            </Space>
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 2, lg: 3 }}
              items={[
                { key: 'owner', label: t('ledgerPage.owner'), children: ledger.ownerName },
                ...(ledger.campaignId
                  ? [{ key: 'campaign', label: t('ledgerPage.campaign'), children: <CampaignLink id={ledger.campaignId} /> }]
                  : []),
                {
                  key: 'escalation',
                  label: t('ledgerPage.escalation'),
                  children: ledger.escalation.length
                    ? ledger.escalation.map((s) => t('ledgerPage.escalationStep', { step: t(`escalation.step.${s.step}`), days: s.afterDays })).join(' → ')
                    : t('common.none'),
                },
              ]}
            />
            {ledger.description && (
              <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {ledger.description}
              </Typography.Paragraph>
            )}
          </div>
        </Flex>
        {ledger.can.manage && (
          <Button data-testid="ledger-edit" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('ledgerPage.edit')}
          </Button>
        )}
      </Flex>
      <Figures ledger={ledger} />
      <Card
        size="small"
        title={t('ledgerPage.items')}
        extra={
          <Space wrap data-testid="items-toolbar">
            <ItemsExportButton filters={{ ...params, ledgerId: id, kind: undefined }} />
            {ledger.can.manage && (
              <Button data-testid="items-import" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('itemsImport.open')}
              </Button>
            )}
            {ledger.can.manage && (
              <Button data-testid="item-create" type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                {t('ledgerPage.register')}
              </Button>
            )}
          </Space>
        }
        styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 8 } }}
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <ItemsFilters params={params} onChange={update} categories={ledger.categories.length ? ledger.categories : undefined} />
          {items.isError ? (
            <QueryError error={items.error} onRetry={() => void items.refetch()} />
          ) : (
            <ItemsTable params={params} data={items.data} loading={items.isFetching} onChange={update} />
          )}
        </Space>
      </Card>
      <LedgerModal open={editing} ledger={ledger} onClose={() => setEditing(false)} onReload={() => query.refetch()} />
      <ItemDrawer ledger={ledger} open={registering} onClose={() => setRegistering(false)} />
      {ledger.can.manage && <ItemsImportModal ledger={ledger} open={importing} onClose={() => setImporting(false)} />}
    </Space>
  );
}
