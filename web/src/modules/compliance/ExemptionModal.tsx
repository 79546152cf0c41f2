// 豁免: excuses a node in the subtree from a rule for one period (formed mid-quarter, merged, …).
import { App, DatePicker, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { FrequencyRule, RulePeriod } from '@xianfeng/shared/schemas/compliance';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';
import { complianceKeys, createExemption } from './compliance.api';
import { periodStart } from './compliance.periods';

interface Values {
  orgId: number | null;
  period: Dayjs | null;
  reason: string;
}

const PICKERS: Record<RulePeriod, 'month' | 'quarter' | 'year'> = {
  month: 'month',
  quarter: 'quarter',
  half_year: 'month',
  year: 'year',
};

export function ExemptionModal({
  rule,
  defaultOrgId,
  onClose,
}: {
  rule: FrequencyRule | null;
  defaultOrgId: number;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (rule) form.setFieldsValue({ orgId: defaultOrgId, period: null, reason: '' });
  }, [rule, defaultOrgId, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      createExemption(rule!.id, { orgId: v.orgId!, periodStart: periodStart(v.period!, rule!.period), reason: v.reason.trim() }),
    onSuccess: async () => {
      void message.success(t('rulesPage.exemptionAdded'));
      await client.invalidateQueries({ queryKey: complianceKeys.all });
      onClose();
    },
    onError: (err) => showError(err, form),
  });

  return (
    <Modal
      open={!!rule}
      title={rule ? t('rulesPage.exemptTitle', { kind: rule.kindName }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'exemption-save' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="orgId" label={t('rulesPage.exemptOrg')} rules={[{ required: true, message: t('common.required') }]}>
          <OrgPicker data-testid="exemption-org" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('rulesPage.exemptPeriod')}
          extra={rule ? t(`rulePeriod.${rule.period}`) : undefined}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker data-testid="exemption-period" picker={rule ? PICKERS[rule.period] : 'month'} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('rulesPage.exemptReason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea data-testid="exemption-reason" autoSize={{ minRows: 2 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
