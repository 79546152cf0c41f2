// 关联材料: link a document the campaign already holds for this unit (uploaded once, it may serve several
// assignments), or upload a new one and link it at once.
import { App, Button, Form, Input, List, Modal, Progress, Tabs, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AssignmentDetail, DocumentView } from '@xianfeng/shared/schemas/campaigns';
import { useShowError } from '../../../app/errors';
import { useLocale, useT } from '../../../app/i18n';
import { inZone } from '../../records/time';
import { useEvidenceMutations } from '../assignments.api';
import { campaignKeys, documentsUploadUrl, useDocuments } from '../campaigns.api';
import { uploadForm } from '../upload';

function Existing({ a }: { a: AssignmentDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const docs = useDocuments(a.campaignId, { orgId: a.orgId, q: q || undefined, page, pageSize: 10 });
  const { link } = useEvidenceMutations(a.id);
  const linked = new Set(a.documents.map((d) => d.id));
  return (
    <>
      <Input.Search allowClear placeholder={t('assignmentPage.searchTitle')} onSearch={(v) => (setQ(v), setPage(1))} style={{ marginBottom: 8 }} />
      <List
        data-testid="link-document-list"
        loading={docs.isFetching}
        dataSource={docs.data?.items ?? []}
        pagination={(docs.data?.total ?? 0) > 10 ? { current: page, pageSize: 10, total: docs.data?.total, onChange: setPage, size: 'small' } : false}
        renderItem={(d) => (
          <List.Item
            actions={[
              linked.has(d.id) ? (
                <Tag key="in" color="success">
                  {t('assignmentPage.linkedTag')}
                </Tag>
              ) : (
                <Button
                  key="link"
                  size="small"
                  data-testid={`link-document-${d.id}`}
                  onClick={() =>
                    link.mutate({ documentId: d.id }, { onSuccess: () => void message.success(t('assignmentPage.linked')), onError: (e) => showError(e) })
                  }
                >
                  {t('assignmentPage.link')}
                </Button>
              ),
            ]}
          >
            <List.Item.Meta title={d.title} description={`${d.fileName} · ${d.orgName} · ${inZone(d.uploadedAt).format('YYYY-MM-DD')}`} />
          </List.Item>
        )}
      />
    </>
  );
}

function UploadNew({ a, onDone }: { a: AssignmentDetail; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<{ title: string }>();
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const { link } = useEvidenceMutations(a.id);

  const submit = async ({ title }: { title: string }) => {
    if (!file) return void message.error(t('assignmentPage.fileRequired'));
    setPercent(0);
    try {
      // The fields before the file, so the server has them when the file streams in.
      const body = new FormData();
      body.append('orgId', String(a.orgId));
      body.append('title', title.trim());
      body.append('file', file, file.name);
      const doc = await uploadForm<DocumentView>(documentsUploadUrl(a.campaignId), body, locale, setPercent);
      void client.invalidateQueries({ queryKey: campaignKeys.documents(a.campaignId) });
      await link.mutateAsync({ documentId: doc.id });
      void message.success(t('assignmentPage.uploaded'));
      form.resetFields();
      setFile(null);
      onDone();
    } catch (err) {
      showError(err, form);
    } finally {
      setPercent(null);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
      <Form.Item name="title" label={t('assignmentPage.docTitle')} rules={[{ required: true, whitespace: true, message: t('assignmentPage.docTitleRequired') }]}>
        <Input data-testid="upload-document-title" maxLength={200} />
      </Form.Item>
      <Form.Item label={t('assignmentPage.file')}>
        <Upload
          maxCount={1}
          beforeUpload={(f) => {
            setFile(f);
            if (!form.getFieldValue('title')) form.setFieldValue('title', f.name.replace(/\.[^.]+$/, ''));
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'f', name: file.name, status: 'done' }] : []}
        >
          <Button icon={<UploadOutlined />} data-testid="upload-document-file">
            {t('assignmentPage.chooseFile')}
          </Button>
        </Upload>
      </Form.Item>
      {percent !== null && <Progress percent={percent} size="small" />}
      <Button type="primary" htmlType="submit" loading={percent !== null} data-testid="upload-document-save">
        {t('assignmentPage.uploadAndLink')}
      </Button>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        {t('assignmentPage.uploadHint')}
      </Typography.Paragraph>
    </Form>
  );
}

export function LinkDocumentModal({ open, assignment, onClose }: { open: boolean; assignment: AssignmentDetail; onClose: () => void }) {
  const t = useT();
  return (
    <Modal open={open} title={t('assignmentPage.linkDocument')} onCancel={onClose} footer={null} width={680} destroyOnHidden>
      {open && (
        <Tabs
          items={[
            { key: 'existing', label: t('assignmentPage.existingDocs'), children: <Existing a={assignment} /> },
            { key: 'upload', label: t('assignmentPage.uploadNew'), children: <UploadNew a={assignment} onDone={onClose} /> },
          ]}
        />
      )}
    </Modal>
  );
}
