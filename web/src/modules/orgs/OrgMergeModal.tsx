// 合并: the node merges into another of its type on an effective date; refusals (people who cannot
// move, dates that go backwards) come back from the server and are shown here.
import { useCallback, useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MergeResult, OrgDetail, OrgSummary } from '@xianfeng/shared/schemas/orgs';
import { useFormat, useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';
import { isFuture } from '../people/dates';
import { type Refused, TransferRefusals, refusedOf } from '../people/TransferRefusals';
import { ConflictAlert, isoDate } from './OrgFormModals';
import { mergeOrg } from './orgs.api';
import { useOrgChange } from './useOrgChange';

interface Fields {
  intoId?: number;
  effectiveOn: Dayjs;
  note?: string;
}

interface Props {
  org: OrgDetail;
  open: boolean;
  onClose: () => void;
  onDone: (result: MergeResult) => void;
  onReload: () => Promise<unknown>;
}

export function MergeOrgModal({ org, open, onClose, onDone, onReload }: Props) {
  const t = useT();
  const { dateFormat } = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const { run, saving, conflict, clearConflict } = useOrgChange();
  const [refused, setRefused] = useState<Refused | null>(null);
  // Only a node of the same type, outside this node's subtree, still active.
  const isDisabled = useCallback((o: OrgSummary) => o.path.startsWith(org.path) || !!o.dissolvedOn || o.type !== org.type, [org]);

  const submit = async (v: Fields) => {
    setRefused(null);
    const body = {
      version: org.version,
      intoId: v.intoId!,
      effectiveOn: isoDate(v.effectiveOn)!,
      note: v.note?.trim() || undefined,
    };
    const result = await run(
      () => mergeOrg(org.id, body),
      form,
      (err) => {
        const r = refusedOf(err);
        if (r) setRefused(r);
        return !!r;
      },
    );
    if (!result) return;
    void message.success(
      t('orgAction.merged', {
        name: org.name,
        into: result.into.name,
        children: result.moved.children,
        people: result.moved.people,
      }),
    );
    onDone(result);
  };

  return (
    <Modal
      open={open}
      title={t('orgAction.merge')}
      okText={t('orgAction.merge')}
      okButtonProps={{ danger: true, 'data-testid': 'org-merge-ok' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {conflict && <ConflictAlert onReload={() => void onReload().then(clearConflict)} />}
      <TransferRefusals refused={refused} />
      <Alert type="warning" showIcon title={t('orgAction.mergeHint', { name: org.name })} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        name="orgMerge"
        layout="vertical"
        onFinish={submit}
        initialValues={{ effectiveOn: dayjs() }}
        data-testid="org-merge-form"
      >
        <Form.Item name="intoId" label={t('orgAction.mergeInto')} rules={[{ required: true, message: t('common.required') }]}>
          <OrgPicker isDisabled={isDisabled} style={{ width: '100%' }} data-testid="org-merge-into" />
        </Form.Item>
        <Form.Item
          name="effectiveOn"
          label={t('orgField.effectiveOn')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker format={dateFormat} disabledDate={isFuture} style={{ width: '100%' }} data-testid="org-merge-effective" />
        </Form.Item>
        <Form.Item name="note" label={t('orgField.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
