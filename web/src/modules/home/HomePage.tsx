// 首页 — figures of the current node's subtree; members without management roles see their profile.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Card, Col, DatePicker, Descriptions, Empty, Grid, Row, Space, Spin, Statistic, Tag, Tooltip, Typography } from 'antd';
import { ApartmentOutlined, TeamOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { PARTY_STATUSES, type OrgType } from '@xianfeng/shared/domain';
import { canAnywhere } from '../../app/access';
import { ApiError } from '../../app/api';
import { useMe } from '../../app/auth';
import { QueryError } from '../../app/errors';
import { useFormat, useLocale, useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { useOrg, useOrgStats } from '../orgs/orgs.api';

const StatusChart = lazy(() => import('./StatusChart').then((m) => ({ default: m.StatusChart })));

/** The kinds of node counted on the home page, biggest first. */
const COUNTED_TYPES: OrgType[] = ['committee', 'general_branch', 'branch', 'party_group'];

function StatCard({ title, value, testId, hint, highlight }: { title: string; value: number; testId: string; hint?: string; highlight?: boolean }) {
  const { number } = useFormat();
  const narrow = Grid.useBreakpoint().md === false;
  return (
    <Card size="small" data-testid={testId} style={highlight ? { borderColor: '#c8161d' } : undefined}>
      <Statistic
        title={title}
        value={value}
        formatter={(v) => number(Number(v))}
        styles={{
          // Enumeration labels are lower case in English; as titles they start with a capital.
          title: { textTransform: 'capitalize', ...(narrow ? { fontSize: 12 } : {}) },
          content: { ...(highlight ? { color: '#c8161d' } : {}), ...(narrow ? { fontSize: 20 } : {}) },
        }}
      />
      {hint && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{hint}</Typography.Text>}
    </Card>
  );
}

function Profile() {
  const t = useT();
  const me = useMe();
  const roles = [...new Set(me.grants.map((g) => g.role))];
  return (
    <Card title={t('home.profile')} data-testid="my-profile" style={{ maxWidth: 640 }}>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('home.name')}>{me.name}</Descriptions.Item>
        <Descriptions.Item label={t('home.username')}>{me.username}</Descriptions.Item>
        <Descriptions.Item label={t('home.org')}>{me.orgName ?? t('common.none')}</Descriptions.Item>
        <Descriptions.Item label={t('home.roles')}>
          {roles.length ? roles.map((r) => <Tag key={r}>{t(`role.${r}`)}</Tag>) : t('common.none')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

export default function HomePage() {
  const t = useT();
  const { locale } = useLocale();
  const me = useMe();
  const navigate = useNavigate();
  const narrow = Grid.useBreakpoint().md === false;
  const { nodeId, setNodeId, rootsLoading, canReadOrgs } = useCurrentNode();
  const { dateFormat } = useFormat();
  const org = useOrg(nodeId);
  // 截至日期: today's figures by default; an earlier day counts the tree and memberships of that day.
  const [asOf, setAsOf] = useState<Dayjs>(() => dayjs());
  const past = asOf.isBefore(dayjs(), 'day');
  const stats = useOrgStats(nodeId, past ? asOf.format('YYYY-MM-DD') : undefined);
  // A remembered node the user may no longer see: fall back to their first root.
  const gone = stats.error instanceof ApiError && stats.error.status === 404;
  useEffect(() => {
    if (gone) setNodeId(null);
  }, [gone, setNodeId]);

  if (!canReadOrgs) return <Profile />;
  if (rootsLoading) return <Spin />;
  if (!nodeId) return <Empty description={t('home.noScope')} />;
  if (stats.error) return <QueryError error={stats.error} onRetry={() => void stats.refetch()} />;

  const s = stats.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="home-title">
          {org.data ? t('home.subtree', { name: org.data.name }) : ' '}
        </Typography.Title>
        <Space wrap>
          <Tooltip title={t('home.asOfHint')}>
            <Space size={4}>
              <Typography.Text type="secondary">{t('home.asOf')}</Typography.Text>
              <DatePicker
                data-testid="home-as-of"
                aria-label={t('home.asOf')}
                value={asOf}
                format={dateFormat}
                allowClear={false}
                disabledDate={(d) => d.isAfter(dayjs(), 'day')}
                onChange={(d) => setAsOf(d ?? dayjs())}
              />
            </Space>
          </Tooltip>
          <Button icon={<ApartmentOutlined />} onClick={() => navigate(`/orgs/${nodeId}`)} data-testid="home-open-tree">
            {t('home.openTree')}
          </Button>
          {canAnywhere(me, 'person.read') && (
            <Button icon={<TeamOutlined />} onClick={() => navigate(`/people?orgId=${nodeId}`)} data-testid="home-open-roster">
              {t('home.openRoster')}
            </Button>
          )}
        </Space>
      </div>
      {!s ? (
        <Spin />
      ) : (
        <>
          <Typography.Text type="secondary">{t('home.orgCounts')}</Typography.Text>
          <Row gutter={[12, 12]}>
            {COUNTED_TYPES.concat(s.orgs.leading_group ? ['leading_group'] : []).map((type) => (
              <Col key={type} xs={12} sm={12} md={6}>
                <StatCard title={t(`orgType.${type}`)} value={s.orgs[type] ?? 0} testId={`stat-org-${type}`} />
              </Col>
            ))}
          </Row>
          <Typography.Text type="secondary">{t('home.peopleCounts')}</Typography.Text>
          <Row gutter={[12, 12]}>
            <Col xs={24} sm={24} md={6}>
              <StatCard title={t('home.members')} value={s.members} testId="stat-members" hint={t('home.membersHint')} highlight />
            </Col>
            {PARTY_STATUSES.map((status) => (
              <Col key={status} xs={locale === 'zh-CN' ? 8 : 12} sm={8} md={6} lg={6} xl={3}>
                <StatCard title={t(`partyStatus.${status}`)} value={s.people[status] ?? 0} testId={`stat-status-${status}`} />
              </Col>
            ))}
          </Row>
          <Card size="small" title={t('home.byStatus')}>
            <Suspense fallback={<Spin />}>
              <StatusChart people={s.people} narrow={narrow} />
            </Suspense>
          </Card>
        </>
      )}
    </Space>
  );
}
