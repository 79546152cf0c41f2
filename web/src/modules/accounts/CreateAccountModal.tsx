// 新建账号: an account for a person, a user name, an optional password and the first roles.
import { Button, Col, Form, Input, Modal, Row } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@xianfeng/shared/domain';
import { passwordSchema } from '@xianfeng/shared/schemas/auth';
import { usernameSchema } from '@xianfeng/shared/schemas/accounts';
import { OrgPicker } from '../../app/OrgPicker';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { accountKeys, createAccount } from './accounts.api';
import { PersonSelect } from './PersonSelect';
import { RoleSelect } from './RoleSelect';

interface Values {
  personId: number | null;
  username: string;
  password?: string;
  roles: { orgId: number | null; role: Role }[];
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** Called with the generated password, to show it once. */
  onCreated: (username: string, temporaryPassword: string | null) => void;
}

export function CreateAccountModal({ open, onClose, onCreated }: Props) {
  const t = useT();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();

  const create = useMutation({
    mutationFn: (v: Values) =>
      createAccount({
        personId: v.personId!,
        username: v.username.trim(),
        password: v.password || undefined,
        roles: v.roles.filter((r) => r.orgId && r.role).map((r) => ({ orgId: r.orgId!, role: r.role })),
      }),
    onSuccess: async (res) => {
      await client.invalidateQueries({ queryKey: accountKeys.all });
      form.resetFields();
      onClose();
      onCreated(res.account.username, res.temporaryPassword);
    },
    onError: (err) => showError(err, form),
  });

  return (
    <Modal
      open={open}
      title={t('accountsPage.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={640}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ personId: null, roles: [] }} onFinish={(v) => create.mutate(v)}>
        <Form.Item name="personId" label={t('accountsPage.person')} rules={[{ required: true, message: t('accountsPage.personRequired') }]}>
          <PersonSelect
            onChange={(_id, person) => {
              // Propose the employee number as the user name.
              if (person?.employeeNo && !form.getFieldValue('username')) form.setFieldValue('username', person.employeeNo);
            }}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="username"
              label={t('accountsPage.username')}
              extra={t('accountsPage.usernameHint')}
              rules={[{ validator: (_, v: string | undefined) => (usernameSchema.safeParse(v ?? '').success ? Promise.resolve() : Promise.reject(new Error(t('accountsPage.usernameHint')))) }]}
            >
              <Input data-testid="account-username" autoComplete="off" maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="password"
              label={t('accountsPage.password')}
              extra={t('accountsPage.passwordHint')}
              rules={[{ validator: (_, v: string | undefined) => (!v || passwordSchema.safeParse(v).success ? Promise.resolve() : Promise.reject(new Error(t('auth.weakPassword')))) }]}
            >
              <Input.Password autoComplete="new-password" maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('accountsPage.roles')} extra={t('accountsPage.rolesHint')}>
          <Form.List name="roles">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Row key={field.key} gutter={8} wrap={false} style={{ marginBottom: 8 }}>
                    <Col flex="auto">
                      <Form.Item name={[field.name, 'orgId']} noStyle rules={[{ required: true, message: t('common.required') }]}>
                        <OrgPicker style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col flex="160px">
                      <Form.Item name={[field.name, 'role']} noStyle rules={[{ required: true, message: t('common.required') }]}>
                        <RoleSelect style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col flex="none">
                      <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('accountsPage.removeRole')} onClick={() => remove(field.name)} />
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ orgId: null, role: 'member' })}>
                  {t('accountsPage.addRole')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
