// 督办 now: the list's owner or the responsible node's superior takes an escalation step by hand (督办 / 通报 / 约谈),
// with instructions; the server dates it, adds it to the item's history and notifies the responsible people.
import { App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ESCALATION_STEPS, type EscalateBody, type EscalationStepName, type ItemDetail } from '@xianfeng/shared/schemas/ledgers';
import { api } from '../../app/api';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';

/** The step after the one reached (督办 when none was taken), the top step staying the top. */
const nextStep = (reached: EscalationStepName | null): EscalationStepName =>
  reached ? ESCALATION_STEPS[Math.min(ESCALATION_STEPS.indexOf(reached) + 1, ESCALATION_STEPS.length - 1)]! : 'urge';

export function EscalateButton({ item }: { item: ItemDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<EscalateBody>();

  const send = useMutation({
    mutationFn: (body: EscalateBody) => api.post<ItemDetail>(`/ledger-items/${item.id}/escalate`, body),
    onSuccess: async (saved, body) => {
      client.setQueryData(['ledgers', 'item', item.id], saved);
      await client.invalidateQueries({ queryKey: ['ledgers', 'items'] });
      void message.success(t('escalateButton.done', { step: t(`escalation.step.${body.step}`) }));
      setOpen(false);
    },
    onError: (err) => showError(err, form),
  });

  if (item.status === 'closed' || !(item.can.manage || item.can.close)) return null;
  return (
    <>
      <Button
        icon={<AlertOutlined />}
        data-testid="item-escalate"
        onClick={() => {
          form.setFieldsValue({ step: nextStep(item.escalation), text: '' });
          setOpen(true);
        }}
      >
        {t('escalateButton.open')}
      </Button>
      <Modal
        open={open}
        title={t('escalateButton.title')}
        onCancel={() => !send.isPending && setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: send.isPending, 'data-testid': 'item-escalate-ok' }}
        cancelText={t('common.cancel')}
        forceRender
      >
        <Form<EscalateBody> form={form} layout="vertical" onFinish={(v) => send.mutate({ step: v.step, text: v.text.trim() })}>
          <Form.Item name="step" label={t('escalateButton.step')} rules={[{ required: true, message: t('common.required') }]}>
            <Select
              data-testid="item-escalate-step"
              options={ESCALATION_STEPS.map((s) => ({ value: s, label: t(`escalation.step.${s}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="text"
            label={t('escalateButton.text')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea data-testid="item-escalate-text" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
          </Form.Item>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('escalateButton.hint')}
          </Typography.Text>
        </Form>
      </Modal>
    </>
  );
}
