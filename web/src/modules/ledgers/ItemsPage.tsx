// /ledger-items — items across lists in the user's subtrees (e.g. "my unit's items"): the same filters as a
// list's items plus the kind (and a list, from the figures page's links), sorted by deadline.
import { Alert, Card, Flex, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { ItemsExportButton } from './ItemsExportButton';
import { ItemsFilters, ItemsTable } from './ItemsTable';
import { useItems, useLedger } from './ledgers.api';
import { useItemsParams } from './ledgers.url';

export default function ItemsPage() {
  const t = useT();
  const [params, update] = useItemsParams();
  const items = useItems(params);
  const ledger = useLedger(params.ledgerId ?? 0);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="items-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('itemsPage.title')}
        </Typography.Title>
        <Link to="/ledgers">{t('itemsPage.toLedgers')}</Link>
      </Flex>
      {params.ledgerId && (
        <Alert
          type="info"
          showIcon
          title={t('itemsPage.inLedger', { title: ledger.data?.title ?? String(params.ledgerId) })}
          action={<a onClick={() => update({ ledgerId: undefined })}>{t('itemsPage.allLedgers')}</a>}
        />
      )}
      <Card size="small">
        <Flex gap={8} wrap align="start" justify="space-between">
          <ItemsFilters params={params} onChange={update} showKind />
          <ItemsExportButton filters={params} />
        </Flex>
      </Card>
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <ItemsTable params={params} data={items.data} loading={items.isFetching} onChange={update} showKind />
      )}
    </Space>
  );
}
