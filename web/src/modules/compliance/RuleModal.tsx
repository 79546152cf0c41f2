// Adds a rule at a node, tightens an inherited one (same kind, target and period, a higher count), or
// edits the node's own rule (count and basis, with the version read).
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import {
  RULE_PERIODS,
  RULE_TARGETS,
  type FrequencyRule,
  type RulePeriod,
  type RuleTarget,
} from '@xianfeng/shared/schemas/compliance';
import { useShowError } from '../../app/errors';
import { useLocale, useT } from '../../app/i18n';
import { useKinds } from '../records/records.api';
import { kindLabel } from '../records/RecordTags';
import { complianceKeys, createRule, updateRule } from './compliance.api';

export type RuleDialog = { mode: 'add' } | { mode: 'tighten'; rule: FrequencyRule } | { mode: 'edit'; rule: FrequencyRule };

interface Values {
  kind: string;
  orgType: RuleTarget;
  minCount: number;
  period: RulePeriod;
  basis?: string | null;
}

export const targetLabel = (t: ReturnType<typeof useT>, target: RuleTarget) =>
  target === 'member' ? t('ruleTarget.member') : t(`orgType.${target}`);

export function RuleModal({ orgId, dialog, onClose }: { orgId: number; dialog: RuleDialog | null; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const kinds = useKinds(orgId);
  const [form] = Form.useForm<Values>();
  const fixed = dialog?.mode === 'tighten' || dialog?.mode === 'edit';

  useEffect(() => {
    if (!dialog) return;
    form.resetFields();
    if (dialog.mode !== 'add') {
      const r = dialog.rule;
      form.setFieldsValue({
        kind: r.kind,
        orgType: r.orgType,
        period: r.period,
        minCount: dialog.mode === 'tighten' ? r.minCount + 1 : r.minCount,
        basis: dialog.mode === 'edit' ? r.basis : '',
      });
    } else form.setFieldsValue({ orgType: 'branch', period: 'month', minCount: 1 });
  }, [dialog, form]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      dialog?.mode === 'edit'
        ? updateRule(dialog.rule.id, { version: dialog.rule.version, minCount: v.minCount, basis: v.basis?.trim() || null })
        : createRule({
            ownerOrgId: orgId,
            kind: v.kind,
            orgType: v.orgType,
            minCount: v.minCount,
            period: v.period,
            basis: v.basis?.trim() || null,
          }),
    onSuccess: async () => {
      void message.success(t('rulesPage.saved'));
      await client.invalidateQueries({ queryKey: complianceKeys.all });
      onClose();
    },
    onError: (err) => showError(err, form),
  });

  const inherited = dialog && dialog.mode === 'tighten' ? dialog.rule.minCount : 0;
  return (
    <Modal
      open={!!dialog}
      title={t(
        dialog?.mode === 'edit'
          ? 'rulesPage.editTitle'
          : dialog?.mode === 'tighten'
            ? 'rulesPage.tightenTitle'
            : 'rulesPage.addTitle',
      )}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'rule-save' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="kind" label={t('rulesPage.col.kind')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            data-testid="rule-kind"
            disabled={fixed}
            showSearch={{ optionFilterProp: 'label' }}
            options={(kinds.data ?? []).map((k) => ({ value: k.code, label: kindLabel(k, locale) }))}
          />
        </Form.Item>
        <Form.Item name="orgType" label={t('rulesPage.col.target')} rules={[{ required: true }]}>
          <Select
            data-testid="rule-target"
            disabled={fixed}
            options={RULE_TARGETS.map((v) => ({ value: v, label: targetLabel(t, v) }))}
          />
        </Form.Item>
        <Form.Item name="period" label={t('rulesPage.col.period')} rules={[{ required: true }]}>
          <Select
            data-testid="rule-period"
            disabled={fixed}
            options={RULE_PERIODS.map((p) => ({ value: p, label: t(`rulePeriod.${p}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="minCount"
          label={t('rulesPage.col.minCount')}
          extra={inherited ? t('rulesPage.tightenHint', { count: inherited }) : undefined}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber
            data-testid="rule-min-count"
            min={Math.max(1, inherited)}
            max={1000}
            precision={0}
            style={{ width: 160 }}
          />
        </Form.Item>
        <Form.Item name="basis" label={t('rulesPage.col.basis')}>
          <Input.TextArea
            data-testid="rule-basis"
            autoSize={{ minRows: 2 }}
            maxLength={500}
            placeholder={t('rulesPage.basisHint')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
