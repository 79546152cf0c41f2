// 传达: whether each child of the viewed node acknowledged the campaign (已传达, with the day) or not (未传达);
// the viewed node's own staff acknowledge it for their node (date + note).
import { Card, Empty, Flex, Grid, List, Space, Table, Tag, Typography } from 'antd';
import type { CampaignDetail, ReceiptView } from '@xianfeng/shared/schemas/campaigns';
import { useMe } from '../../../app/auth';
import { QueryError } from '../../../app/errors';
import { useFormat, useT } from '../../../app/i18n';
import { useOrg } from '../../orgs/orgs.api';
import { AcknowledgeForm } from './AcknowledgeForm';
import { CampaignNodePicker, canWriteAt, useCampaignNode } from './campaignNode';
import { useReceipts } from './progress.api';

function ReceiptTag({ r }: { r: Pick<ReceiptView, 'acknowledgedOn'> }) {
  const t = useT();
  const fmt = useFormat();
  return r.acknowledgedOn ? (
    <Tag color="success">{t('receiptsTab.acknowledgedOn', { date: fmt.date(r.acknowledgedOn) })}</Tag>
  ) : (
    <Tag color="default">{t('receiptsTab.notYet')}</Tag>
  );
}

export function ReceiptsTab({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const me = useMe();
  const narrow = Grid.useBreakpoint().md === false;
  const { orgId, setOrgId } = useCampaignNode(campaign);
  const launched = campaign.status !== 'draft';
  const receipts = useReceipts(campaign.id, orgId, launched && !!orgId);
  const org = useOrg(orgId);
  // The server lists the viewed node's own receipt beside its children's (none at the owner).
  const own = org.data && org.data.id !== campaign.ownerOrgId ? org.data : null;
  const mine = receipts.data?.self;
  const rows = receipts.data?.children ?? [];
  const done = rows.filter((r) => r.acknowledgedOn).length;

  if (!launched) return <Empty description={t('overview.draft')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <CampaignNodePicker testId="receipts-org" campaign={campaign} value={orgId} onChange={setOrgId} style={{ width: narrow ? '100%' : 300 }} />
      {own && (
        <Card size="small" title={t('receiptsTab.own', { name: own.name })} data-testid="receipts-own">
          {mine?.acknowledgedOn ? (
            <Space>
              <ReceiptTag r={mine} />
              {mine.note && <Typography.Text type="secondary">{mine.note}</Typography.Text>}
            </Space>
          ) : canWriteAt(me, own.path) ? (
            <AcknowledgeForm campaignId={campaign.id} orgId={own.id} launchedAt={campaign.launchedAt} />
          ) : (
            <ReceiptTag r={{ acknowledgedOn: null }} />
          )}
        </Card>
      )}
      {receipts.isError && <QueryError error={receipts.error} onRetry={() => void receipts.refetch()} />}
      <Card
        size="small"
        title={t('receiptsTab.children')}
        extra={rows.length > 0 && <span data-testid="receipts-count">{t('receiptsTab.count', { done, of: rows.length })}</span>}
      >
        {narrow ? (
          <List
            data-testid="receipts-list"
            loading={receipts.isFetching}
            dataSource={rows}
            locale={{ emptyText: <Empty description={t('receiptsTab.empty')} /> }}
            renderItem={(r) => (
              <List.Item>
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8}>
                    <span>{r.orgName}</span>
                    <ReceiptTag r={r} />
                  </Flex>
                  {r.note && <Typography.Text type="secondary">{r.note}</Typography.Text>}
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<ReceiptView>
            data-testid="receipts-list"
            rowKey="orgId"
            size="small"
            loading={receipts.isFetching}
            dataSource={rows}
            pagination={rows.length > 50 ? { pageSize: 50, size: 'small' } : false}
            locale={{ emptyText: <Empty description={t('receiptsTab.empty')} /> }}
            columns={[
              { key: 'org', title: t('receiptsTab.col.org'), render: (_, r) => r.orgName },
              { key: 'state', title: t('receiptsTab.col.state'), width: 200, render: (_, r) => <ReceiptTag r={r} /> },
              { key: 'note', title: t('receiptsTab.col.note'), render: (_, r) => r.note ?? '' },
            ]}
          />
        )}
      </Card>
    </Space>
  );
}
