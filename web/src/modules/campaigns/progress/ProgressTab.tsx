// 进度: the matrix at a node of the campaign's subtree, a phase filter, drill-down with a breadcrumb back up;
// at an intermediate node its staff add 自选动作 and tighten (压缩) deadlines for the subtree.
import { Breadcrumb, Button, Card, Empty, Flex, Grid, Select, Space, Typography } from 'antd';
import { CompressOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { CampaignDetail } from '@xianfeng/shared/schemas/campaigns';
import { useMe } from '../../../app/auth';
import { QueryError } from '../../../app/errors';
import { useT } from '../../../app/i18n';
import { useOrg } from '../../orgs/orgs.api';
import { CampaignNodePicker, canWriteAt, useCampaignNode, useCampaignParam } from './campaignNode';
import { LocalActionModal } from './LocalActionModal';
import { ToneLegend } from './MatrixCell';
import { useMatrix } from './progress.api';
import { ProgressMatrixView } from './ProgressMatrixView';
import { TightenModal } from './TightenModal';

export function ProgressTab({ campaign }: { campaign: CampaignDetail }) {
  const t = useT();
  const narrow = Grid.useBreakpoint().md === false;
  const { orgId, setOrgId } = useCampaignNode(campaign);
  const [phaseParam, setPhase] = useCampaignParam('phase');
  const phase = Number(phaseParam) > 0 ? Number(phaseParam) : null;
  const launched = campaign.status !== 'draft';
  const matrix = useMatrix(campaign.id, orgId, phase, launched && !!orgId);
  const org = useOrg(orgId);
  const me = useMe();
  const [dialog, setDialog] = useState<'local' | 'tighten' | null>(null);

  if (!launched) return <Empty description={t('overview.draft')} />;
  // The breadcrumb from the campaign's owner (or the highest node the caller sees) down to the viewed node.
  const ancestors = org.data?.ancestors ?? [];
  const from = Math.max(0, ancestors.findIndex((a) => a.id === campaign.ownerOrgId));
  const crumbs = org.data ? [...ancestors.slice(from), { id: org.data.id, name: org.data.name }] : [];
  // 自选动作 and tightening belong to a node below the owner whose staff the caller is.
  const intermediate = campaign.can.addLocal && !!org.data && org.data.id !== campaign.ownerOrgId && canWriteAt(me, org.data.path);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Flex wrap gap={12} vertical={narrow} justify="space-between">
          <Flex wrap gap={12} vertical={narrow}>
            <CampaignNodePicker
              testId="progress-org"
              campaign={campaign}
              value={orgId}
              onChange={setOrgId}
              style={{ width: narrow ? '100%' : 300 }}
            />
            <Select
              data-testid="progress-phase"
              allowClear
              placeholder={t('progressTab.allPhases')}
              value={phase ?? undefined}
              onChange={(v?: number) => setPhase(v ? String(v) : null)}
              options={campaign.phases.map((p) => ({ value: p.id, label: p.name }))}
              style={{ width: narrow ? '100%' : 200 }}
            />
          </Flex>
          {intermediate && (
            <Space wrap>
              <Button data-testid="progress-add-local" icon={<PlusOutlined />} onClick={() => setDialog('local')}>
                {t('progressTab.addLocal')}
              </Button>
              <Button data-testid="progress-tighten" icon={<CompressOutlined />} onClick={() => setDialog('tighten')}>
                {t('progressTab.tighten')}
              </Button>
            </Space>
          )}
        </Flex>
      </Card>
      {crumbs.length > 1 && (
        <Breadcrumb
          data-testid="progress-crumbs"
          items={crumbs.map((c, i) => ({
            key: c.id,
            title: i < crumbs.length - 1 ? <Typography.Link onClick={() => setOrgId(c.id)}>{c.name}</Typography.Link> : c.name,
          }))}
        />
      )}
      <ToneLegend />
      {matrix.isError && <QueryError error={matrix.error} onRetry={() => void matrix.refetch()} />}
      {matrix.data && (
        <ProgressMatrixView matrix={matrix.data} loading={matrix.isFetching} narrow={narrow} onDrill={(id) => setOrgId(id)} />
      )}
      {orgId && (
        <>
          <LocalActionModal open={dialog === 'local'} campaign={campaign} orgId={orgId} onClose={() => setDialog(null)} />
          <TightenModal open={dialog === 'tighten'} campaign={campaign} orgId={orgId} onClose={() => setDialog(null)} />
        </>
      )}
    </Space>
  );
}
