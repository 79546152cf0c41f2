// A draft's phases (阶段, e.g. 筹划部署 / 组织实施 / 检查验收): add, edit (with the version read), remove.
import { App, Button, Card, DatePicker, Empty, Form, Input, List, Modal, Popconfirm, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { CampaignDetail, Phase } from '@xianfeng/shared/schemas/campaigns';
import { useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { useConflict } from '../people/conflict';
import { ConflictNotice } from './ConflictNotice';
import { addPhase, campaignKeys, removePhase, updatePhase } from './campaigns.api';
import { nextSortOrder } from './campaigns.helpers';

interface Values {
  name?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}
type Dialog = { phase: Phase | null } | null;

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

function PhaseModal({
  campaign,
  dialog,
  onClose,
  onReload,
}: {
  campaign: CampaignDetail;
  dialog: Dialog;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}) {
  const t = useT();
  const fmt = useFormat();
  const showError = useShowError();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { conflict, catchConflict, clear } = useConflict();
  const phase = dialog?.phase ?? null;

  useEffect(() => {
    if (!dialog) return;
    clear();
    form.resetFields();
    if (phase)
      form.setFieldsValue({
        name: phase.name,
        dates: [phase.startsOn ? dayjs(phase.startsOn) : null, phase.endsOn ? dayjs(phase.endsOn) : null],
      });
  }, [dialog, phase, form, clear]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const fields = { name: (v.name ?? '').trim(), startsOn: day(v.dates?.[0]), endsOn: day(v.dates?.[1]) };
      return phase
        ? updatePhase(campaign.id, phase.id, { ...fields, version: phase.version })
        : addPhase(campaign.id, { ...fields, sortOrder: nextSortOrder(campaign.phases) });
    },
    onSuccess: (detail) => {
      client.setQueryData(campaignKeys.detail(campaign.id), detail);
      onClose();
    },
    onError: (err) => {
      if (!catchConflict(err)) showError(err, form);
    },
  });

  return (
    <Modal
      open={!!dialog}
      title={t(phase ? 'campaignPlan.editPhase' : 'campaignPlan.addPhase')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'phase-save', disabled: !!conflict }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <ConflictNotice message={conflict} onReload={() => void onReload().then(onClose)} />
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="name"
          label={t('campaignPlan.phaseName')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input data-testid="phase-name" maxLength={100} placeholder={t('campaignPlan.phaseNameHint')} />
        </Form.Item>
        <Form.Item name="dates" label={t('campaignPlan.phaseDates')}>
          <DatePicker.RangePicker
            data-testid="phase-dates"
            format={fmt.dateFormat}
            allowEmpty={[true, true]}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function PhasesCard({ campaign, onReload }: { campaign: CampaignDetail; onReload: () => Promise<unknown> }) {
  const t = useT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const used = (p: Phase) => campaign.actions.filter((a) => a.phaseId === p.id).length;

  const remove = async (p: Phase) => {
    try {
      await removePhase(campaign.id, p.id);
      void message.success(t('campaignPlan.phaseRemoved'));
      await client.invalidateQueries({ queryKey: campaignKeys.detail(campaign.id) });
    } catch (err) {
      showError(err);
    }
  };
  const dates = (p: Phase) =>
    p.startsOn || p.endsOn ? `${fmt.date(p.startsOn) || '…'} — ${fmt.date(p.endsOn) || '…'}` : t('campaignPlan.noDates');

  return (
    <Card
      size="small"
      title={t('campaignPlan.phases')}
      extra={
        <Button data-testid="phase-add" size="small" icon={<PlusOutlined />} onClick={() => setDialog({ phase: null })}>
          {t('campaignPlan.addPhase')}
        </Button>
      }
    >
      <List
        data-testid="phases"
        size="small"
        dataSource={campaign.phases}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaignPlan.noPhases')} /> }}
        renderItem={(p) => (
          <List.Item
            actions={[
              <Button
                key="edit"
                type="link"
                size="small"
                icon={<EditOutlined />}
                aria-label={t('campaignPlan.edit')}
                onClick={() => setDialog({ phase: p })}
              />,
              <Popconfirm
                key="rm"
                title={t(used(p) > 0 ? 'campaignPlan.removePhaseUsed' : 'campaignPlan.removePhaseConfirm', {
                  name: p.name,
                  count: used(p),
                })}
                okText={t('common.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() => void remove(p)}
              >
                <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('campaignPlan.remove')} />
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta title={p.name} description={<Typography.Text type="secondary">{dates(p)}</Typography.Text>} />
          </List.Item>
        )}
      />
      <PhaseModal campaign={campaign} dialog={dialog} onClose={() => setDialog(null)} onReload={onReload} />
    </Card>
  );
}
