// 政治面貌变更: the dated history of party status, and the action that appends to it.
import { Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { MEMBER_STATUSES, PARTY_STATUSES, type PartyStatus } from '@xianfeng/shared/domain';
import type { PersonDetail } from '@xianfeng/shared/schemas/people';
import { useFormat, useT } from '../../app/i18n';
import { ConflictAlert } from './conflict';
import { fromDay, isFuture } from './dates';
import { changeStatus } from './people.api';
import { PartyStatusTag } from './PartyStatusTag';
import { useVersionedAction } from './useVersionedAction';

interface Props {
  person: PersonDetail;
  onReload: () => Promise<PersonDetail | undefined>;
}

interface Values {
  status: PartyStatus;
  effectiveOn: Dayjs;
  note?: string;
}

export function StatusHistory({ person, onReload }: Props) {
  const t = useT();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const { mutation, conflict, reloaded } = useVersionedAction<Values>({
    open,
    version: person.version,
    form,
    run: (v, version) => changeStatus(person.id, { version, status: v.status, effectiveOn: fromDay(v.effectiveOn)!, note: v.note || null }),
    done: 'personPage.statusChanged',
    onDone: () => setOpen(false),
  });
  const history = [...person.statusHistory].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || b.id - a.id);

  return (
    <Card
      title={t('personPage.statusHistory')}
      extra={
        person.can.write && (
          <Button data-testid="person-change-status" onClick={() => setOpen(true)}>
            {t('personPage.changeStatus')}
          </Button>
        )
      }
    >
      {history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('personPage.noStatusHistory')} />
      ) : (
        <Timeline
          items={history.map((h) => ({
            key: h.id,
            // Members red, the path to membership and non-members grey.
            color: MEMBER_STATUSES.includes(h.status) ? 'red' : 'gray',
            title: fmt.date(h.effectiveOn),
            content: (
              <>
                <PartyStatusTag status={h.status} />
                {h.note && <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>{h.note}</Typography.Paragraph>}
              </>
            ),
          }))}
        />
      )}
      <Modal
        open={open}
        title={t('personPage.changeStatus')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={mutation.isPending}
        okButtonProps={{ disabled: !!conflict }}
        forceRender
      >
        <ConflictAlert message={conflict} onReload={() => void onReload().then((p) => reloaded(p?.version))} />
        <Form<Values> form={form} layout="vertical" initialValues={{ effectiveOn: dayjs() }} onFinish={(v) => mutation.mutate(v)}>
          <Form.Item label={t('personPage.currentStatus')}>
            <PartyStatusTag status={person.partyStatus} />
          </Form.Item>
          <Form.Item name="status" label={t('personPage.newStatus')} rules={[{ required: true, message: t('common.required') }]}>
            <Select
              data-testid="person-new-status"
              options={PARTY_STATUSES.filter((s) => s !== person.partyStatus).map((s) => ({ value: s, label: t(`partyStatus.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="effectiveOn" label={t('personPage.effectiveOn')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker format={fmt.dateFormat} disabledDate={isFuture} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="note" label={t('personPage.note')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
