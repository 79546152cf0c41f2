// 确认传达: a node's staff record the day they relayed the campaign (not in the future, not before launch).
// A unit's staff may not read the level above, where their own receipt is listed: after saving, it shows here.
import { App, Button, DatePicker, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import type { ReceiptView } from '@xianfeng/shared/schemas/campaigns';
import dayjs, { type Dayjs } from 'dayjs';
import { useShowError } from '../../../app/errors';
import { useFormat, useT } from '../../../app/i18n';
import { inZone, todayInZone } from '../../records/time';
import { acknowledge, useProgressMutation } from './progress.api';

interface Values {
  acknowledgedOn: Dayjs;
  note?: string;
}

export function AcknowledgeForm({ campaignId, orgId, launchedAt }: { campaignId: number; orgId: number; launchedAt: string | null }) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const today = todayInZone();
  const launchDay = launchedAt ? inZone(launchedAt).format('YYYY-MM-DD') : null;
  const [saved, setSaved] = useState<ReceiptView | null>(null);
  const save = useProgressMutation(
    async (v: Values) =>
      setSaved(await acknowledge(campaignId, { orgId, acknowledgedOn: v.acknowledgedOn.format('YYYY-MM-DD'), note: v.note?.trim() || undefined })),
    () => void message.success(t('receiptsTab.done')),
  );
  if (saved?.acknowledgedOn)
    return (
      <Tag color="success" data-testid="receipt-saved">
        {t('receiptsTab.acknowledgedOn', { date: fmt.date(saved.acknowledgedOn) })}
      </Tag>
    );
  return (
    <Form<Values>
      form={form}
      layout="inline"
      initialValues={{ acknowledgedOn: dayjs(today) }}
      onFinish={(v) => save.mutate(v, { onError: (err) => showError(err, form) })}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="acknowledgedOn" label={t('receiptsTab.date')} rules={[{ required: true, message: t('receiptsTab.dateRequired') }]}>
        <DatePicker
          data-testid="receipt-date"
          allowClear={false}
          format={fmt.dateFormat}
          disabledDate={(d) => d.format('YYYY-MM-DD') > today || (!!launchDay && d.format('YYYY-MM-DD') < launchDay)}
        />
      </Form.Item>
      <Form.Item name="note" label={t('receiptsTab.note')}>
        <Input data-testid="receipt-note" maxLength={500} placeholder={t('receiptsTab.notePlaceholder')} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="receipt-save">
          {t('receiptsTab.acknowledge')}
        </Button>
      </Form.Item>
    </Form>
  );
}
