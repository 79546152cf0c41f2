// The item's workflow buttons, as its `can` flags and status allow: 更新进展 (text and percent), 申请销号 (text and
// the evidence files), 销号 / 退回 (reason required), 申请延期 (new deadline and reason) / 批准延期, 重新打开 (reason
// required). Each step sends the version read; a 409 shows the conflict notice with a reload.
import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Slider, Space, Typography } from 'antd';
import { CheckOutlined, ClockCircleOutlined, FieldTimeOutlined, RiseOutlined, RollbackOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import type { ItemDetail } from '@xianfeng/shared/schemas/ledgers';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { ConflictNotice } from '../campaigns/ConflictNotice';
import { useConflict } from '../people/conflict';
import { ledgerKeys, takeStep, useInvalidateLedgers, type ItemStep } from './ledgers.api';
import { pendingExtension, REASON_STEPS, stepsOf } from './ledgers.helpers';

const ICONS: Record<ItemStep, ReactNode> = {
  progress: <RiseOutlined />,
  'request-close': <SendOutlined />,
  close: <CheckOutlined />,
  return: <RollbackOutlined />,
  'request-extension': <FieldTimeOutlined />,
  'approve-extension': <ClockCircleOutlined />,
  reopen: <UndoOutlined />,
};
const PRIMARY: ItemStep[] = ['request-close', 'close'];

interface Values {
  text?: string;
  percent?: number;
  reason?: string;
  newDeadline?: Dayjs;
  fileIds?: number[];
}

export function ItemActions({ item }: { item: ItemDetail }) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const invalidate = useInvalidateLedgers();
  const [step, setStep] = useState<ItemStep | null>(null);
  const [form] = Form.useForm<Values>();
  const { conflict, catchConflict, clear } = useConflict();
  const pending = pendingExtension(item.updates);
  // Files not yet backing a request: evidence for this one.
  const freeFiles = (item.files ?? []).filter((f) => f.updateId === null);

  const move = useMutation({
    mutationFn: ({ s, v }: { s: ItemStep; v: Values }) =>
      takeStep(item.id, s, item.version, {
        text: v.text?.trim() || undefined,
        percent: v.percent,
        reason: v.reason?.trim() || undefined,
        newDeadline: v.newDeadline?.format('YYYY-MM-DD'),
        ...(s === 'request-close' && v.fileIds?.length ? { fileIds: v.fileIds } : {}),
      }),
    onSuccess: async (detail, { s }) => {
      setStep(null);
      form.resetFields();
      client.setQueryData(ledgerKeys.item(item.id), detail);
      void message.success(t(`itemStep.done.${s}`));
      await invalidate();
    },
    onError: (err) => {
      if (catchConflict(err)) setStep(null);
      else showError(err, form);
    },
  });

  const steps = stepsOf(item);
  const open = (s: ItemStep) => {
    form.resetFields();
    form.setFieldsValue({ percent: item.progress, fileIds: freeFiles.map((f) => f.id) });
    setStep(s);
  };
  const needsReason = !!step && REASON_STEPS.includes(step);
  const textRequired = step === 'progress' || step === 'request-close';

  return (
    <>
      <ConflictNotice
        message={conflict}
        onReload={() => void client.invalidateQueries({ queryKey: ledgerKeys.item(item.id) }).then(clear)}
      />
      {steps.length > 0 && (
        <Space wrap data-testid="item-actions">
          {steps.map((s) => (
            <Button
              key={s}
              data-testid={`item-step-${s}`}
              type={PRIMARY.includes(s) ? 'primary' : 'default'}
              danger={s === 'return'}
              icon={ICONS[s]}
              disabled={!!conflict}
              onClick={() => open(s)}
            >
              {t(`itemStep.${s}`)}
            </Button>
          ))}
        </Space>
      )}
      <Modal
        open={!!step}
        title={step && t(`itemStep.${step}`)}
        onCancel={() => setStep(null)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: move.isPending, 'data-testid': 'item-step-ok' }}
        destroyOnHidden
      >
        <Form<Values> form={form} layout="vertical" onFinish={(v) => step && move.mutate({ s: step, v })}>
          {step === 'approve-extension' && pending && (
            <Typography.Paragraph data-testid="item-pending-extension">
              {t('itemPage.extensionAsked', { date: fmt.date(pending.newDeadline) })}
              {pending.text && <span style={{ display: 'block', whiteSpace: 'pre-wrap' }}>{pending.text}</span>}
            </Typography.Paragraph>
          )}
          {step === 'progress' && (
            <Form.Item name="percent" label={t('itemStep.percent')} rules={[{ required: true, message: t('common.required') }]}>
              <PercentInput />
            </Form.Item>
          )}
          {step === 'request-extension' && (
            <Form.Item name="newDeadline" label={t('itemStep.newDeadline')} rules={[{ required: true, message: t('common.required') }]}>
              <DatePicker
                data-testid="item-step-deadline"
                format={fmt.dateFormat}
                style={{ width: '100%' }}
                disabledDate={(d) => !!item.deadline && d.format('YYYY-MM-DD') <= item.deadline}
              />
            </Form.Item>
          )}
          {step && step !== 'approve-extension' && (
            <Form.Item
              name={needsReason ? 'reason' : 'text'}
              label={t(needsReason ? 'itemStep.reason' : step === 'close' ? 'itemStep.comment' : step === 'progress' ? 'itemStep.progressText' : 'itemStep.evidenceText')}
              rules={[
                {
                  required: needsReason || textRequired,
                  whitespace: true,
                  message: t(needsReason ? 'itemStep.reasonRequired' : 'itemStep.textRequired'),
                },
              ]}
            >
              <Input.TextArea data-testid="item-step-text" rows={3} maxLength={4000} />
            </Form.Item>
          )}
          {step === 'request-close' && freeFiles.length > 0 && (
            <Form.Item name="fileIds" label={t('itemStep.evidenceFiles')}>
              <Checkbox.Group options={freeFiles.map((f) => ({ value: f.id, label: f.fileName }))} style={{ display: 'flex', flexDirection: 'column' }} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}

/** 0–100 by slider and number together. */
function PercentInput({ value, onChange }: { value?: number; onChange?: (v: number) => void }) {
  return (
    <div style={{ width: '100%', display: 'flex', alignItems: 'center', gap: 12 }}>
      <Slider style={{ flex: 1 }} min={0} max={100} value={value ?? 0} onChange={(v) => onChange?.(v)} />
      <InputNumber
        data-testid="item-step-percent"
        min={0}
        max={100}
        precision={0}
        suffix="%"
        value={value}
        onChange={(v) => onChange?.(typeof v === 'number' ? v : 0)}
        style={{ width: 96 }}
      />
    </div>
  );
}
