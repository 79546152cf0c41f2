// 新建下级组织 and 编辑: the node's own fields, dates picked in the user's format.
import { useEffect } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ALLOWED_CHILD_TYPES, type OrgType } from '@xianfeng/shared/domain';
import type { OrgDetail } from '@xianfeng/shared/schemas/orgs';
import { useFormat, useT } from '../../app/i18n';
import { createOrg, updateOrg } from './orgs.api';
import { useOrgChange } from './useOrgChange';

interface OrgFields {
  type?: OrgType;
  name: string;
  unitName?: string | null;
  code?: string | null;
  establishedOn?: Dayjs | null;
  termEndsOn?: Dayjs | null;
  effectiveOn?: Dayjs | null;
}

export const isoDate = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const blankToNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

function fieldsOf(org: OrgDetail): OrgFields {
  return {
    name: org.name,
    unitName: org.unitName,
    code: org.code,
    establishedOn: org.establishedOn ? dayjs(org.establishedOn) : null,
    termEndsOn: org.termEndsOn ? dayjs(org.termEndsOn) : null,
  };
}

function CommonFields({ showEffective }: { showEffective?: boolean }) {
  const t = useT();
  const { dateFormat } = useFormat();
  return (
    <>
      <Form.Item name="name" label={t('orgField.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
        <Input data-testid="org-form-name" />
      </Form.Item>
      {showEffective && (
        <Form.Item name="effectiveOn" label={t('orgField.effectiveOn')}>
          <DatePicker format={dateFormat} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item name="unitName" label={t('orgField.unitName')} rules={[{ max: 100 }]}>
        <Input data-testid="org-form-unit" />
      </Form.Item>
      <Form.Item name="code" label={t('orgField.code')} rules={[{ max: 50 }]}>
        <Input data-testid="org-form-code" />
      </Form.Item>
      <Form.Item name="establishedOn" label={t('orgField.establishedOn')}>
        <DatePicker format={dateFormat} style={{ width: '100%' }} data-testid="org-form-established" />
      </Form.Item>
      <Form.Item name="termEndsOn" label={t('orgField.termEndsOn')}>
        <DatePicker format={dateFormat} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

export function CreateChildModal({ parent, open, onClose, onCreated }: {
  parent: OrgDetail;
  open: boolean;
  onClose: () => void;
  onCreated: (org: OrgDetail) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgFields>();
  const { run, saving } = useOrgChange();
  const types = ALLOWED_CHILD_TYPES[parent.type];

  const submit = async (v: OrgFields) => {
    const created = await run(
      () =>
        createOrg({
          parentId: parent.id,
          type: v.type!,
          name: v.name.trim(),
          unitName: blankToNull(v.unitName),
          code: blankToNull(v.code),
          establishedOn: isoDate(v.establishedOn),
          termEndsOn: isoDate(v.termEndsOn),
        }),
      form,
    );
    if (!created) return;
    void message.success(t('orgAction.created', { name: created.name }));
    form.resetFields();
    onCreated(created);
  };

  return (
    <Modal open={open} title={t('orgAction.create')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} name="orgCreate" layout="vertical" onFinish={submit} initialValues={{ type: types[0], unitName: parent.unitName }} data-testid="org-create-form">
        <Form.Item name="type" label={t('orgField.type')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={types.map((ty) => ({ value: ty, label: t(`orgType.${ty}`) }))} data-testid="org-form-type" />
        </Form.Item>
        <CommonFields />
      </Form>
    </Modal>
  );
}

export function EditOrgModal({ org, open, onClose, onSaved, onReload }: {
  org: OrgDetail;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
  onReload: () => Promise<unknown>;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgFields>();
  const { run, saving, conflict, clearConflict } = useOrgChange();
  const name = Form.useWatch('name', form);

  useEffect(() => {
    if (open) form.setFieldsValue(fieldsOf(org));
  }, [open, org, form]);

  const submit = async (v: OrgFields) => {
    const renamed = v.name.trim() !== org.name;
    const saved = await run(
      () =>
        updateOrg(org.id, {
          version: org.version,
          name: v.name.trim(),
          unitName: blankToNull(v.unitName),
          code: blankToNull(v.code),
          establishedOn: isoDate(v.establishedOn),
          termEndsOn: isoDate(v.termEndsOn),
          effectiveOn: renamed ? (isoDate(v.effectiveOn) ?? undefined) : undefined,
        }),
      form,
    );
    if (!saved) return;
    void message.success(t('orgAction.saved'));
    onSaved();
  };

  const reload = async () => {
    await onReload();
    clearConflict();
  };

  return (
    <Modal open={open} title={t('orgAction.edit')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      {conflict && <ConflictAlert onReload={reload} />}
      <Form form={form} name="orgEdit" layout="vertical" onFinish={submit} initialValues={fieldsOf(org)} data-testid="org-edit-form">
        <CommonFields showEffective={!!name && name.trim() !== org.name} />
      </Form>
    </Modal>
  );
}

/** The version check failed: show it and offer the latest version of the record. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const t = useT();
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="conflict-alert"
      title={t('orgAction.conflictTitle')}
      description={t('error.conflict')}
      action={<Button size="small" onClick={onReload}>{t('orgAction.conflictReload')}</Button>}
    />
  );
}
