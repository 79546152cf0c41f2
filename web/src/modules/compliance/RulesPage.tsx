// 频次规则: the rules in force at a node with their basis (the article of 《支部工作条例》 for defaults),
// adding or tightening a rule for the subtree (never loosening), deactivating own rules, exemptions.
import { App, Button, Card, Checkbox, Flex, Grid, List, Popconfirm, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { FrequencyRule } from '@xianfeng/shared/schemas/compliance';
import { QueryError, useShowError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { OrgPicker } from '../../app/OrgPicker';
import { useOrg } from '../orgs/orgs.api';
import { complianceKeys, deactivateRule, deleteExemption, useRules } from './compliance.api';
import { ExemptionModal } from './ExemptionModal';
import { RuleModal, targetLabel, type RuleDialog } from './RuleModal';

function Exemptions({ rule, canWrite }: { rule: FrequencyRule; canWrite: boolean }) {
  const t = useT();
  const fmt = useFormat();
  const showError = useShowError();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: number) => deleteExemption(rule.id, id),
    onSuccess: () => client.invalidateQueries({ queryKey: complianceKeys.all }),
    onError: (err) => showError(err),
  });
  return (
    <List
      size="small"
      dataSource={rule.exemptions}
      locale={{ emptyText: t('rulesPage.noExemptions') }}
      renderItem={(e) => (
        <List.Item
          actions={
            canWrite
              ? [
                  <Popconfirm
                    key="rm"
                    title={t('rulesPage.removeExemption')}
                    onConfirm={() => remove.mutate(e.id)}
                    okText={t('common.ok')}
                    cancelText={t('common.cancel')}
                  >
                    <Button type="link" size="small" danger>
                      {t('rulesPage.remove')}
                    </Button>
                  </Popconfirm>,
                ]
              : []
          }
        >
          {e.orgName} · {t('rulesPage.from', { date: fmt.date(e.periodStart) })} · {e.reason}
        </List.Item>
      )}
    />
  );
}

export default function RulesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const client = useQueryClient();
  const narrow = Grid.useBreakpoint().md === false;
  const { nodeId } = useCurrentNode();
  const [sp, setSp] = useSearchParams();
  const orgId = Number(sp.get('orgId')) || nodeId;
  const [inactive, setInactive] = useState(false);
  const org = useOrg(orgId);
  const rules = useRules(orgId, inactive);
  const canWrite = !!org.data?.can.write;
  const [dialog, setDialog] = useState<RuleDialog | null>(null);
  const [exempting, setExempting] = useState<FrequencyRule | null>(null);

  const deactivate = useMutation({
    mutationFn: (r: FrequencyRule) => deactivateRule(r.id, r.version),
    onSuccess: async () => {
      void message.success(t('rulesPage.deactivated'));
      await client.invalidateQueries({ queryKey: complianceKeys.all });
    },
    onError: (err) => showError(err),
  });

  const columns: TableProps<FrequencyRule>['columns'] = [
    { key: 'kind', title: t('rulesPage.col.kind'), width: 140, render: (_, r) => r.kindName },
    { key: 'target', title: t('rulesPage.col.target'), width: 100, render: (_, r) => targetLabel(t, r.orgType) },
    {
      key: 'norm',
      title: t('rulesPage.col.norm'),
      width: 150,
      render: (_, r) => t('rulesPage.norm', { period: t(`rulePeriod.${r.period}`), count: r.minCount }),
    },
    { key: 'basis', title: t('rulesPage.col.basis'), render: (_, r) => r.basis ?? '' },
    {
      key: 'owner',
      title: t('rulesPage.col.owner'),
      width: 170,
      render: (_, r) => (
        <Space size={4} wrap>
          {r.ownerOrgId ? r.ownerOrgName : <Tag>{t('rulesPage.builtIn')}</Tag>}
          {r.overriddenBy && <Tag color="default">{t('rulesPage.overridden')}</Tag>}
          {!r.active && <Tag color="default">{t('rulesPage.inactive')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'exemptions',
      title: t('rulesPage.col.exemptions'),
      width: 70,
      render: (_, r) => (r.exemptions.length > 0 ? <Tag color="blue">{r.exemptions.length}</Tag> : null),
    },
    {
      key: 'actions',
      title: t('rulesPage.col.actions'),
      width: 210,
      render: (_, r) =>
        canWrite && r.active ? (
          <Space size={0} wrap>
            {r.ownHere ? (
              <>
                <Button type="link" size="small" onClick={() => setDialog({ mode: 'edit', rule: r })}>
                  {t('rulesPage.edit')}
                </Button>
                <Popconfirm
                  title={t('rulesPage.deactivateConfirm')}
                  onConfirm={() => deactivate.mutate(r)}
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                >
                  <Button type="link" size="small" danger>
                    {t('rulesPage.deactivate')}
                  </Button>
                </Popconfirm>
              </>
            ) : (
              !r.overriddenBy && (
                <Button
                  type="link"
                  size="small"
                  data-testid={`rule-tighten-${r.id}`}
                  onClick={() => setDialog({ mode: 'tighten', rule: r })}
                >
                  {t('rulesPage.tighten')}
                </Button>
              )
            )}
            {!r.overriddenBy && (
              <Button type="link" size="small" onClick={() => setExempting(r)}>
                {t('rulesPage.exempt')}
              </Button>
            )}
          </Space>
        ) : null,
    },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" gap={8}>
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('recordPage.back')}
            onClick={() => navigate(orgId ? `/compliance?orgId=${orgId}` : '/compliance')}
          />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('rulesPage.title')}
          </Typography.Title>
        </Flex>
        {canWrite && orgId && (
          <Button data-testid="rule-add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'add' })}>
            {t('rulesPage.add')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Space wrap orientation={narrow ? 'vertical' : 'horizontal'} style={{ width: '100%' }}>
          <OrgPicker
            data-testid="rules-org"
            value={orgId}
            allowClear={false}
            onChange={(id) => id && setSp({ orgId: String(id) }, { replace: true })}
            style={{ width: narrow ? '100%' : 300 }}
          />
          <Checkbox checked={inactive} onChange={(e) => setInactive(e.target.checked)}>
            {t('rulesPage.showInactive')}
          </Checkbox>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          {t('rulesPage.hint')}
        </Typography.Paragraph>
      </Card>
      {rules.isError ? (
        <QueryError error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Table<FrequencyRule>
          data-testid="rules-table"
          rowKey="id"
          size="small"
          loading={rules.isFetching}
          columns={columns}
          dataSource={rules.data?.items ?? []}
          pagination={false}
          scroll={{ x: 1000 }}
          onRow={(r) => ({ style: r.overriddenBy || !r.active ? { opacity: 0.55 } : undefined })}
          expandable={{
            rowExpandable: (r) => r.exemptions.length > 0,
            expandedRowRender: (r) => <Exemptions rule={r} canWrite={canWrite} />,
            columnWidth: 40,
          }}
        />
      )}
      {orgId && <RuleModal orgId={orgId} dialog={dialog} onClose={() => setDialog(null)} />}
      {orgId && <ExemptionModal rule={exempting} defaultOrgId={orgId} onClose={() => setExempting(null)} />}
    </Space>
  );
}
