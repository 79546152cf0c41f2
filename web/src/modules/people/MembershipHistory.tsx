// 组织关系: the person's memberships over time; consecutive ones are transfers (组织关系转接).
import { Button, Card, DatePicker, Form, Input, Modal, Space, Table, Tag, type TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MembershipView, PersonDetail } from '@xianfeng/shared/schemas/people';
import { OrgPicker } from '../../app/OrgPicker';
import { useFormat, useT } from '../../app/i18n';
import { ConflictAlert } from './conflict';
import { fromDay, isFuture } from './dates';
import { transferPerson } from './people.api';
import { useVersionedAction } from './useVersionedAction';

interface Props {
  person: PersonDetail;
  onReload: () => Promise<PersonDetail | undefined>;
}

interface Values {
  toOrgId: number | null;
  effectiveOn: Dayjs;
  reason?: string;
}

export function MembershipHistory({ person, onReload }: Props) {
  const t = useT();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const { mutation, conflict, reloaded } = useVersionedAction<Values>({
    open,
    version: person.version,
    form,
    run: (v, version) => transferPerson(person.id, { version, toOrgId: v.toOrgId!, effectiveOn: fromDay(v.effectiveOn)!, reason: v.reason || null }),
    done: 'personPage.transferred',
    onDone: () => setOpen(false),
  });
  const rows = [...person.memberships].sort((a, b) => b.startOn.localeCompare(a.startOn) || b.id - a.id);

  const columns: TableProps<MembershipView>['columns'] = [
    {
      key: 'org',
      title: t('personPage.membershipOrg'),
      render: (_, m) => (
        <Space size={4} wrap>
          <Link to={`/orgs/${m.orgId}`}>{m.orgName}</Link>
          {!m.endOn && <Tag color="red">{t('personPage.current')}</Tag>}
        </Space>
      ),
    },
    { key: 'startOn', title: t('personPage.startOn'), width: 140, render: (_, m) => fmt.date(m.startOn) },
    { key: 'endOn', title: t('personPage.endOn'), width: 140, render: (_, m) => fmt.date(m.endOn) },
    {
      key: 'reason',
      title: t('personPage.transferReason'),
      width: 180,
      // A merge (合并) records a code, shown as its label.
      render: (_, m) => (m.transferReason === 'merge' ? t('membership.reason.merge') : (m.transferReason ?? '')),
    },
  ];

  return (
    <Card
      title={t('personPage.memberships')}
      extra={
        person.can.write && (
          <Button data-testid="person-transfer" onClick={() => setOpen(true)}>
            {t('personPage.transfer')}
          </Button>
        )
      }
    >
      <Table<MembershipView> rowKey="id" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 600 }} />
      <Modal
        open={open}
        title={t('personPage.transfer')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={mutation.isPending}
        okButtonProps={{ disabled: !!conflict }}
        forceRender
      >
        <ConflictAlert message={conflict} onReload={() => void onReload().then((p) => reloaded(p?.version))} />
        <Form<Values> form={form} layout="vertical" initialValues={{ toOrgId: null, effectiveOn: dayjs() }} onFinish={(v) => mutation.mutate(v)}>
          <Form.Item label={t('personPage.fromOrg')}>{person.orgName}</Form.Item>
          <Form.Item name="toOrgId" label={t('personPage.toOrg')} rules={[{ required: true, message: t('personPage.toOrgRequired') }]}>
            <OrgPicker data-testid="person-transfer-target" isDisabled={(o) => o.id === person.orgId || !!o.dissolvedOn} />
          </Form.Item>
          <Form.Item name="effectiveOn" label={t('personPage.transferDate')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker format={fmt.dateFormat} disabledDate={isFuture} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label={t('personPage.transferReason')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
