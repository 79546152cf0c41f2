// 材料: the campaign's documents in the user's scope — by node and title, paged; upload, download, remove.
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  List,
  Pagination,
  Popconfirm,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { CampaignDetail, DocumentView } from '@xianfeng/shared/schemas/campaigns';
import { canAnywhere } from '../../app/access';
import { useAuth } from '../../app/auth';
import { QueryError, useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { downloadFile } from '../people/download';
import { inZone } from '../records/time';
import { campaignKeys, documentFilePath, removeDocument, useDocuments, type DocumentsParams } from './campaigns.api';
import { DocumentUploadModal } from './DocumentUploadModal';
import { SubtreePicker } from './SubtreePicker';

export const sizeText = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

export function DocumentsTab({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const fmt = useFormat();
  const { me } = useAuth();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const phone = Grid.useBreakpoint().md === false;
  const [params, setParams] = useState<DocumentsParams>({ page: 1, pageSize: 20 });
  const [uploading, setUploading] = useState(false);
  const [busy, setBusy] = useState<number | null>(null);
  const docs = useDocuments(campaign.id, params);
  const mayWrite = canAnywhere(me, 'campaign.write') || canAnywhere(me, 'record.write');
  const filter = (change: Partial<DocumentsParams>) => setParams((p) => ({ ...p, ...change, page: 1 }));

  const download = async (d: DocumentView) => {
    setBusy(d.id);
    try {
      await downloadFile(documentFilePath(d.id), undefined, d.fileName);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };
  const remove = async (d: DocumentView) => {
    try {
      await removeDocument(d.id);
      void message.success(t('campaignDocs.removed'));
      await client.invalidateQueries({ queryKey: campaignKeys.documents(campaign.id) });
    } catch (err) {
      showError(err);
    }
  };
  const ops = (d: DocumentView) => (
    <Space size={0}>
      <Button
        type="link"
        size="small"
        icon={<DownloadOutlined />}
        loading={busy === d.id}
        aria-label={t('campaignDocs.download')}
        onClick={() => void download(d)}
      />
      {mayWrite && (
        <Popconfirm
          title={t(d.usedBy > 0 ? 'campaignDocs.removeUsed' : 'campaignDocs.removeConfirm', { name: d.title, count: d.usedBy })}
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          onConfirm={() => void remove(d)}
        >
          <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('campaignDocs.remove')} />
        </Popconfirm>
      )}
    </Space>
  );
  const when = (d: DocumentView) => inZone(d.uploadedAt).format(`${fmt.dateFormat} HH:mm`);
  const used = (d: DocumentView) => (d.usedBy > 0 ? t('campaignDocs.usedBy', { count: d.usedBy }) : '');
  const showTotal = (total: number) => t('campaignDocs.total', { count: fmt.number(total) });
  const empty = <Empty description={t('campaignDocs.empty')} />;

  const columns: TableProps<DocumentView>['columns'] = [
    { key: 'title', title: t('campaignDocs.title'), ellipsis: true, render: (_, d) => d.title },
    { key: 'org', title: t('campaignDocs.org'), width: 200, ellipsis: true, render: (_, d) => d.orgName },
    {
      key: 'file',
      title: t('campaignDocs.file'),
      width: 240,
      ellipsis: true,
      render: (_, d) => (
        <Typography.Text type="secondary" title={d.fileName}>
          {d.fileName} · {sizeText(d.size)}
        </Typography.Text>
      ),
    },
    { key: 'at', title: t('campaignDocs.uploadedAt'), width: 170, render: (_, d) => when(d) },
    { key: 'used', title: t('campaignDocs.used'), width: 110, render: (_, d) => used(d) },
    { key: 'ops', width: 90, render: (_, d) => ops(d) },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="documents-tab">
      <Flex justify="space-between" wrap gap={8}>
        <Flex wrap gap={8}>
          <SubtreePicker
            data-testid="documents-org"
            rootId={campaign.ownerOrgId}
            placeholder={t('campaignDocs.filterOrg')}
            style={{ width: 240 }}
            value={params.orgId ?? null}
            onChange={(orgId) => filter({ orgId: orgId ?? undefined })}
          />
          <Input.Search
            data-testid="documents-search"
            allowClear
            maxLength={100}
            style={{ width: 220 }}
            placeholder={t('campaignDocs.filterTitle')}
            onSearch={(q) => filter({ q: q.trim() || undefined })}
          />
        </Flex>
        {mayWrite && (
          <Button data-testid="document-upload" icon={<UploadOutlined />} onClick={() => setUploading(true)}>
            {t('campaignDocs.upload')}
          </Button>
        )}
      </Flex>
      {docs.isError ? (
        <QueryError error={docs.error} onRetry={() => void docs.refetch()} />
      ) : phone ? (
        <div data-testid="documents">
          <List
            loading={docs.isFetching}
            dataSource={docs.data?.items ?? []}
            locale={{ emptyText: empty }}
            renderItem={(d) => (
              <List.Item style={{ padding: '4px 0', border: 'none' }}>
                <Card size="small" style={{ width: '100%' }} title={d.title} extra={ops(d)}>
                  <Typography.Text style={{ display: 'block' }}>{d.orgName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block' }}>
                    {d.fileName} · {sizeText(d.size)}
                  </Typography.Text>
                  <Typography.Text type="secondary">{[when(d), used(d)].filter(Boolean).join(' · ')}</Typography.Text>
                </Card>
              </List.Item>
            )}
          />
          <Pagination
            size="small"
            style={{ marginTop: 8, textAlign: 'center' }}
            current={params.page}
            pageSize={params.pageSize}
            total={docs.data?.total ?? 0}
            showTotal={showTotal}
            showSizeChanger={false}
            onChange={(page) => setParams((p) => ({ ...p, page }))}
          />
        </div>
      ) : (
        <Table<DocumentView>
          data-testid="documents"
          rowKey="id"
          size="small"
          loading={docs.isFetching}
          columns={columns}
          dataSource={docs.data?.items ?? []}
          scroll={{ x: 900 }}
          locale={{ emptyText: empty }}
          onChange={(p) => setParams((x) => ({ ...x, page: p.current ?? 1, pageSize: p.pageSize ?? x.pageSize }))}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: docs.data?.total ?? 0,
            showTotal,
            showSizeChanger: true,
          }}
        />
      )}
      <DocumentUploadModal campaign={campaign} open={uploading} onClose={() => setUploading(false)} />
    </Space>
  );
}
