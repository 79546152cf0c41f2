// 附件: a record's files — upload (with progress), download, remove. The server checks the content.
import { App, Button, Card, Empty, List, Popconfirm, Progress, Typography, Upload, type UploadFile } from 'antd';
import { DeleteOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RECORD_FILE_EXTENSIONS, type RecordDetail, type RecordFileView } from '@xianfeng/shared/schemas/records';
import { useShowError } from '../../app/errors';
import { useFormat, useLocale, useT } from '../../app/i18n';
import { downloadFile } from '../people/download';
import { recordKeys, removeFile } from './records.api';
import { inZone } from './time';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = RECORD_FILE_EXTENSIONS.map((e) => `.${e}`).join(',');

const sizeText = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

export function RecordFiles({ record }: { record: RecordDetail }) {
  const t = useT();
  const fmt = useFormat();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [busy, setBusy] = useState<number | null>(null);
  const [uploads, setUploads] = useState<UploadFile[]>([]);
  const refresh = () => client.invalidateQueries({ queryKey: recordKeys.detail(record.id) });

  const download = async (f: RecordFileView) => {
    setBusy(f.id);
    try {
      await downloadFile(`/records/${record.id}/files/${f.id}`, undefined, f.fileName);
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };
  const remove = async (f: RecordFileView) => {
    try {
      await removeFile(record.id, f.id);
      void message.success(t('recordPage.fileRemoved'));
      await refresh();
    } catch (err) {
      showError(err);
    }
  };

  return (
    <Card
      size="small"
      title={t('recordPage.files', { count: record.files.length })}
      extra={
        record.can.write && (
          <Upload
            name="file"
            action={`/api/records/${record.id}/files`}
            withCredentials
            headers={{ 'Accept-Language': locale }}
            accept={ACCEPT}
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              if (file.size <= MAX_BYTES) return true;
              void message.error(t('recordPage.fileTooLarge', { name: file.name }));
              return Upload.LIST_IGNORE;
            }}
            onChange={({ file, fileList }) => {
              setUploads(fileList.filter((f) => f.status === 'uploading'));
              if (file.status === 'done') {
                void message.success(t('recordPage.fileUploaded', { name: file.name }));
                void refresh();
              } else if (file.status === 'error') {
                const reason = (file.response as { message?: string } | undefined)?.message ?? file.error?.message ?? '';
                void message.error(t('recordPage.fileFailed', { name: file.name, reason }));
              }
            }}
          >
            <Button data-testid="record-upload" icon={<UploadOutlined />}>
              {t('recordPage.upload')}
            </Button>
          </Upload>
        )
      }
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('recordPage.fileHint')}
      </Typography.Text>
      {uploads.map((f) => (
        <div key={f.uid} data-testid="record-upload-progress">
          <Typography.Text style={{ fontSize: 12 }}>{f.name}</Typography.Text>
          <Progress percent={Math.round(f.percent ?? 0)} size="small" />
        </div>
      ))}
      <List
        data-testid="record-files"
        size="small"
        dataSource={record.files}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('recordPage.noFiles')} /> }}
        renderItem={(f) => (
          <List.Item
            actions={[
              <Button
                key="dl"
                type="link"
                size="small"
                icon={<DownloadOutlined />}
                loading={busy === f.id}
                onClick={() => void download(f)}
                aria-label={t('recordPage.download')}
              />,
              record.can.write && (
                <Popconfirm
                  key="rm"
                  title={t('recordPage.removeFileConfirm', { name: f.fileName })}
                  onConfirm={() => void remove(f)}
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                >
                  <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('recordPage.removeFile')} />
                </Popconfirm>
              ),
            ].filter(Boolean)}
          >
            <List.Item.Meta
              avatar={<PaperClipOutlined />}
              title={f.fileName}
              description={`${sizeText(f.size)} · ${inZone(f.uploadedAt).format(`${fmt.dateFormat} HH:mm`)}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
