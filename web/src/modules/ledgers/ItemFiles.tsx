// 事项材料: an item's files — list, download, upload (one multipart request per file, with its progress) and remove.
// Files backing a 申请销号 are marked and cannot be removed; the server decides per file (canRemove).
import { App, Button, Card, Empty, List, Popconfirm, Progress, Space, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Page } from '@xianfeng/shared/schemas/common';
import type { FilePurpose, ItemFileView } from '@xianfeng/shared/schemas/ledgerFiles';
import { RECORD_FILE_EXTENSIONS, RECORD_FILE_MAX_MB } from '@xianfeng/shared/schemas/records';
import { api, withQuery } from '../../app/api';
import { QueryError, useShowError } from '../../app/errors';
import { useFormat, useLocale, useT } from '../../app/i18n';
import { uploadForm } from '../campaigns/upload';
import { downloadFile } from '../people/download';
import { inZone } from '../records/time';

const ACCEPT = RECORD_FILE_EXTENSIONS.map((e) => `.${e}`).join(',');

/** Under the item's key: invalidating the item refreshes its files too. */
export const itemFilesKey = (itemId: number) => ['ledgers', 'item', itemId, 'files'] as const;
const fetchFiles = (itemId: number) => api.get<Page<ItemFileView>>(`/ledger-items/${itemId}/files`, { pageSize: 200 });
const filePath = (itemId: number, fileId: number) => `/ledger-items/${itemId}/files/${fileId}`;

const sizeText = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

interface Props {
  itemId: number;
  /** The caller may add files (the item's can.update or can.close, and it is not closed). */
  canUpload: boolean;
  /** The caller may remove files at all; each file's own canRemove decides too. */
  canRemove: boolean;
  /** Told after an upload or a removal (e.g. to refresh the item). */
  onChange?: () => void;
  /** Files with a purpose this item keeps (a research topic: 调研报告, A3 报告), each with its own upload button. */
  purposes?: readonly FilePurpose[];
}

export function ItemFiles({ itemId, canUpload, canRemove, onChange, purposes = [] }: Props) {
  const t = useT();
  const fmt = useFormat();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const files = useQuery({ queryKey: itemFilesKey(itemId), queryFn: () => fetchFiles(itemId) });
  const [uploading, setUploading] = useState<{ name: string; percent: number } | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const changed = async () => {
    await client.invalidateQueries({ queryKey: itemFilesKey(itemId) });
    onChange?.();
  };

  const send = async (file: File, purpose?: FilePurpose) => {
    const body = new FormData();
    body.append('file', file, file.name);
    setUploading({ name: file.name, percent: 0 });
    try {
      const saved = await uploadForm<ItemFileView>(withQuery(`/api/ledger-items/${itemId}/files`, { purpose }), body, locale, (percent) =>
        setUploading({ name: file.name, percent }),
      );
      void message.success(t('itemFiles.uploaded', { name: saved.fileName }));
      await changed();
    } catch (err) {
      showError(err);
    } finally {
      setUploading(null);
    }
  };

  const download = async (f: ItemFileView) => {
    setBusy(f.id);
    try {
      await downloadFile(filePath(itemId, f.id), undefined, f.fileName);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };

  const remove = async (f: ItemFileView) => {
    setBusy(f.id);
    try {
      await api.delete<unknown>(filePath(itemId, f.id));
      void message.success(t('itemFiles.removed'));
      await changed();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };

  const uploadButton = (purpose?: FilePurpose) => (
    <Upload
      key={purpose ?? 'any'}
      accept={ACCEPT}
      multiple={false}
      showUploadList={false}
      disabled={uploading !== null}
      beforeUpload={(f) => {
        if (f.size > RECORD_FILE_MAX_MB * 1024 * 1024) {
          void message.error(t('itemFiles.tooLarge', { name: f.name, max: RECORD_FILE_MAX_MB }));
          return Upload.LIST_IGNORE;
        }
        void send(f, purpose);
        return false;
      }}
    >
      <Button
        size="small"
        icon={<UploadOutlined />}
        loading={uploading !== null}
        data-testid={purpose ? `item-file-upload-${purpose}` : 'item-file-upload'}
      >
        {purpose ? t('itemFiles.uploadFor', { purpose: t(`filePurpose.${purpose}`) }) : t('itemFiles.upload')}
      </Button>
    </Upload>
  );
  const upload = canUpload && (
    <Space size={4} wrap>
      {purposes.map((p) => uploadButton(p))}
      {uploadButton()}
    </Space>
  );

  return (
    <Card size="small" title={t('itemFiles.title')} extra={upload} data-testid="item-files">
      {files.error ? (
        <QueryError error={files.error} onRetry={() => void files.refetch()} />
      ) : (
        <>
          {uploading && (
            <div data-testid="item-file-progress" style={{ marginBottom: 8 }}>
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: '100%' }}>
                <PaperClipOutlined /> {uploading.name}
              </Typography.Text>
              <Progress percent={uploading.percent} size="small" />
            </div>
          )}
          <List<ItemFileView>
            size="small"
            loading={files.isLoading}
            dataSource={files.data?.items ?? []}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('itemFiles.empty')} /> }}
            renderItem={(f) => (
              <List.Item
                data-testid={`item-file-${f.id}`}
                style={{ paddingInline: 0, flexWrap: 'nowrap', alignItems: 'flex-start' }}
                actions={[
                  <Button
                    key="download"
                    type="link"
                    size="small"
                    icon={<DownloadOutlined />}
                    loading={busy === f.id}
                    aria-label={t('itemFiles.download')}
                    title={t('itemFiles.download')}
                    onClick={() => void download(f)}
                  />,
                  ...(canRemove && f.canRemove
                    ? [
                        <Popconfirm
                          key="remove"
                          title={t('itemFiles.removeConfirm', { name: f.fileName })}
                          okText={t('itemFiles.remove')}
                          cancelText={t('common.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => remove(f)}
                        >
                          <Button
                            type="link"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('itemFiles.remove')}
                            title={t('itemFiles.remove')}
                            data-testid={`item-file-remove-${f.id}`}
                          />
                        </Popconfirm>,
                      ]
                    : []),
                ]}
              >
                <List.Item.Meta
                  style={{ minWidth: 0 }}
                  title={
                    <Space size={4} wrap>
                      <Typography.Link onClick={() => void download(f)} style={{ wordBreak: 'break-all' }}>
                        {f.fileName}
                      </Typography.Link>
                      {f.purpose && (
                        <Tag color="gold" data-testid={`item-file-purpose-${f.id}`}>
                          {t(`filePurpose.${f.purpose}`)}
                        </Tag>
                      )}
                      {f.updateId !== null && (
                        <Tag color="blue" data-testid={`item-file-evidence-${f.id}`}>
                          {t('itemFiles.backsRequest')}
                        </Tag>
                      )}
                    </Space>
                  }
                  description={
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {sizeText(f.size)} ·{' '}
                      {t('itemFiles.uploadedBy', {
                        name: f.uploadedByName ?? '—',
                        at: inZone(f.uploadedAt).format(`${fmt.dateFormat} HH:mm`),
                      })}
                    </Typography.Text>
                  }
                />
              </List.Item>
            )}
          />
          {canUpload && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
              {t('itemFiles.hint', { max: RECORD_FILE_MAX_MB })}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}
