// 职务: the person's terms in positions (current and past), with 任职 (add) and 免职 (end).
import { App, Button, Card, DatePicker, Form, Modal, Select, Table, Tag, type TableProps } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { POSITIONS, type Position } from '@xianfeng/shared/domain';
import type { PersonDetail, PositionView } from '@xianfeng/shared/schemas/people';
import { isVersionConflict } from '../../app/api';
import { OrgPicker } from '../../app/OrgPicker';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { orgKeys } from '../orgs/orgs.api';
import { fromDay } from './dates';
import { createPosition, peopleKeys, updatePosition } from './people.api';

interface AddValues {
  orgId: number | null;
  title: Position;
  startOn: Dayjs;
}

export function PositionsCard({ person }: { person: PersonDetail }) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<PositionView | null>(null);
  const [endOn, setEndOn] = useState<Dayjs | null>(dayjs());
  const [form] = Form.useForm<AddValues>();

  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: peopleKeys.all }), client.invalidateQueries({ queryKey: orgKeys.all })]);
  const add = useMutation({
    mutationFn: (v: AddValues) => createPosition({ personId: person.id, orgId: v.orgId!, title: v.title, startOn: fromDay(v.startOn)! }),
    onSuccess: async () => {
      void message.success(t('personPage.positionAdded'));
      await refresh();
      form.resetFields();
      setAdding(false);
    },
    onError: (err) => showError(err, form),
  });
  const end = useMutation({
    mutationFn: (p: PositionView) => updatePosition(p.id, { version: p.version, endOn: fromDay(endOn)! }),
    onSuccess: async () => {
      void message.success(t('personPage.positionEnded'));
      await refresh();
      setEnding(null);
    },
    onError: async (err) => {
      showError(err);
      // Someone changed the term meanwhile: show the latest.
      if (isVersionConflict(err)) {
        await refresh();
        setEnding(null);
      }
    },
  });

  const columns: TableProps<PositionView>['columns'] = [
    { key: 'title', title: t('personPage.positionTitle'), render: (_, p) => t(`position.${p.title}`) },
    { key: 'org', title: t('personPage.positionOrg'), render: (_, p) => <Link to={`/orgs/${p.orgId}`}>{p.orgName}</Link> },
    { key: 'startOn', title: t('personPage.startOn'), width: 140, render: (_, p) => fmt.date(p.startOn) },
    {
      key: 'endOn',
      title: t('personPage.endOn'),
      width: 140,
      render: (_, p) => (p.current ? <Tag color="green">{t('personPage.inOffice')}</Tag> : fmt.date(p.endOn)),
    },
    ...(person.can.write
      ? [
          {
            key: 'actions',
            title: '',
            width: 90,
            render: (_: unknown, p: PositionView) =>
              p.current && (
                <Button size="small" onClick={() => {
                    setEndOn(dayjs());
                    setEnding(p);
                  }}>
                  {t('personPage.endPosition')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('personPage.positions')}
      extra={
        person.can.write && (
          <Button
            data-testid="person-add-position"
            onClick={() => {
              // Propose the person's current branch (it may have changed since the form was made).
              form.resetFields();
              setAdding(true);
            }}
          >
            {t('personPage.addPosition')}
          </Button>
        )
      }
    >
      <Table<PositionView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={person.positionHistory}
        pagination={false}
        scroll={{ x: 600 }}
        locale={{ emptyText: t('personPage.noPositions') }}
      />
      <Modal
        open={adding}
        title={t('personPage.addPosition')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setAdding(false)}
        confirmLoading={add.isPending}
        forceRender
      >
        <Form<AddValues>
          form={form}
          layout="vertical"
          initialValues={{ orgId: person.orgId, startOn: dayjs() }}
          onFinish={(v) => add.mutate(v)}
        >
          <Form.Item name="orgId" label={t('personPage.positionOrg')} rules={[{ required: true, message: t('common.required') }]}>
            <OrgPicker />
          </Form.Item>
          <Form.Item name="title" label={t('personPage.positionTitle')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={POSITIONS.map((p) => ({ value: p, label: t(`position.${p}`) }))} />
          </Form.Item>
          <Form.Item name="startOn" label={t('personPage.startOn')} rules={[{ required: true, message: t('common.required') }]}>
            <DatePicker format={fmt.dateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!ending}
        title={t('personPage.endPositionTitle', { title: ending ? t(`position.${ending.title}`) : '', org: ending?.orgName ?? '' })}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => ending && endOn && end.mutate(ending)}
        okButtonProps={{ disabled: !endOn }}
        onCancel={() => setEnding(null)}
        confirmLoading={end.isPending}
      >
        <Form layout="vertical">
          <Form.Item label={t('personPage.endOn')} required>
            <DatePicker
              format={fmt.dateFormat}
              value={endOn}
              onChange={setEndOn}
              disabledDate={(d) => !!ending && d.isBefore(dayjs(ending.startOn), 'day')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
