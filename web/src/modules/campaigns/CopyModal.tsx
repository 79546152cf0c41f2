// 复制为模板: a new draft for a new owner, title and start — the phases and the owner's actions come
// along with every date moved by the same number of days (previewed here).
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { CampaignDetail } from '@xianfeng/shared/schemas/campaigns';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';
import { campaignKeys, copyCampaign } from './campaigns.api';
import { shiftPreview } from './campaigns.helpers';

interface Values {
  ownerOrgId?: number | null;
  title?: string;
  periodStart?: Dayjs | null;
}

export function CopyModal({ campaign, open, onClose }: { campaign: CampaignDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const start = Form.useWatch('periodStart', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    // By default: the same owner, a year later.
    form.setFieldsValue({
      ownerOrgId: campaign.ownerOrgId,
      title: campaign.title,
      periodStart: dayjs(campaign.periodStart).add(1, 'year'),
    });
  }, [open, form, campaign]);

  const copy = useMutation({
    mutationFn: (v: Values) =>
      copyCampaign(campaign.id, {
        ownerOrgId: v.ownerOrgId!,
        title: (v.title ?? '').trim(),
        periodStart: v.periodStart!.format('YYYY-MM-DD'),
      }),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: campaignKeys.all });
      onClose();
      navigate(`/campaigns/${created.id}/plan`);
    },
    onError: (err) => showError(err, form),
  });

  const preview = start ? shiftPreview(campaign, start.format('YYYY-MM-DD')) : null;
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={t('campaignCopy.title')}
      okText={t('campaignCopy.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'copy-ok' }}
      confirmLoading={copy.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => copy.mutate(v)}>
        <Form.Item name="ownerOrgId" label={t('campaignCopy.owner')} rules={[required]}>
          <OrgPicker data-testid="copy-owner" allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="title" label={t('campaignPlan.title')} rules={[{ ...required, whitespace: true }]}>
          <Input data-testid="copy-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="periodStart" label={t('campaignCopy.start')} rules={[required]}>
          <DatePicker data-testid="copy-start" format={fmt.dateFormat} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {preview && (
        <Alert
          data-testid="copy-preview"
          type="info"
          showIcon
          title={t(preview.days >= 0 ? 'campaignCopy.shiftLater' : 'campaignCopy.shiftEarlier', { days: Math.abs(preview.days) })}
          description={
            <>
              <div>{t('campaignCopy.period', { from: fmt.date(preview.periodStart), to: fmt.date(preview.periodEnd) })}</div>
              {preview.firstDeadline && (
                <div>
                  {t('campaignCopy.deadlines', { from: fmt.date(preview.firstDeadline), to: fmt.date(preview.lastDeadline) })}
                </div>
              )}
              <div>{t('campaignCopy.note')}</div>
            </>
          }
        />
      )}
    </Modal>
  );
}
