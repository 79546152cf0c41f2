// 新增人员: the basic fields, party status and the node holding the membership.
import { App, Col, DatePicker, Form, Modal, Row, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { PARTY_STATUSES } from '@xianfeng/shared/domain';
import { OrgPicker } from '../../app/OrgPicker';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { fromDay } from './dates';
import { createPerson, peopleKeys } from './people.api';
import { PersonFields, type PersonFormValues } from './PersonFields';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The node the roster is filtered on, proposed as the branch. */
  defaultOrgId?: number;
}

export function CreatePersonModal({ open, onClose, defaultOrgId }: Props) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<PersonFormValues>();

  const create = useMutation({
    mutationFn: (v: PersonFormValues) =>
      createPerson({
        name: v.name.trim(),
        gender: v.gender ?? null,
        birthDate: fromDay(v.birthDate),
        ethnicity: v.ethnicity || null,
        education: v.education || null,
        phone: v.phone || null,
        employeeNo: v.employeeNo || null,
        orgId: v.orgId!,
        partyStatus: v.partyStatus!,
        joinedOn: fromDay(v.joinedOn),
        fullMemberOn: fromDay(v.fullMemberOn),
        startOn: fromDay(v.startOn) ?? undefined,
      }),
    onSuccess: async (created) => {
      void message.success(t('personForm.created'));
      await client.invalidateQueries({ queryKey: peopleKeys.all });
      form.resetFields();
      onClose();
      navigate(`/people/${created.id}`);
    },
    onError: (err) => showError(err, form),
  });

  return (
    <Modal
      open={open}
      title={t('roster.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={720}
      forceRender
    >
      <Form<PersonFormValues>
        form={form}
        layout="vertical"
        initialValues={{ orgId: defaultOrgId ?? null, partyStatus: 'full_member' }}
        onFinish={(v) => create.mutate(v)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="orgId" label={t('personForm.org')} rules={[{ required: true, message: t('personForm.orgRequired') }]}>
              <OrgPicker data-testid="person-create-org" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="partyStatus" label={t('personForm.partyStatus')} rules={[{ required: true }]}>
              <Select options={PARTY_STATUSES.map((s) => ({ value: s, label: t(`partyStatus.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <PersonFields />
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="startOn" label={t('personForm.startOn')} extra={t('personForm.startOnHint')}>
              <DatePicker format={fmt.dateFormat} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
