// 批量转接: the selected people move to one node on one date, all or none; a refusal lists each
// person who cannot move and why (a split, 分设, is a new branch followed by this).
import { Alert, App, DatePicker, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { MAX_BULK_TRANSFER, type PersonSummary } from '@xianfeng/shared/schemas/people';
import { OrgPicker } from '../../app/OrgPicker';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { fromDay, isFuture } from './dates';
import { bulkTransfer } from './people.api';
import { type Refused, TransferRefusals, refusedOf } from './TransferRefusals';

interface Values {
  toOrgId: number | null;
  effectiveOn: Dayjs;
  reason?: string;
}

interface Props {
  open: boolean;
  people: PersonSummary[];
  onClose: () => void;
  onDone: () => void;
}

export function BulkTransferModal({ open, people, onClose, onDone }: Props) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<Refused | null>(null);
  const tooMany = people.length > MAX_BULK_TRANSFER;

  const mutation = useMutation({
    mutationFn: (v: Values) =>
      bulkTransfer({
        personIds: people.map((p) => p.id),
        toOrgId: v.toOrgId!,
        effectiveOn: fromDay(v.effectiveOn)!,
        reason: v.reason?.trim() || null,
      }),
    onMutate: () => setRefused(null),
    onSuccess: async (result) => {
      void message.success(t('bulkTransfer.done', { count: fmt.number(result.transferred) }));
      await Promise.all([['people'], ['orgs'], ['audit']].map((queryKey) => client.invalidateQueries({ queryKey })));
      form.resetFields();
      onDone();
    },
    onError: (err) => {
      const r = refusedOf(err);
      if (r) setRefused(r);
      else showError(err, form);
    },
  });

  return (
    <Modal
      open={open}
      title={t('bulkTransfer.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      okButtonProps={{ disabled: tooMany || people.length === 0, 'data-testid': 'bulk-transfer-ok' } as ButtonProps}
      destroyOnHidden
    >
      <TransferRefusals refused={refused} />
      {tooMany && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('bulkTransfer.tooMany', { max: MAX_BULK_TRANSFER })} />
      )}
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('bulkTransfer.hint')} />
      <Typography.Paragraph data-testid="bulk-transfer-people" ellipsis={{ rows: 3, expandable: true }}>
        <Typography.Text strong>{t('bulkTransfer.selected', { count: fmt.number(people.length) })}</Typography.Text>
        {'：'}
        {people.map((p) => p.name).join(t('roster.sep'))}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ toOrgId: null, effectiveOn: dayjs() }}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Form.Item
          name="toOrgId"
          label={t('bulkTransfer.target')}
          rules={[{ required: true, message: t('personPage.toOrgRequired') }]}
        >
          <OrgPicker data-testid="bulk-transfer-target" isDisabled={(o) => !!o.dissolvedOn} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('bulkTransfer.date')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker format={fmt.dateFormat} disabledDate={isFuture} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('bulkTransfer.reason')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
