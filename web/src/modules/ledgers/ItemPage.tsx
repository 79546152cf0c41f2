// /ledger-items/:id — one item (事项): its fields, status and colour, deadline, responsible unit and person,
// progress; the workflow steps the caller may take; the dated history (进展, 申请销号, 销号, 退回, 延期, 重新打开,
// 督办); its files and links. Edit (the list's owner) in the drawer.
import { Alert, Button, Card, Descriptions, Flex, Grid, Progress, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FILE_PURPOSES } from '@xianfeng/shared/schemas/ledgerFiles';
import type { ItemDetail } from '@xianfeng/shared/schemas/ledgers';
import { isApiError } from '../../app/api';
import { NotFoundPage, QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { fetchPerson, peopleKeys } from '../people/people.api';
import { inZone, todayInZone } from '../records/time';
import { EscalateButton } from './EscalateButton';
import { ItemActions } from './ItemActions';
import { ItemDrawer } from './ItemDrawer';
import { ItemFiles } from './ItemFiles';
import { ItemLinks } from './ItemLinks';
import { ItemsTable } from './ItemsTable';
import { useKindFieldRows } from './KindFields';
import { ColourTag, ItemStatusTag, LedgerKindTag } from './LedgerTags';
import { type ItemsParams, useItem, useItems, useLedger } from './ledgers.api';
import { COLOUR_TONES, daysUntil, pendingExtension } from './ledgers.helpers';

type Update = ItemDetail['updates'][number];

/** Names of the people an item mentions (responsible person, leader, who wrote each update), where readable. */
function usePersonNames(ids: number[]) {
  const unique = [...new Set(ids)].filter((id) => id > 0);
  const results = useQueries({
    queries: unique.map((id) => ({ queryKey: peopleKeys.detail(id), queryFn: () => fetchPerson(id), retry: false, staleTime: 300_000 })),
  });
  const names = new Map<number, string>();
  results.forEach((r, i) => r.data && names.set(unique[i]!, r.data.name));
  return names;
}

/** The latest 退回 of an item back in progress: its reason is shown on top. */
const lastReturn = (i: ItemDetail): Update | undefined => {
  const last = [...i.updates].reverse().find((u) => u.kind !== 'progress' && u.kind !== 'escalate');
  return last?.kind === 'return' && i.status !== 'closed' ? last : undefined;
};

function History({ item, names }: { item: ItemDetail; names: Map<number, string> }) {
  const t = useT();
  const fmt = useFormat();
  const colour: Partial<Record<Update['kind'], string>> = {
    close: 'green',
    return: 'red',
    reopen: 'orange',
    escalate: 'magenta',
    close_request: 'blue',
    extend: 'purple',
  };
  if (item.updates.length === 0) return null;
  return (
    <Card size="small" title={t('itemPage.history')} data-testid="item-history">
      <Timeline
        items={[...item.updates].reverse().map((u) => ({
          key: u.id,
          color: colour[u.kind] ?? 'gray',
          content: (
            <div data-testid={`item-update-${u.kind}`}>
              <Typography.Text strong>
                {u.kind === 'escalate' && u.step
                  ? t('itemUpdate.escalateStep', { step: t(`escalation.step.${u.step as 'urge'}`) })
                  : t(`itemUpdate.${u.kind}`)}
              </Typography.Text>
              {u.progress !== null && <Tag style={{ marginInlineStart: 8 }}>{u.progress}%</Tag>}
              <Typography.Text type="secondary">
                {' '}
                · {fmt.date(u.on)}
                {u.personId && names.get(u.personId) ? ` · ${names.get(u.personId)}` : ''}
                <span title={inZone(u.at).format(`${fmt.dateFormat} HH:mm`)}> </span>
              </Typography.Text>
              {u.newDeadline && <div>{t('itemPage.newDeadline', { date: fmt.date(u.newDeadline) })}</div>}
              {u.text && <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{u.text}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

/** The parent item (e.g. the research topic a problem came from), by its title when readable. */
/** The items that came out of this one (a research topic's problems): shown once there are any. */
function FoundItems({ parentItemId }: { parentItemId: number }) {
  const t = useT();
  const [params, setParams] = useState<ItemsParams>({ parentItemId, page: 1, pageSize: 10 });
  const items = useItems(params);
  if (!items.data?.total) return null;
  return (
    <Card size="small" title={t('itemPage.found', { count: items.data.total })} data-testid="item-found">
      <ItemsTable params={params} data={items.data} loading={items.isFetching} onChange={(c) => setParams((p) => ({ ...p, ...c }))} />
    </Card>
  );
}

function ParentLink({ id }: { id: number }) {
  const t = useT();
  const parent = useItem(id);
  return <Link to={`/ledger-items/${id}`}>{parent.data?.title ?? t('itemLinks.itemN', { id })}</Link>;
}

function Deadline({ item }: { item: ItemDetail }) {
  const t = useT();
  const fmt = useFormat();
  if (!item.deadline) return <>{item.fixedAtOnce ? t('itemsTable.fixedAtOnce') : t('common.none')}</>;
  const open = item.status !== 'closed';
  const days = daysUntil(item.deadline, todayInZone());
  return (
    <span>
      {fmt.date(item.deadline)}
      {open && (
        <Typography.Text style={{ marginInlineStart: 8, color: COLOUR_TONES[item.colour].color }}>
          {days < 0 ? t('itemPage.overdueBy', { days: -days }) : days === 0 ? t('itemPage.dueToday') : t('itemPage.daysLeft', { days })}
        </Typography.Text>
      )}
    </span>
  );
}

export default function ItemPage() {
  const t = useT();
  const fmt = useFormat();
  const phone = Grid.useBreakpoint().md === false;
  const id = Number(useParams().id);
  const q = useItem(Number.isInteger(id) ? id : 0);
  const item = q.data;
  const ledger = useLedger(item?.ledgerId ?? 0);
  const [editing, setEditing] = useState(false);
  const kindRows = useKindFieldRows();
  const leader = typeof item?.fields.leaderPersonId === 'number' ? item.fields.leaderPersonId : 0;
  const names = usePersonNames([item?.responsiblePersonId ?? 0, leader, ...(item?.updates.map((u) => u.personId ?? 0) ?? [])]);

  if (q.isError && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!item) return <Skeleton active />;
  const returned = lastReturn(item);
  const pending = pendingExtension(item.updates);
  const personName = (pid: number) => names.get(pid) ?? t('itemPage.personN', { id: pid });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="item-page">
      <Link to={`/ledgers/${item.ledgerId}`} data-testid="item-ledger-link">
        <ArrowLeftOutlined /> {ledger.data?.title ?? t('itemPage.backToLedger')}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div style={{ minWidth: 0, flex: '1 1 360px' }}>
          <Typography.Title level={phone ? 4 : 3} style={{ margin: 0, wordBreak: 'break-word' }} data-testid="item-title">
            {item.externalNo && <Typography.Text type="secondary">{item.externalNo} </Typography.Text>}
            {item.title}
          </Typography.Title>
          <Space size={6} wrap style={{ marginTop: 6 }}>
            <ItemStatusTag status={item.status} testId="item-status" />
            <ColourTag colour={item.colour} testId="item-colour" />
            <LedgerKindTag kind={item.kind} />
            {item.fixedAtOnce && <Tag color="green">{t('itemsTable.fixedAtOnce')}</Tag>}
            {item.escalation && (
              <Tag color="magenta" data-testid="item-escalation">
                {t(`escalation.step.${item.escalation}`)}
              </Tag>
            )}
          </Space>
        </div>
        <Space wrap>
          <EscalateButton item={item} />
          {item.can.manage && ledger.data && (
            <Button data-testid="item-edit" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('itemPage.edit')}
            </Button>
          )}
        </Space>
      </Flex>
      <ItemActions item={item} />
      {returned && (
        <Alert type="warning" showIcon title={t('itemPage.returnedWith')} description={returned.text} data-testid="item-returned" />
      )}
      {pending && (
        <Alert
          type="info"
          showIcon
          data-testid="item-extension-pending"
          title={t('itemPage.extensionAsked', { date: fmt.date(pending.newDeadline) })}
          description={pending.text}
        />
      )}
      <Card size="small">
        <Flex align="center" gap={12} style={{ marginBottom: 12 }}>
          <Typography.Text>{t('itemPage.progress')}</Typography.Text>
          <Progress data-testid="item-progress" percent={item.progress} style={{ flex: 1, margin: 0 }} status={item.status === 'closed' ? 'success' : 'active'} />
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'responsible', label: t('itemPage.responsible'), children: item.responsibleName },
            {
              key: 'person',
              label: t('itemPage.person'),
              children: item.responsiblePersonId ? personName(item.responsiblePersonId) : t('common.none'),
            },
            { key: 'deadline', label: t('itemPage.deadline'), children: <Deadline item={item} /> },
            { key: 'category', label: t('itemPage.category'), children: item.category ?? t('common.none') },
            { key: 'registered', label: t('itemPage.registeredOn'), children: fmt.date(item.registeredOn) },
            ...(item.closedOn ? [{ key: 'closed', label: t('itemPage.closedOn'), children: fmt.date(item.closedOn) }] : []),
            ...(item.parentItemId
              ? [{ key: 'parent', label: t('itemPage.parent'), children: <ParentLink id={item.parentItemId} /> }]
              : []),
            ...kindRows(item.kind, item.fields, personName).map((r) => ({
              key: r.key,
              label: r.label,
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.value}</span>,
            })),
          ]}
        />
        {item.description && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8, marginBottom: 0 }} data-testid="item-description">
            {item.description}
          </Typography.Paragraph>
        )}
      </Card>
      <ItemFiles
        itemId={item.id}
        canUpload={item.status !== 'closed' && (item.can.update || item.can.close)}
        canRemove={item.status !== 'closed'}
        onChange={() => void q.refetch()}
        purposes={item.kind === 'research_topic' ? FILE_PURPOSES : undefined}
      />
      <FoundItems parentItemId={item.id} />
      <ItemLinks item={item} />
      <History item={item} names={names} />
      {ledger.data && <ItemDrawer ledger={ledger.data} item={item} open={editing} onClose={() => setEditing(false)} onReload={() => q.refetch()} />}
    </Space>
  );
}
