// The assignment's workflow buttons: 提交 (with a comment), 通过 / 退回 (comment required) for reviewers,
// 重新打开 (reason required) once approved. A version conflict reloads the assignment.
import { App, Button, Form, Input, Modal, Space, Tooltip } from 'antd';
import { CheckOutlined, RollbackOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AssignmentDetail } from '@xianfeng/shared/schemas/campaigns';
import { isVersionConflict } from '../../../app/api';
import { useShowError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { assignmentKeys, moveAssignment, useInvalidateAssignments, type ReviewStep } from '../assignments.api';
import { evidenceMissing, stepsOf } from './steps';

const NEEDS_COMMENT: ReviewStep[] = ['return', 'reopen'];

const ICONS = { submit: <SendOutlined />, approve: <CheckOutlined />, return: <RollbackOutlined />, reopen: <UndoOutlined /> };

export function ReviewActions({ assignment: a }: { assignment: AssignmentDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const invalidate = useInvalidateAssignments();
  const [step, setStep] = useState<ReviewStep | null>(null);
  const [form] = Form.useForm<{ comment?: string }>();
  const move = useMutation({
    mutationFn: ({ s, comment }: { s: ReviewStep; comment?: string }) => moveAssignment(a.id, s, a.version, comment?.trim()),
    onSuccess: async (_, { s }) => {
      setStep(null);
      form.resetFields();
      void message.success(t(`assignmentPage.done.${s}`));
      await invalidate();
    },
    onError: (err) => {
      if (isVersionConflict(err)) {
        setStep(null);
        void message.warning(err.message);
        void client.invalidateQueries({ queryKey: assignmentKeys.detail(a.id) });
      } else showError(err, form);
    },
  });
  const steps = stepsOf(a);
  const missing = evidenceMissing(a);
  if (steps.length === 0) return null;

  return (
    <>
      <Space wrap>
        {steps.map((s) => {
          const blocked = s === 'submit' && missing;
          const button = (
            <Button
              key={s}
              data-testid={`assignment-${s}`}
              type={s === 'submit' || s === 'approve' ? 'primary' : 'default'}
              danger={s === 'return'}
              icon={ICONS[s]}
              disabled={blocked}
              onClick={() => setStep(s)}
            >
              {t(`assignmentPage.step.${s}`)}
            </Button>
          );
          return blocked ? (
            <Tooltip key={s} title={t('assignmentPage.evidenceMissing')}>
              {button}
            </Tooltip>
          ) : (
            button
          );
        })}
      </Space>
      <Modal
        open={!!step}
        title={step && t(`assignmentPage.step.${step}`)}
        onCancel={() => setStep(null)}
        onOk={() => form.submit()}
        okButtonProps={{ loading: move.isPending, 'data-testid': 'assignment-step-ok' }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => step && move.mutate({ s: step, comment: v.comment })}>
          <Form.Item
            name="comment"
            label={t(step && NEEDS_COMMENT.includes(step) ? 'assignmentPage.reason' : 'assignmentPage.comment')}
            rules={[{ required: !!step && NEEDS_COMMENT.includes(step), whitespace: true, message: t('assignmentPage.reasonRequired') }]}
          >
            <Input.TextArea data-testid="assignment-comment" rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
