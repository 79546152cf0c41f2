// 添加自选动作: a node below the owner adds its own action for its subtree; its assignments are made at once.
import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { COMPLETIONS, type CampaignDetail, type LocalActionBody } from '@xianfeng/shared/schemas/campaigns';
import { useShowError } from '../../../app/errors';
import { useFormat, useLocale, useT } from '../../../app/i18n';
import { useKinds } from '../../records/records.api';
import { kindLabel } from '../../records/RecordTags';
import { addLocalAction, useProgressMutation } from './progress.api';

/** Whom it targets below the node: its children, all branches, or every node below. */
const TARGETS = { children: { depth: 1, types: [] }, branches: { depth: null, types: ['branch'] }, all: { depth: null, types: [] } } as const;
type Target = keyof typeof TARGETS;

interface Values {
  title: string;
  guidance?: string;
  phaseId?: number;
  deadline: Dayjs;
  target: Target;
  completion: LocalActionBody['completion'];
  recordKind?: string;
  recordScope: 'node' | 'subtree';
  minCount?: number;
  needsApproval: boolean;
}

export function LocalActionModal({ open, campaign, orgId, onClose }: { open: boolean; campaign: CampaignDetail; orgId: number; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const completion = Form.useWatch('completion', form);
  const kinds = useKinds(open ? orgId : null);
  const save = useProgressMutation(
    (v: Values) => {
      const target = TARGETS[v.target];
      const body: LocalActionBody = {
        orgId,
        title: v.title,
        guidance: v.guidance?.trim() || null,
        phaseId: v.phaseId ?? null,
        deadline: v.deadline.format('YYYY-MM-DD'),
        targetTypes: [...target.types],
        targetDepth: target.depth,
        contactPersonId: null,
        completion: v.completion,
        recordKind: v.completion === 'record_kind' || v.completion === 'records' ? (v.recordKind ?? null) : null,
        recordScope: v.recordScope,
        minCount: v.minCount ?? null,
        needsApproval: v.needsApproval,
        sortOrder: 1000,
      };
      return addLocalAction(campaign.id, body);
    },
    () => {
      void message.success(t('localAction.done'));
      form.resetFields();
      onClose();
    },
  );
  const byRecord = completion === 'record_kind' || completion === 'records';

  return (
    <Modal
      open={open}
      title={t('progressTab.addLocal')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'local-action-save' }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ target: 'children', completion: 'confirmation', recordScope: 'node', needsApproval: false }}
        onFinish={(v) => save.mutate(v, { onError: (err) => showError(err, form) })}
      >
        <Form.Item name="title" label={t('localAction.title')} rules={[{ required: true, whitespace: true, message: t('localAction.titleRequired') }]}>
          <Input data-testid="local-action-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="guidance" label={t('localAction.guidance')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="phaseId" label={t('localAction.phase')}>
          <Select allowClear options={campaign.phases.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="deadline" label={t('localAction.deadline')} rules={[{ required: true, message: t('localAction.deadlineRequired') }]}>
          <DatePicker data-testid="local-action-deadline" format={fmt.dateFormat} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="target" label={t('localAction.target')}>
          <Select options={(Object.keys(TARGETS) as Target[]).map((k) => ({ value: k, label: t(`localAction.target.${k}`) }))} />
        </Form.Item>
        <Form.Item name="completion" label={t('localAction.completion')}>
          <Select options={COMPLETIONS.map((c) => ({ value: c, label: t(`completion.${c}`) }))} />
        </Form.Item>
        {byRecord && (
          <>
            <Form.Item
              name="recordKind"
              label={t('localAction.recordKind')}
              rules={[{ required: completion === 'record_kind', message: t('localAction.recordKindRequired') }]}
            >
              <Select allowClear options={(kinds.data ?? []).map((k) => ({ value: k.code, label: kindLabel(k, locale) }))} />
            </Form.Item>
            <Form.Item name="recordScope" label={t('localAction.recordScope')}>
              <Select
                options={[
                  { value: 'node', label: t('localAction.scope.node') },
                  { value: 'subtree', label: t('localAction.scope.subtree') },
                ]}
              />
            </Form.Item>
          </>
        )}
        {completion !== 'confirmation' && (
          <Form.Item name="minCount" label={t('localAction.minCount')}>
            <InputNumber min={1} max={1000} placeholder="1" />
          </Form.Item>
        )}
        <Form.Item name="needsApproval" label={t('localAction.needsApproval')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
