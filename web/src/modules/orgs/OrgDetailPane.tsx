// The right pane: a node's details, its tabs and, for those who may change it, the actions.
import { lazy, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Breadcrumb, Button, Card, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { DeleteOutlined, DragOutlined, EditOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { ALLOWED_CHILD_TYPES } from '@xianfeng/shared/domain';
import type { OrgDetail } from '@xianfeng/shared/schemas/orgs';
import { useFormat, useT } from '../../app/i18n';
import { OrgChildrenTab } from './OrgChildrenTab';
import { CreateChildModal, EditOrgModal } from './OrgFormModals';
import { HistoryTab, LeadershipTab, MembersTab } from './OrgInfoTabs';
import { MergeOrgModal } from './OrgMergeModal';
import { DissolveOrgModal, MoveOrgModal } from './OrgRestructureModals';

const AuditTable = lazy(() => import('../audit/AuditTable').then((m) => ({ default: m.AuditTable })));

type Dialog = 'create' | 'edit' | 'move' | 'merge' | 'dissolve' | null;

export function OrgDetailPane({ org, onOpen, onReload, onChanged }: {
  org: OrgDetail;
  onOpen: (id: number) => void;
  onReload: () => Promise<unknown>;
  /** Nodes whose children changed, so the tree fetches them again. */
  onChanged: (ids: (number | null)[]) => void;
}) {
  const t = useT();
  const { date } = useFormat();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'children';
  const close = () => setDialog(null);
  const writable = org.can.write && !org.dissolvedOn;
  const childTypes = ALLOWED_CHILD_TYPES[org.type];
  const none = t('common.none');

  const tabs = [
    { key: 'children', label: t('orgTab.children'), children: <OrgChildrenTab orgId={org.id} onOpen={onOpen} /> },
    { key: 'leadership', label: t('orgTab.leadership'), children: <LeadershipTab orgId={org.id} /> },
    { key: 'members', label: t('orgTab.members'), children: <MembersTab orgId={org.id} /> },
    { key: 'history', label: t('orgTab.history'), children: <HistoryTab orgId={org.id} /> },
    ...(org.can.readAudit
      ? [{ key: 'audit', label: t('orgTab.audit'), children: <Suspense fallback={<Spin />}><AuditTable filters={{ orgId: org.id }} /></Suspense> }]
      : []),
  ];

  return (
    <Card>
      {org.ancestors.length > 0 && (
        <Breadcrumb
          style={{ marginBottom: 8 }}
          data-testid="org-breadcrumb"
          items={[...org.ancestors.map((a) => ({ title: <Typography.Link onClick={() => onOpen(a.id)}>{a.name}</Typography.Link> })), { title: org.name }]}
        />
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="org-title">
            {org.name}
          </Typography.Title>
          <Tag color="red">{t(`orgType.${org.type}`)}</Tag>
          {org.dissolvedOn && <Tag>{t('org.dissolvedTag')}</Tag>}
        </Space>
        {writable && (
          <Space wrap>
            {childTypes.length > 0 && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="org-create-child">
                {t('orgAction.create')}
              </Button>
            )}
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="org-edit">
              {t('orgAction.edit')}
            </Button>
            {org.parentId !== null && org.ancestors.length > 0 && (
              <>
                <Button icon={<DragOutlined />} onClick={() => setDialog('move')} data-testid="org-move">
                  {t('orgAction.move')}
                </Button>
                <Button icon={<MergeCellsOutlined />} onClick={() => setDialog('merge')} data-testid="org-merge">
                  {t('orgAction.merge')}
                </Button>
                <Button danger icon={<DeleteOutlined />} onClick={() => setDialog('dissolve')} data-testid="org-dissolve">
                  {t('orgAction.dissolve')}
                </Button>
              </>
            )}
          </Space>
        )}
      </div>
      <Descriptions size="small" style={{ marginTop: 16 }} column={{ xs: 1, sm: 2, lg: 3 }} data-testid="org-details">
        <Descriptions.Item label={t('orgField.type')}>{t(`orgType.${org.type}`)}</Descriptions.Item>
        <Descriptions.Item label={t('orgField.unitName')}>{org.unitName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('orgField.code')}>{org.code ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('orgField.establishedOn')}>{org.establishedOn ? date(org.establishedOn) : none}</Descriptions.Item>
        <Descriptions.Item label={t('orgField.termEndsOn')}>{org.termEndsOn ? date(org.termEndsOn) : none}</Descriptions.Item>
        <Descriptions.Item label={t('orgField.childCount')}>{org.childCount}</Descriptions.Item>
        {org.dissolvedOn && <Descriptions.Item label={t('orgField.dissolvedOn')}>{date(org.dissolvedOn)}</Descriptions.Item>}
      </Descriptions>
      <Tabs
        activeKey={tabs.some((x) => x.key === tab) ? tab : 'children'}
        onChange={(key) => setParams((p) => { p.set('tab', key); return p; }, { replace: true })}
        items={tabs}
        data-testid="org-tabs"
      />
      {dialog === 'create' && (
        <CreateChildModal parent={org} open onClose={close} onCreated={() => { close(); onChanged([org.id, org.parentId]); }} />
      )}
      {dialog === 'edit' && (
        <EditOrgModal org={org} open onClose={close} onSaved={() => { close(); onChanged([org.parentId]); }} onReload={onReload} />
      )}
      {dialog === 'move' && (
        <MoveOrgModal org={org} open onClose={close} onReload={onReload} onDone={(moved, previous) => { close(); onChanged([previous, moved.parentId]); }} />
      )}
      {dialog === 'merge' && (
        <MergeOrgModal
          org={org}
          open
          onClose={close}
          onReload={onReload}
          onDone={({ into }) => {
            close();
            onChanged([org.parentId, into.id, into.parentId]);
            onOpen(into.id);
          }}
        />
      )}
      {dialog === 'dissolve' && (
        <DissolveOrgModal org={org} open onClose={close} onReload={onReload} onDone={(_, previous) => { close(); onChanged([previous]); }} />
      )}
    </Card>
  );
}
