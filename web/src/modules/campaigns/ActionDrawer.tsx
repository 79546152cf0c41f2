// The required-action (规定动作) form in a drawer: what, when (时间节点), for whom, the contact person,
// what completes it, and whether the superior approves. Edits carry the version read (409 → reload).
import {
  Button,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Grid,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { COMPLETIONS, RECORD_SCOPES, type CampaignDetail, type RequiredAction } from '@xianfeng/shared/schemas/campaigns';
import { useShowError } from '../../app/errors';
import { useFormat, useLocale, useT } from '../../app/i18n';
import { useConflict } from '../people/conflict';
import { ConflictNotice } from './ConflictNotice';
import { useKinds } from '../records/records.api';
import { kindLabel } from '../records/RecordTags';
import { emptyAction, fromAction, toActionBody, type ActionFormValues } from './actionForm';
import { addAction, campaignKeys, updateAction } from './campaigns.api';
import { nextSortOrder } from './campaigns.helpers';
import { PersonPicker } from './PersonPicker';
import { TargetsField } from './TargetsField';

export type ActionDialog = { action: RequiredAction | null } | null;

interface Props {
  campaign: CampaignDetail;
  dialog: ActionDialog;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

export function ActionDrawer({ campaign, dialog, onClose, onReload }: Props) {
  const t = useT();
  const fmt = useFormat();
  const { locale } = useLocale();
  const showError = useShowError();
  const client = useQueryClient();
  const phone = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<ActionFormValues>();
  const { conflict, catchConflict, clear } = useConflict();
  const kinds = useKinds(campaign.ownerOrgId);
  const action = dialog?.action ?? null;

  useEffect(() => {
    if (!dialog) return;
    clear();
    form.resetFields();
    form.setFieldsValue(action ? fromAction(action) : emptyAction(campaign.phases[0]?.id ?? null));
    // Filled when the drawer opens only: a refetch of the campaign must not wipe what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dialog]);

  const completion = Form.useWatch('completion', form);

  const save = useMutation({
    mutationFn: (v: ActionFormValues) =>
      action
        ? updateAction(campaign.id, action.id, { ...toActionBody(v, action.sortOrder), version: action.version })
        : addAction(campaign.id, toActionBody(v, nextSortOrder(campaign.actions))),
    onSuccess: (detail) => {
      client.setQueryData(campaignKeys.detail(campaign.id), detail);
      onClose();
    },
    onError: (err) => {
      if (!catchConflict(err)) showError(err, form);
    },
  });

  const required = { required: true, message: t('common.required') };
  const byRecord = completion === 'record_kind' || completion === 'records';

  return (
    <Drawer
      open={!!dialog}
      title={t(action ? 'campaignPlan.editAction' : 'campaignPlan.addAction')}
      size={phone ? '100%' : 640}
      onClose={onClose}
      forceRender
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            data-testid="action-save"
            type="primary"
            loading={save.isPending}
            disabled={!!conflict}
            onClick={() => form.submit()}
          >
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <ConflictNotice message={conflict} onReload={() => void onReload().then(onClose)} />
      <Form<ActionFormValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} scrollToFirstError>
        <Form.Item name="title" label={t('campaignPlan.actionTitle')} rules={[{ ...required, whitespace: true }]}>
          <Input data-testid="action-title" maxLength={200} />
        </Form.Item>
        <Form.Item name="guidance" label={t('campaignPlan.guidance')} extra={t('campaignPlan.guidanceHint')}>
          <Input.TextArea data-testid="action-guidance" autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="phaseId" label={t('campaignPlan.phase')}>
              <Select
                data-testid="action-phase"
                allowClear
                placeholder={t('campaignPlan.noPhase')}
                options={campaign.phases.map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="deadline" label={t('campaignPlan.deadline')} rules={[required]}>
              <DatePicker data-testid="action-deadline" format={fmt.dateFormat} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <TargetsField form={form} />
        <Form.Item name="contactPersonId" label={t('campaignPlan.contact')}>
          <PersonPicker data-testid="action-contact" />
        </Form.Item>
        <Form.Item name="completion" label={t('campaignPlan.completion')} rules={[required]}>
          <Radio.Group
            data-testid="action-completion"
            options={COMPLETIONS.map((c) => ({ value: c, label: t(`campaignCompletion.${c}`) }))}
          />
        </Form.Item>
        {completion && (
          <Typography.Paragraph type="secondary" style={{ marginTop: -16, fontSize: 12 }}>
            {t(`campaignPlan.completionHint.${completion}`)}
          </Typography.Paragraph>
        )}
        {byRecord && (
          <Form.Item
            name="recordKind"
            label={t('campaignPlan.recordKind')}
            rules={completion === 'record_kind' ? [required] : []}
            extra={completion === 'records' ? t('campaignPlan.recordKindAny') : undefined}
          >
            <Select
              data-testid="action-record-kind"
              allowClear={completion === 'records'}
              loading={kinds.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(kinds.data ?? []).map((k) => ({ value: k.code, label: kindLabel(k, locale) }))}
            />
          </Form.Item>
        )}
        {completion === 'record_kind' && (
          <Form.Item name="recordScope" label={t('campaignPlan.recordScope')}>
            <Radio.Group
              data-testid="action-record-scope"
              options={RECORD_SCOPES.map((s) => ({ value: s, label: t(`campaignPlan.scope.${s}`) }))}
            />
          </Form.Item>
        )}
        {completion && completion !== 'confirmation' && (
          <Form.Item name="minCount" label={t('campaignPlan.minCount')} extra={t('campaignPlan.minCountHint')}>
            <InputNumber data-testid="action-min-count" min={1} max={1000} precision={0} style={{ width: 140 }} />
          </Form.Item>
        )}
        <Form.Item
          name="needsApproval"
          label={t('campaignPlan.needsApproval')}
          valuePropName="checked"
          extra={t('campaignPlan.needsApprovalHint')}
        >
          <Switch data-testid="action-needs-approval" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
