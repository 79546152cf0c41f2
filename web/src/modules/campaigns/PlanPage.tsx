// /campaigns/new and /campaigns/:id/plan — the draft editor: the campaign's fields, phases, required
// actions (规定动作) and 部署. A launched campaign's plan is read on its page (方案 tab).
import { Alert, App, Button, Card, Flex, Form, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CampaignDetail, RequiredAction } from '@xianfeng/shared/schemas/campaigns';
import { QueryError, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { ActionDrawer, type ActionDialog } from './ActionDrawer';
import { ActionsTable } from './ActionsTable';
import { campaignKeys, createCampaign, removeAction, useCampaign } from './campaigns.api';
import { campaignBody, CampaignFields, type CampaignFormValues } from './CampaignFields';
import { CampaignStatusTag } from './CampaignTags';
import { LaunchButton } from './LaunchButton';
import { PhasesCard } from './PhasesCard';
import { PlanBasics } from './PlanBasics';

function NewCampaign() {
  const t = useT();
  const navigate = useNavigate();
  const showError = useShowError();
  const client = useQueryClient();
  const { nodeId } = useCurrentNode();
  const [form] = Form.useForm<CampaignFormValues>();
  const create = useMutation({
    mutationFn: (v: CampaignFormValues) => createCampaign({ ownerOrgId: v.ownerOrgId!, ...campaignBody(v) }),
    onSuccess: async (c) => {
      await client.invalidateQueries({ queryKey: campaignKeys.all });
      navigate(`/campaigns/${c.id}/plan`, { replace: true });
    },
    onError: (err) => showError(err, form),
  });
  return (
    <Card size="small">
      <Form<CampaignFormValues>
        form={form}
        layout="vertical"
        initialValues={{ ownerOrgId: nodeId, kind: 'theme_education' }}
        onFinish={(v) => create.mutate(v)}
      >
        <CampaignFields />
        <Flex justify="flex-end" gap={8}>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
          <Button data-testid="campaign-save" type="primary" htmlType="submit" loading={create.isPending}>
            {t('campaignPlan.createDraft')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

function PlanEditor({ campaign, onReload }: { campaign: CampaignDetail; onReload: () => Promise<unknown> }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<ActionDialog>(null);
  const remove = async (a: RequiredAction) => {
    try {
      await removeAction(campaign.id, a.id);
      void message.success(t('campaignPlan.actionRemoved'));
      await client.invalidateQueries({ queryKey: campaignKeys.detail(campaign.id) });
    } catch (err) {
      showError(err);
    }
  };
  const ops = (a: RequiredAction) => (
    <Space size={0}>
      <Button
        type="link"
        size="small"
        icon={<EditOutlined />}
        aria-label={t('campaignPlan.edit')}
        data-testid="action-edit"
        onClick={() => setDialog({ action: a })}
      />
      <Popconfirm
        title={t('campaignPlan.removeActionConfirm', { title: a.title })}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        onConfirm={() => void remove(a)}
      >
        <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('campaignPlan.remove')} />
      </Popconfirm>
    </Space>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PlanBasics campaign={campaign} onReload={onReload} />
      <PhasesCard campaign={campaign} onReload={onReload} />
      <Card
        size="small"
        title={t('campaignPlan.actions', { count: campaign.actions.length })}
        extra={
          <Button data-testid="action-add" size="small" icon={<PlusOutlined />} onClick={() => setDialog({ action: null })}>
            {t('campaignPlan.addAction')}
          </Button>
        }
      >
        <ActionsTable campaign={campaign} ops={ops} />
      </Card>
      <ActionDrawer campaign={campaign} dialog={dialog} onClose={() => setDialog(null)} onReload={onReload} />
    </Space>
  );
}

export default function PlanPage() {
  const t = useT();
  const navigate = useNavigate();
  const id = Number(useParams().id ?? 0);
  const editing = Number.isInteger(id) && id > 0;
  const query = useCampaign(editing ? id : 0);
  const reload = () => query.refetch();
  const campaign = query.data;

  const header = (
    <Flex align="center" justify="space-between" gap={12} wrap>
      <Flex align="center" gap={12} style={{ minWidth: 0 }}>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          aria-label={t('campaignPlan.back')}
          onClick={() => navigate(editing ? `/campaigns/${id}` : '/campaigns')}
        />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t(editing ? 'campaignPlan.editTitle' : 'campaignPlan.newTitle')}
        </Typography.Title>
        {campaign && <CampaignStatusTag status={campaign.status} />}
      </Flex>
      {campaign?.can.write && <LaunchButton campaign={campaign} onReload={reload} />}
    </Flex>
  );

  let body;
  if (!editing) body = <NewCampaign />;
  else if (query.isError) body = <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  else if (!campaign) body = <Skeleton active />;
  else if (!campaign.can.write)
    body = (
      <Alert
        type="info"
        showIcon
        title={t(campaign.status === 'draft' ? 'campaignPlan.readOnly' : 'campaignPlan.launchedReadOnly')}
        action={<Link to={`/campaigns/${id}?tab=plan`}>{t('campaignPlan.viewPlan')}</Link>}
      />
    );
  else body = <PlanEditor campaign={campaign} onReload={reload} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {header}
      {body}
    </Space>
  );
}
