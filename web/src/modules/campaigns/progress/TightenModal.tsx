// 压缩时限: an earlier deadline for an action across the node's subtree (never a later one: the server refuses).
import { App, DatePicker, Form, Modal, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CampaignDetail } from '@xianfeng/shared/schemas/campaigns';
import { useShowError } from '../../../app/errors';
import { useFormat, useT } from '../../../app/i18n';
import { tightenDeadline, useProgressMutation } from './progress.api';

interface Values {
  actionId: number;
  deadline: Dayjs;
}

export function TightenModal({ open, campaign, orgId, onClose }: { open: boolean; campaign: CampaignDetail; orgId: number; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const actionId = Form.useWatch('actionId', form);
  const action = campaign.actions.find((a) => a.id === actionId);
  const save = useProgressMutation(
    (v: Values) => tightenDeadline(campaign.id, v.actionId, { orgId, deadline: v.deadline.format('YYYY-MM-DD') }),
    () => {
      form.resetFields();
      onClose();
    },
  );

  return (
    <Modal
      open={open}
      title={t('progressTab.tighten')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'tighten-save' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('tighten.hint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: (r) => void message.success(t('tighten.done', { count: (r as { updated: number }).updated })),
            onError: (err) => showError(err, form),
          })
        }
      >
        <Form.Item name="actionId" label={t('tighten.action')} rules={[{ required: true, message: t('tighten.actionRequired') }]}>
          <Select
            data-testid="tighten-action"
            showSearch={{ optionFilterProp: 'label' }}
            options={campaign.actions.map((a) => ({ value: a.id, label: `${a.title}（${fmt.date(a.deadline)}）` }))}
          />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('tighten.deadline')}
          rules={[{ required: true, message: t('tighten.deadlineRequired') }]}
          extra={action && t('tighten.current', { date: fmt.date(action.deadline) })}
        >
          <DatePicker
            data-testid="tighten-deadline"
            format={fmt.dateFormat}
            style={{ width: '100%' }}
            disabledDate={(d) => !!action && d.format('YYYY-MM-DD') > action.deadline}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
