// 记录指导: a guidance visit or attendance at a unit's meeting — node, day, kind, the meeting's record (held
// in the node's subtree), the guidance members present, evaluation, summary and findings.
import { App, Button, DatePicker, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { EVALUATIONS, VISIT_KINDS, type CampaignDetail, type MemberView, type VisitBody } from '@xianfeng/shared/schemas/campaigns';
import { useMe } from '../../../app/auth';
import { useShowError } from '../../../app/errors';
import { useFormat, useT } from '../../../app/i18n';
import { todayInZone } from '../../records/time';
import { useOrg } from '../../orgs/orgs.api';
import { SubtreePicker } from '../SubtreePicker';
import { useRecordChoices } from '../tasks/recordChoices';
import { createVisit, useProgressMutation } from './progress.api';

interface Values {
  orgId: number;
  visitedOn: Dayjs;
  kind: VisitBody['kind'];
  recordId?: number;
  personIds: number[];
  evaluation: VisitBody['evaluation'];
  summary?: string;
  findings?: string[];
}

interface Props {
  open: boolean;
  campaign: CampaignDetail;
  orgId: number | null;
  guidance: MemberView[];
  onClose: () => void;
}

export function VisitModal({ open, campaign, orgId, guidance, onClose }: Props) {
  const t = useT();
  const fmt = useFormat();
  const me = useMe();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const node = Form.useWatch('orgId', form);
  const day = Form.useWatch('visitedOn', form);
  const kind = Form.useWatch('kind', form);
  const [q, setQ] = useState('');
  const records = useRecordChoices(kind === 'meeting' ? node : null, { from: campaign.periodStart, to: day?.format('YYYY-MM-DD'), q });
  const save = useProgressMutation(
    (v: Values) =>
      createVisit(campaign.id, {
        orgId: v.orgId,
        visitedOn: v.visitedOn.format('YYYY-MM-DD'),
        kind: v.kind,
        recordId: v.kind === 'meeting' ? (v.recordId ?? null) : null,
        personIds: v.personIds,
        evaluation: v.evaluation,
        summary: v.summary?.trim() || null,
        findings: (v.findings ?? []).map((f) => f.trim()).filter(Boolean),
      }),
    () => {
      void message.success(t('visitsTab.done'));
      form.resetFields();
      onClose();
    },
  );
  const start = useOrg(orgId);
  const mine = guidance.filter((m) => m.personId === me.personId).map((m) => m.personId);

  return (
    <Modal
      open={open}
      title={t('visitsTab.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'visit-save' }}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ orgId: orgId ?? undefined, visitedOn: dayjs(todayInZone()), kind: 'meeting', evaluation: 'good', personIds: mine, findings: [] }}
        onFinish={(v) => save.mutate(v, { onError: (err) => showError(err, form) })}
      >
        <Form.Item name="orgId" label={t('visitsTab.org')} rules={[{ required: true, message: t('visitsTab.orgRequired') }]}>
          <SubtreePicker data-testid="visit-org" rootId={campaign.ownerOrgId} known={start.data ? [{ id: start.data.id, name: start.data.name }] : []} />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="visitedOn" label={t('visitsTab.day')} rules={[{ required: true, message: t('visitsTab.dayRequired') }]}>
            <DatePicker
              data-testid="visit-day"
              allowClear={false}
              format={fmt.dateFormat}
              disabledDate={(d) => d.format('YYYY-MM-DD') > todayInZone()}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('visitsTab.kind')}>
            <Radio.Group optionType="button" options={VISIT_KINDS.map((k) => ({ value: k, label: t(`visitsTab.kind.${k}`) }))} />
          </Form.Item>
        </Space>
        {kind === 'meeting' && (
          <Form.Item name="recordId" label={t('visitsTab.record')} extra={t('visitsTab.recordHint')}>
            <Select
              data-testid="visit-record"
              allowClear
              disabled={!node}
              loading={records.isFetching}
              showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
              options={(node ? (records.data?.items ?? []) : []).map((r) => ({
                value: r.id,
                label: `${fmt.date(r.heldOn)} ${r.orgName} · ${r.topic}`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="personIds" label={t('visitsTab.people')} rules={[{ required: true, message: t('visitsTab.peopleRequired') }]}>
          <Select
            data-testid="visit-people"
            mode="multiple"
            options={guidance.map((m) => ({ value: m.personId, label: m.title ? `${m.name}（${m.title}）` : m.name }))}
          />
        </Form.Item>
        <Form.Item name="evaluation" label={t('visitsTab.evaluation')}>
          <Radio.Group options={EVALUATIONS.map((e) => ({ value: e, label: t(`visitsTab.evaluation.${e}`) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('visitsTab.summary')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <Form.Item label={t('visitsTab.findings')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item name={f.name} rules={[{ required: true, whitespace: true, message: t('visitsTab.findingRequired') }]}>
                    <Input maxLength={500} style={{ width: 480, maxWidth: '70vw' }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
                {t('visitsTab.addFinding')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
