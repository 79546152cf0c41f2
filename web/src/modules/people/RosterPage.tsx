// 花名册: the roster of a subtree, filtered, sorted and paged on the server; export and 新增人员.
import { Alert, App, Button, Card, Flex, Space, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { PersonSummary } from '@xianfeng/shared/schemas/people';
import { canAnywhere } from '../../app/access';
import { useAuth } from '../../app/auth';
import { QueryError, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useOrg } from '../orgs/orgs.api';
import { BulkTransferModal } from './BulkTransferModal';
import { CreatePersonModal } from './CreatePersonModal';
import { downloadFile } from './download';
import { filterQuery, usePeople } from './people.api';
import { RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { useRosterParams } from './roster.url';

export default function RosterPage() {
  const t = useT();
  const { me } = useAuth();
  const { message } = App.useApp();
  const showError = useShowError();
  const [params, update] = useRosterParams();
  const people = usePeople(params);
  const org = useOrg(params.orgId);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  // 批量转接: checkboxes appear only once the user starts a bulk transfer.
  const [selecting, setSelecting] = useState(false);
  const [selected, setSelected] = useState<Map<number, PersonSummary>>(() => new Map());
  const [transferring, setTransferring] = useState(false);
  const stopSelecting = () => {
    setSelecting(false);
    setSelected(new Map());
  };
  // On a chosen node the server says what the user may do there; otherwise any write grant shows the button.
  const canCreate = params.orgId ? !!org.data?.can.writePeople : canAnywhere(me, 'person.write');

  const exportRoster = async () => {
    setExporting(true);
    try {
      await downloadFile('/people/export.xlsx', filterQuery(params), t('roster.exportFile'));
      void message.success(t('roster.exported'));
    } catch (err) {
      showError(err);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('roster.title')}
        </Typography.Title>
        <Space wrap>
          <Button data-testid="roster-export" icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportRoster()}>
            {t('roster.export')}
          </Button>
          {canCreate && !selecting && (
            <Button data-testid="roster-bulk-transfer" icon={<UserSwitchOutlined />} onClick={() => setSelecting(true)}>
              {t('bulkTransfer.start')}
            </Button>
          )}
          {canCreate && (
            <Button data-testid="roster-create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('roster.create')}
            </Button>
          )}
        </Space>
      </Flex>
      <Card size="small">
        <RosterFilters params={params} onChange={update} />
      </Card>
      {selecting && (
        <Alert
          data-testid="roster-selection"
          type="info"
          title={t('bulkTransfer.selected', { count: selected.size })}
          action={
            <Space wrap>
              <Button type="primary" size="small" disabled={selected.size === 0} onClick={() => setTransferring(true)} data-testid="roster-transfer-selected">
                {t('bulkTransfer.next')}
              </Button>
              <Button size="small" onClick={stopSelecting}>
                {t('bulkTransfer.cancel')}
              </Button>
            </Space>
          }
        />
      )}
      {people.isError ? (
        <QueryError error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <RosterTable
          params={params}
          data={people.data}
          loading={people.isFetching}
          onChange={update}
          selection={selecting ? { selected, onChange: setSelected } : undefined}
        />
      )}
      {selecting && (
        <BulkTransferModal
          open={transferring}
          people={[...selected.values()]}
          onClose={() => setTransferring(false)}
          onDone={() => {
            setTransferring(false);
            stopSelecting();
          }}
        />
      )}
      {canCreate && <CreatePersonModal open={creating} onClose={() => setCreating(false)} defaultOrgId={params.orgId} />}
    </Space>
  );
}
