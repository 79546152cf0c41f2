// Adds a study record of mine (学习记录): day, form (固定课堂 / 网上课堂 / 流动课堂 / 实践课堂), topic, hours.
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { STUDY_FORMS, type StudyForm } from '@xianfeng/shared/schemas/records';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { addStudy, meKeys } from './me.api';

interface Values {
  studiedOn: Dayjs;
  form: StudyForm;
  topic: string;
  hours: number;
}

export function StudyModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();

  const save = useMutation({
    mutationFn: (v: Values) =>
      addStudy({ studiedOn: v.studiedOn.format('YYYY-MM-DD'), form: v.form, topic: v.topic.trim(), hours: v.hours }),
    onSuccess: async () => {
      void message.success(t('mePage.studyAdded'));
      await client.invalidateQueries({ queryKey: meKeys.all });
      form.resetFields();
      onClose();
    },
    onError: (err) => showError(err, form),
  });

  return (
    <Modal
      open={open}
      title={t('mePage.addStudy')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'study-save' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ studiedOn: dayjs(), form: 'online_class', hours: 1 }}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="studiedOn" label={t('mePage.studiedOn')} rules={[{ required: true, message: t('common.required') }]}>
          <DatePicker
            data-testid="study-date"
            format={fmt.dateFormat}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="form" label={t('mePage.studyForm')} rules={[{ required: true }]}>
          <Select data-testid="study-form" options={STUDY_FORMS.map((f) => ({ value: f, label: t(`studyForm.${f}`) }))} />
        </Form.Item>
        <Form.Item
          name="topic"
          label={t('mePage.studyTopic')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input data-testid="study-topic" maxLength={200} />
        </Form.Item>
        <Form.Item name="hours" label={t('mePage.studyHours')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber data-testid="study-hours" min={0.5} max={24} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
