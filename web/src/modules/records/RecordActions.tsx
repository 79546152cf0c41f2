// The record page's buttons: edit, cancel, lock / unlock, export .docx, check-in.
import { App, Button, Dropdown, Form, Input, Modal, Space } from 'antd';
import {
  EditOutlined,
  FileWordOutlined,
  LockOutlined,
  MoreOutlined,
  QrcodeOutlined,
  StopOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RecordDetail } from '@xianfeng/shared/schemas/records';
import { isVersionConflict } from '../../app/api';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { downloadFile } from '../people/download';
import { cancelRecord, lockRecord, openCheckIn, recordKeys, unlockRecord } from './records.api';

type Dialog = 'cancel' | 'unlock' | null;

export function RecordActions({ record, phone }: { record: RecordDetail; phone: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm<{ reason?: string }>();
  const [exporting, setExporting] = useState(false);

  const act = useMutation({
    mutationFn: async ({ kind, reason }: { kind: 'cancel' | 'lock' | 'unlock' | 'checkIn'; reason?: string }) => {
      if (kind === 'cancel') return cancelRecord(record.id, record.version, reason || undefined);
      if (kind === 'lock') return lockRecord(record.id, record.version);
      if (kind === 'unlock') return unlockRecord(record.id, record.version, reason ?? '');
      return openCheckIn(record.id);
    },
    onSuccess: async (_, { kind }) => {
      setDialog(null);
      form.resetFields();
      await client.invalidateQueries({ queryKey: recordKeys.all });
      if (kind === 'checkIn') navigate(`/records/${record.id}/check-in`);
      else void message.success(t(`recordPage.done.${kind}`));
    },
    onError: (err) => {
      if (isVersionConflict(err)) {
        void message.warning(err.message);
        void client.invalidateQueries({ queryKey: recordKeys.detail(record.id) });
      } else showError(err, form);
    },
  });

  const exportDocx = async () => {
    setExporting(true);
    try {
      await downloadFile(`/records/${record.id}/export.docx`, undefined, `${record.topic}.docx`);
    } catch (err) {
      showError(err);
    } finally {
      setExporting(false);
    }
  };

  const live = record.status !== 'cancelled';
  const w = record.can.write && live;
  const buttons = [
    w && {
      key: 'edit',
      icon: <EditOutlined />,
      label: t('recordPage.edit'),
      onClick: () => navigate(`/records/${record.id}/edit`),
    },
    live &&
      record.can.manageCheckIn && {
        key: 'checkIn',
        icon: <QrcodeOutlined />,
        label: t(record.checkInOpen ? 'recordPage.showCheckIn' : 'recordPage.openCheckIn'),
        onClick: () => (record.checkInOpen ? navigate(`/records/${record.id}/check-in`) : act.mutate({ kind: 'checkIn' })),
      },
    {
      key: 'export',
      icon: <FileWordOutlined />,
      label: t('recordPage.export'),
      onClick: () => void exportDocx(),
      loading: exporting,
    },
    record.can.lock &&
      live &&
      !record.lockedAt && {
        key: 'lock',
        icon: <LockOutlined />,
        label: t('recordPage.lock'),
        onClick: () => act.mutate({ kind: 'lock' }),
      },
    record.can.lock &&
      record.lockedAt && {
        key: 'unlock',
        icon: <UnlockOutlined />,
        label: t('recordPage.unlock'),
        onClick: () => setDialog('unlock'),
      },
    w &&
      !record.lockedAt && {
        key: 'cancel',
        icon: <StopOutlined />,
        label: t('recordPage.cancel'),
        onClick: () => setDialog('cancel'),
        danger: true,
      },
  ].filter((b) => !!b);

  // On phones the first two show as buttons and the rest in a menu.
  const shown = phone ? buttons.slice(0, 2) : buttons;
  const more = phone ? buttons.slice(2) : [];

  return (
    <>
      <Space wrap>
        {shown.map((b) => (
          <Button
            key={b.key}
            data-testid={`record-${b.key}`}
            icon={b.icon}
            danger={'danger' in b && b.danger}
            loading={('loading' in b && b.loading) || (act.isPending && act.variables?.kind === b.key)}
            onClick={b.onClick}
          >
            {b.label}
          </Button>
        ))}
        {more.length > 0 && (
          <Dropdown
            menu={{
              items: more.map((b) => ({
                key: b.key,
                icon: b.icon,
                label: b.label,
                danger: 'danger' in b && b.danger,
                onClick: b.onClick,
              })),
            }}
            trigger={['click']}
          >
            <Button data-testid="record-more" icon={<MoreOutlined />} aria-label={t('recordPage.more')} />
          </Dropdown>
        )}
      </Space>
      <Modal
        open={dialog !== null}
        title={t(dialog === 'unlock' ? 'recordPage.unlockTitle' : 'recordPage.cancelTitle')}
        okText={t(dialog === 'unlock' ? 'recordPage.unlock' : 'recordPage.cancelConfirm')}
        okButtonProps={{ danger: dialog === 'cancel', 'data-testid': 'record-dialog-ok' }}
        cancelText={t('common.cancel')}
        confirmLoading={act.isPending}
        onCancel={() => setDialog(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => dialog && act.mutate({ kind: dialog, reason: v.reason?.trim() })}>
          <Form.Item
            name="reason"
            label={t(dialog === 'unlock' ? 'recordPage.unlockReason' : 'recordPage.cancelReason')}
            rules={dialog === 'unlock' ? [{ required: true, whitespace: true, message: t('recordPage.reasonRequired') }] : []}
          >
            <Input.TextArea data-testid="record-dialog-reason" autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
