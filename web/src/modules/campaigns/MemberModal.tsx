// Adds a person to 领导小组 / 办公室 / 指导组, or edits a member's title and (for guidance) the units
// supervised — within the campaign's subtree. Edits carry the version read (409 → reload).
import { Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { MEMBER_ROLES, type CampaignDetail, type MemberView } from '@xianfeng/shared/schemas/campaigns';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useConflict } from '../people/conflict';
import { ConflictNotice } from './ConflictNotice';
import { addMember, campaignKeys, updateMember } from './campaigns.api';
import { nextSortOrder } from './campaigns.helpers';
import { PersonPicker } from './PersonPicker';
import { SubtreePicker } from './SubtreePicker';

export type MemberDialog = { member: MemberView | null; role: MemberView['role'] } | null;

interface Values {
  personId?: number | null;
  role: MemberView['role'];
  title?: string | null;
  orgIds: number[];
}

interface Props {
  campaign: CampaignDetail;
  members: MemberView[];
  dialog: MemberDialog;
  onClose: () => void;
}

export function MemberModal({ campaign, members, dialog, onClose }: Props) {
  const t = useT();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { conflict, catchConflict, clear } = useConflict();
  const member = dialog?.member ?? null;
  const role = Form.useWatch('role', form) ?? dialog?.role;
  const refresh = () => client.invalidateQueries({ queryKey: campaignKeys.members(campaign.id) });

  useEffect(() => {
    if (!dialog) return;
    clear();
    form.resetFields();
    form.setFieldsValue(
      member
        ? { personId: member.personId, role: member.role, title: member.title, orgIds: member.orgs.map((o) => o.id) }
        : { role: dialog.role, orgIds: [] },
    );
  }, [dialog, member, form, clear]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const fields = { title: v.title?.trim() || null, orgIds: v.role === 'guidance' ? v.orgIds : [] };
      if (member) return updateMember(campaign.id, member.id, { ...fields, version: member.version });
      const sortOrder = nextSortOrder(members.filter((m) => m.role === v.role));
      return addMember(campaign.id, { personId: v.personId!, role: v.role, sortOrder, ...fields });
    },
    onSuccess: async () => {
      await refresh();
      onClose();
    },
    onError: (err) => {
      if (!catchConflict(err)) showError(err, form);
    },
  });

  return (
    <Modal
      open={!!dialog}
      title={t(member ? 'campaignPeople.editTitle' : 'campaignPeople.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'member-save', disabled: !!conflict }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <ConflictNotice message={conflict} onReload={() => void refresh().then(onClose)} />
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="role" label={t('campaignPeople.role')} rules={[{ required: true }]}>
          <Select
            data-testid="member-role"
            disabled={!!member}
            options={MEMBER_ROLES.map((r) => ({ value: r, label: t(`campaignPeople.role.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="personId" label={t('campaignPeople.person')} rules={[{ required: true, message: t('common.required') }]}>
          <PersonPicker data-testid="member-person" disabled={!!member} knownName={member?.name} />
        </Form.Item>
        <Form.Item name="title" label={t('campaignPeople.title')} extra={t('campaignPeople.titleHint')}>
          <Input data-testid="member-title" maxLength={50} />
        </Form.Item>
        {role === 'guidance' && (
          <Form.Item name="orgIds" label={t('campaignPeople.units')} extra={t('campaignPeople.unitsHint')}>
            <SubtreePicker
              data-testid="member-units"
              multiple
              rootId={campaign.ownerOrgId}
              known={member?.orgs}
              style={{ width: '100%' }}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
