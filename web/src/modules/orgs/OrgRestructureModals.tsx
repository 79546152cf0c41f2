// 迁移 (the whole subtree moves under a new parent) and 撤销 (dissolve), each with an effective date.
import { useCallback } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ALLOWED_CHILD_TYPES } from '@xianfeng/shared/domain';
import type { OrgDetail, OrgSummary } from '@xianfeng/shared/schemas/orgs';
import { useFormat, useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';
import { ConflictAlert, isoDate } from './OrgFormModals';
import { dissolveOrg, moveOrg } from './orgs.api';
import { useOrgChange } from './useOrgChange';

interface RestructureFields {
  parentId?: number;
  effectiveOn: Dayjs;
  note?: string;
}

interface Props {
  org: OrgDetail;
  open: boolean;
  onClose: () => void;
  onDone: (org: OrgDetail, previousParentId: number | null) => void;
  onReload: () => Promise<unknown>;
}

function DateAndNote() {
  const t = useT();
  const { dateFormat } = useFormat();
  return (
    <>
      <Form.Item name="effectiveOn" label={t('orgField.effectiveOn')} rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker format={dateFormat} style={{ width: '100%' }} data-testid="org-form-effective" />
      </Form.Item>
      <Form.Item name="note" label={t('orgField.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

export function MoveOrgModal({ org, open, onClose, onDone, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RestructureFields>();
  const { run, saving, conflict, clearConflict } = useOrgChange();
  // Its own subtree, its current parent and parents that may not hold its type are not offered.
  const isDisabled = useCallback(
    (o: OrgSummary) => o.path.startsWith(org.path) || o.id === org.parentId || !!o.dissolvedOn || !ALLOWED_CHILD_TYPES[o.type].includes(org.type),
    [org],
  );

  const submit = async (v: RestructureFields) => {
    const moved = await run(() => moveOrg(org.id, { version: org.version, parentId: v.parentId!, effectiveOn: isoDate(v.effectiveOn)!, note: v.note?.trim() || undefined }), form);
    if (!moved) return;
    void message.success(t('orgAction.moved'));
    onDone(moved, org.parentId);
  };

  return (
    <Modal open={open} title={t('orgAction.move')} okText={t('common.ok')} cancelText={t('common.cancel')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {conflict && <ConflictAlert onReload={() => void onReload().then(clearConflict)} />}
      <Alert type="info" showIcon title={t('orgAction.moveHint', { name: org.name })} style={{ marginBottom: 16 }} />
      <Form form={form} name="orgMove" layout="vertical" onFinish={submit} initialValues={{ effectiveOn: dayjs() }} data-testid="org-move-form">
        <Form.Item name="parentId" label={t('orgField.newParent')} rules={[{ required: true, message: t('common.required') }]}>
          <OrgPicker isDisabled={isDisabled} style={{ width: '100%' }} data-testid="org-move-parent" />
        </Form.Item>
        <DateAndNote />
      </Form>
    </Modal>
  );
}

export function DissolveOrgModal({ org, open, onClose, onDone, onReload }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RestructureFields>();
  const { run, saving, conflict, clearConflict } = useOrgChange();

  const submit = async (v: RestructureFields) => {
    const done = await run(() => dissolveOrg(org.id, { version: org.version, effectiveOn: isoDate(v.effectiveOn)!, note: v.note?.trim() || undefined }), form);
    if (!done) return;
    void message.success(t('orgAction.dissolved', { name: org.name }));
    onDone(done, org.parentId);
  };

  return (
    <Modal
      open={open}
      title={t('orgAction.dissolve')}
      okText={t('orgAction.dissolve')}
      okButtonProps={{ danger: true, 'data-testid': 'org-dissolve-ok' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {conflict && <ConflictAlert onReload={() => void onReload().then(clearConflict)} />}
      <Alert type="warning" showIcon title={t('orgAction.dissolveHint', { name: org.name })} style={{ marginBottom: 16 }} />
      <Form form={form} name="orgDissolve" layout="vertical" onFinish={submit} initialValues={{ effectiveOn: dayjs() }} data-testid="org-dissolve-form">
        <DateAndNote />
      </Form>
    </Modal>
  );
}
