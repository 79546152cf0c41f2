// 修改密码 — also forced on sign-in while the account still has an initial or reset password.
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { passwordSchema } from '@xianfeng/shared/schemas/auth';
import { api } from './api';
import { useAuth } from './auth';
import { useShowError } from './errors';
import { useT } from './i18n';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ open, forced = false, onClose }: { open: boolean; forced?: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { refresh } = useAuth();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      await api.post('/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      void message.success(t('password.changed'));
      form.resetFields();
      await refresh();
      onClose();
    } catch (err) {
      showError(err, form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      closable={!forced}
      mask={{ closable: !forced }}
      keyboard={!forced}
      cancelButtonProps={{ style: forced ? { display: 'none' } : undefined }}
      onOk={() => form.submit()}
      onCancel={() => !forced && onClose()}
      destroyOnHidden
    >
      {forced && <Alert type="warning" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="changePassword" layout="vertical" onFinish={submit} data-testid="change-password-form">
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          rules={[
            { required: true, message: t('common.required') },
            // The server's own rule: at least 8 characters, with letters and digits.
            { validator: (_, v?: string) => (!v || passwordSchema.safeParse(v).success ? Promise.resolve() : Promise.reject(new Error(t('auth.weakPassword')))) },
          ]}
        >
          <Input.Password autoComplete="new-password" placeholder={t('password.rule')} data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
