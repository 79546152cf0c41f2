// 花名册: the roster of a subtree, filtered, sorted and paged on the server; export and 新增人员.
import { App, Button, Card, Flex, Space, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { canAnywhere } from '../../app/access';
import { useAuth } from '../../app/auth';
import { QueryError, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useOrg } from '../orgs/orgs.api';
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
      {people.isError ? (
        <QueryError error={people.error} onRetry={() => void people.refetch()} />
      ) : (
        <RosterTable params={params} data={people.data} loading={people.isFetching} onChange={update} />
      )}
      {canCreate && <CreatePersonModal open={creating} onClose={() => setCreating(false)} defaultOrgId={params.orgId} />}
    </Space>
  );
}
