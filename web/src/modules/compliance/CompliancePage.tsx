// 合规统计: for a node and a window of months, its child nodes × rules (with a bar chart of shares),
// drilling down to a branch's rule × month grid; export .xlsx; and the participation tab.
import { Breadcrumb, Button, Card, DatePicker, Flex, Grid, Space, Tabs, Typography } from 'antd';
import { DownloadOutlined, SettingOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ComplianceRow } from '@xianfeng/shared/schemas/compliance';
import { QueryError, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { OrgPicker } from '../../app/OrgPicker';
import { useOrg } from '../orgs/orgs.api';
import { downloadFile } from '../people/download';
import { ComplianceChart } from './ComplianceChart';
import { useCompliance, useComplianceNode } from './compliance.api';
import { ComplianceTableView } from './ComplianceTableView';
import { MAX_MONTHS, useComplianceParams, type ComplianceParams } from './compliance.url';
import { NodeGrid } from './NodeGrid';
import { ParticipationView } from './ParticipationView';

const LEAF_TYPES = ['branch', 'party_group'];

function ComplianceView({
  orgId,
  params,
  open,
}: {
  orgId: number;
  params: ComplianceParams;
  open: (row: ComplianceRow) => void;
}) {
  const narrow = Grid.useBreakpoint().md === false;
  const org = useOrg(orgId);
  const w = { from: params.from, to: params.to };
  const leaf = !!org.data && LEAF_TYPES.includes(org.data.type);
  const table = useCompliance(org.data?.type === 'party_group' ? null : orgId, w);
  const node = useComplianceNode(leaf ? orgId : null, w);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {leaf &&
        (node.isError ? (
          <QueryError error={node.error} onRetry={() => void node.refetch()} />
        ) : (
          node.data && <NodeGrid node={node.data} />
        ))}
      {table.isError && <QueryError error={table.error} onRetry={() => void table.refetch()} />}
      {table.data && (!leaf || table.data.children.length > 0) && (
        <>
          <ComplianceTableView table={table.data} onOpen={open} loading={table.isFetching} narrow={narrow} />
          {!leaf && <ComplianceChart rows={table.data.children} narrow={narrow} onOpen={open} />}
        </>
      )}
    </Space>
  );
}

export default function CompliancePage() {
  const t = useT();
  const navigate = useNavigate();
  const showError = useShowError();
  const narrow = Grid.useBreakpoint().sm === false;
  const { nodeId } = useCurrentNode();
  const [params, update] = useComplianceParams();
  const orgId = params.orgId ?? nodeId;
  const org = useOrg(orgId);
  const [exporting, setExporting] = useState(false);
  const open = (row: ComplianceRow) => update({ orgId: row.orgId });

  const exportXlsx = async () => {
    if (!orgId) return;
    setExporting(true);
    try {
      await downloadFile('/compliance/export.xlsx', { orgId, from: params.from, to: params.to }, t('compliancePage.exportFile'));
    } catch (err) {
      showError(err);
    } finally {
      setExporting(false);
    }
  };

  const crumbs = [...(org.data?.ancestors ?? []), ...(org.data ? [{ id: org.data.id, name: org.data.name }] : [])];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('compliancePage.title')}
        </Typography.Title>
        <Space wrap>
          <Button
            data-testid="compliance-rules"
            icon={<SettingOutlined />}
            onClick={() => navigate(orgId ? `/compliance/rules?orgId=${orgId}` : '/compliance/rules')}
          >
            {t('compliancePage.rules')}
          </Button>
          <Button
            data-testid="compliance-export"
            icon={<DownloadOutlined />}
            loading={exporting}
            disabled={!orgId}
            onClick={() => void exportXlsx()}
          >
            {t('compliancePage.export')}
          </Button>
        </Space>
      </Flex>
      <Card size="small">
        <Space wrap orientation={narrow ? 'vertical' : 'horizontal'} style={{ width: '100%' }}>
          <OrgPicker
            data-testid="compliance-org"
            value={orgId}
            allowClear={false}
            onChange={(id) => id && update({ orgId: id })}
            style={{ width: narrow ? '100%' : 300 }}
          />
          <DatePicker.RangePicker
            data-testid="compliance-months"
            picker="month"
            allowClear={false}
            format={t('compliancePage.monthFormat')}
            value={[dayjs(`${params.from}-01`), dayjs(`${params.to}-01`)]}
            disabledDate={(d, info) => !!info.from && Math.abs(d.diff(info.from, 'month')) >= MAX_MONTHS}
            onChange={(v) => v?.[0] && v[1] && update({ from: v[0].format('YYYY-MM'), to: v[1].format('YYYY-MM') })}
            style={{ width: narrow ? '100%' : 280 }}
          />
        </Space>
      </Card>
      {crumbs.length > 1 && (
        <Breadcrumb
          data-testid="compliance-crumbs"
          items={crumbs.map((c, i) => ({
            key: c.id,
            title:
              i < crumbs.length - 1 ? (
                <Typography.Link onClick={() => update({ orgId: c.id })}>{c.name}</Typography.Link>
              ) : (
                c.name
              ),
          }))}
        />
      )}
      {orgId ? (
        <Tabs
          activeKey={params.tab}
          onChange={(k) => update({ tab: k as ComplianceParams['tab'] })}
          items={[
            {
              key: 'compliance',
              label: t('compliancePage.tab.compliance'),
              children: <ComplianceView orgId={orgId} params={params} open={open} />,
            },
            {
              key: 'participation',
              label: t('compliancePage.tab.participation'),
              children: <ParticipationView orgId={orgId} params={params} onOpen={(id) => update({ orgId: id })} />,
            },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('compliancePage.pickNode')}</Typography.Text>
      )}
    </Space>
  );
}
