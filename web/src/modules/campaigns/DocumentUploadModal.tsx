// 上传材料: title, node and file, sent as one multipart request with its progress shown.
import { App, Button, Form, Input, Modal, Progress, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CampaignDetail, DocumentView } from '@xianfeng/shared/schemas/campaigns';
import { RECORD_FILE_EXTENSIONS, RECORD_FILE_MAX_MB } from '@xianfeng/shared/schemas/records';
import { useShowError } from '../../app/errors';
import { useLocale, useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { campaignKeys, documentsUploadUrl } from './campaigns.api';
import { SubtreePicker } from './SubtreePicker';
import { uploadForm } from './upload';

const ACCEPT = RECORD_FILE_EXTENSIONS.map((e) => `.${e}`).join(',');

interface Values {
  title?: string;
  orgId?: number | null;
}

interface Props {
  campaign: CampaignDetail;
  open: boolean;
  onClose: () => void;
  /** Told of the new document (e.g. to link it to an assignment). */
  onUploaded?: (doc: DocumentView) => void;
  /** The node to upload for, when the caller fixes it. */
  orgId?: number;
}

export function DocumentUploadModal({ campaign, open, onClose, onUploaded, orgId }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const { nodeId } = useCurrentNode();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ orgId: orgId ?? nodeId });
    setFile(null);
    setPercent(null);
  }, [open, form, orgId, nodeId]);

  const send = async (v: Values) => {
    if (!file) return void message.warning(t('campaignDocs.fileRequired'));
    const body = new FormData();
    body.append('orgId', String(v.orgId));
    body.append('title', (v.title ?? '').trim());
    body.append('file', file, file.name);
    setPercent(0);
    try {
      const doc = await uploadForm<DocumentView>(documentsUploadUrl(campaign.id), body, locale, setPercent);
      void message.success(t('campaignDocs.uploaded', { name: doc.title }));
      await client.invalidateQueries({ queryKey: campaignKeys.documents(campaign.id) });
      onUploaded?.(doc);
      onClose();
    } catch (err) {
      setPercent(null);
      showError(err, form);
    }
  };
  const busy = percent !== null;

  return (
    <Modal
      open={open}
      title={t('campaignDocs.uploadTitle')}
      okText={t('campaignDocs.upload')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'document-upload-ok' }}
      confirmLoading={busy}
      cancelButtonProps={{ disabled: busy }}
      closable={!busy}
      maskClosable={false}
      onOk={() => form.submit()}
      onCancel={() => !busy && onClose()}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void send(v)}>
        <Form.Item name="orgId" label={t('campaignDocs.org')} rules={[{ required: true, message: t('common.required') }]}>
          <SubtreePicker data-testid="document-org" rootId={campaign.ownerOrgId} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('campaignDocs.file')} required>
          <Upload
            accept={ACCEPT}
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              if (f.size > RECORD_FILE_MAX_MB * 1024 * 1024) {
                void message.error(t('campaignDocs.tooLarge', { name: f.name, max: RECORD_FILE_MAX_MB }));
                return Upload.LIST_IGNORE;
              }
              setFile(f);
              // The title defaults to the file's name without its extension.
              if (!form.getFieldValue('title')) form.setFieldValue('title', f.name.replace(/\.[^.]+$/, ''));
              return false;
            }}
          >
            <Button data-testid="document-file" icon={<UploadOutlined />} disabled={busy}>
              {t('campaignDocs.pickFile')}
            </Button>
          </Upload>
          {file && (
            <Typography.Text data-testid="document-file-name" style={{ marginInlineStart: 8 }}>
              <PaperClipOutlined /> {file.name}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
            {t('campaignDocs.fileHint', { max: RECORD_FILE_MAX_MB })}
          </Typography.Text>
        </Form.Item>
        <Form.Item
          name="title"
          label={t('campaignDocs.title')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input data-testid="document-title" maxLength={200} />
        </Form.Item>
        {busy && <Progress data-testid="document-upload-progress" percent={percent} size="small" />}
      </Form>
    </Modal>
  );
}
