// 组织生活: meetings and activities of a subtree, filtered and paged on the server; 新建记录.
import { Button, Card, Flex, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { canAnywhere } from '../../app/access';
import { useAuth } from '../../app/auth';
import { QueryError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { useOrg } from '../orgs/orgs.api';
import { RecordFilters } from './RecordFilters';
import { useRecords } from './records.api';
import { useRecordsParams } from './records.url';
import { RecordsTable } from './RecordsTable';

export default function RecordsPage() {
  const t = useT();
  const { me } = useAuth();
  const navigate = useNavigate();
  const { nodeId } = useCurrentNode();
  const [params, update] = useRecordsParams();
  const records = useRecords(params);
  const org = useOrg(params.orgId);
  const canCreate = params.orgId ? !!org.data?.can.writePeople : canAnywhere(me, 'person.write');
  const target = params.orgId ?? nodeId;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('recordsPage.title')}
        </Typography.Title>
        {canCreate && (
          <Button
            data-testid="record-create"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(target ? `/records/new?orgId=${target}` : '/records/new')}
          >
            {t('recordsPage.create')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <RecordFilters params={params} onChange={update} />
      </Card>
      {records.isError ? (
        <QueryError error={records.error} onRetry={() => void records.refetch()} />
      ) : (
        <RecordsTable params={params} data={records.data} loading={records.isFetching} onChange={update} />
      )}
    </Space>
  );
}
