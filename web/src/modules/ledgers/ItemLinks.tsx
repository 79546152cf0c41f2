// 关联: the item's links to other items and to held records (组织生活记录) of the responsible unit's subtree;
// the responsible unit's staff and the list's owner add and remove them.
import { App, Button, Card, Empty, Input, List, Modal, Popconfirm, Tabs, Tag, Typography } from 'antd';
import { DeleteOutlined, LinkOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ItemDetail } from '@xianfeng/shared/schemas/ledgers';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { fetchRecord, recordKeys } from '../records/records.api';
import { useRecordChoices } from '../campaigns/tasks/recordChoices';
import { ItemStatusTag } from './LedgerTags';
import { addLink, fetchItem, fetchItems, ledgerKeys, removeLink, useInvalidateLedgers } from './ledgers.api';

type LinkView = ItemDetail['links'][number];

function LinkedTitle({ link }: { link: LinkView }) {
  const t = useT();
  const fmt = useFormat();
  const item = useQuery({ queryKey: ledgerKeys.item(link.linkedItemId ?? 0), queryFn: () => fetchItem(link.linkedItemId!), enabled: !!link.linkedItemId, retry: false });
  const record = useQuery({ queryKey: recordKeys.detail(link.recordId ?? 0), queryFn: () => fetchRecord(link.recordId!), enabled: !!link.recordId, retry: false });
  if (link.linkedItemId)
    return (
      <span>
        <Tag>{t('itemLinks.item')}</Tag>
        <Link to={`/ledger-items/${link.linkedItemId}`}>{item.data?.title ?? t('itemLinks.itemN', { id: link.linkedItemId })}</Link>
        {item.data && <ItemStatusTag status={item.data.status} />}
      </span>
    );
  return (
    <span>
      <Tag color="blue">{t('itemLinks.record')}</Tag>
      <Link to={`/records/${link.recordId}`}>{record.data?.topic ?? t('itemLinks.recordN', { id: link.recordId ?? 0 })}</Link>
      {record.data && <Typography.Text type="secondary"> · {fmt.date(record.data.heldOn)}</Typography.Text>}
    </span>
  );
}

function AddLinkModal({ item, open, onClose }: { item: ItemDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const invalidate = useInvalidateLedgers();
  const [q, setQ] = useState('');
  const [topic, setTopic] = useState('');
  const itemsParams = { q: q || undefined, page: 1, pageSize: 20 };
  const items = useQuery({
    queryKey: ledgerKeys.items(itemsParams),
    queryFn: () => fetchItems(itemsParams),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const records = useRecordChoices(open ? item.responsibleOrgId : null, { q: topic });
  const linked = new Set(item.links.map((l) => (l.linkedItemId ? `i${l.linkedItemId}` : `r${l.recordId}`)));
  const add = useMutation({
    mutationFn: (body: { linkedItemId?: number; recordId?: number }) => addLink(item.id, body),
    onSuccess: async () => {
      void message.success(t('itemLinks.added'));
      await invalidate();
    },
    onError: (e) => showError(e),
  });
  const button = (key: string, body: { linkedItemId?: number; recordId?: number }) =>
    linked.has(key) ? (
      <Tag key="in" color="success">
        {t('itemLinks.linked')}
      </Tag>
    ) : (
      <Button key="add" size="small" data-testid={`link-add-${key}`} loading={add.isPending && add.variables === body} onClick={() => add.mutate(body)}>
        {t('itemLinks.link')}
      </Button>
    );

  return (
    <Modal open={open} title={t('itemLinks.add')} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Tabs
        items={[
          {
            key: 'items',
            label: t('itemLinks.items'),
            children: (
              <>
                <Input.Search allowClear placeholder={t('itemLinks.searchItems')} onSearch={(v) => setQ(v.trim())} style={{ marginBottom: 8 }} />
                <List
                  data-testid="link-items"
                  loading={items.isFetching}
                  dataSource={(items.data?.items ?? []).filter((i) => i.id !== item.id)}
                  renderItem={(i) => (
                    <List.Item actions={[button(`i${i.id}`, { linkedItemId: i.id })]}>
                      <List.Item.Meta title={i.title} description={`${i.responsibleName} · ${i.deadline ? fmt.date(i.deadline) : ''}`} />
                    </List.Item>
                  )}
                />
              </>
            ),
          },
          {
            key: 'records',
            label: t('itemLinks.records'),
            children: (
              <>
                <Input.Search allowClear placeholder={t('itemLinks.searchRecords')} onSearch={(v) => setTopic(v.trim())} style={{ marginBottom: 8 }} />
                <List
                  data-testid="link-records"
                  loading={records.isFetching}
                  dataSource={records.data?.items ?? []}
                  renderItem={(r) => (
                    <List.Item actions={[button(`r${r.id}`, { recordId: r.id })]}>
                      <List.Item.Meta title={r.topic} description={`${fmt.date(r.heldOn)} · ${r.orgName}`} />
                    </List.Item>
                  )}
                />
              </>
            ),
          },
        ]}
      />
    </Modal>
  );
}

export function ItemLinks({ item }: { item: ItemDetail }) {
  const t = useT();
  const showError = useShowError();
  const invalidate = useInvalidateLedgers();
  const [adding, setAdding] = useState(false);
  const editable = item.can.update || item.can.manage;
  const remove = useMutation({
    mutationFn: (linkId: number) => removeLink(item.id, linkId),
    onSuccess: () => invalidate(),
    onError: (e) => showError(e),
  });
  return (
    <Card
      size="small"
      title={t('itemLinks.title')}
      data-testid="item-links"
      extra={
        editable && (
          <Button size="small" icon={<LinkOutlined />} data-testid="link-open" onClick={() => setAdding(true)}>
            {t('itemLinks.add')}
          </Button>
        )
      }
    >
      {item.links.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('itemLinks.none')} />
      ) : (
        <List
          size="small"
          dataSource={item.links}
          renderItem={(l) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Popconfirm key="rm" title={t('itemLinks.removeConfirm')} onConfirm={() => remove.mutate(l.id)}>
                        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('itemLinks.remove')} />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <LinkedTitle link={l} />
            </List.Item>
          )}
        />
      )}
      <AddLinkModal item={item} open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}
