// A record's page: details, agenda and minutes, attendance (summary and list), guests, files,
// amendments after lock, and the actions the caller may take.
import { Alert, Card, Col, Descriptions, Flex, Grid, Row, Skeleton, Space, Table, Tag, Typography, Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import type { RecordDetail } from '@xianfeng/shared/schemas/records';
import { canAnywhere } from '../../app/access';
import { useMe } from '../../app/auth';
import { QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { RecordActions } from './RecordActions';
import { RecordAmendments } from './RecordAmendments';
import { RecordFiles } from './RecordFiles';
import { useRecord } from './records.api';
import { AttendanceTag, KindTag, LockedIcon, StatusTag } from './RecordTags';
import { clock, inZone } from './time';

function Details({ r }: { r: RecordDetail }) {
  const t = useT();
  // A member reads the records that list them, not the node's list.
  const canList = canAnywhere(useMe(), 'record.read');
  const fmt = useFormat();
  const none = t('common.none');
  const when = `${fmt.date(r.heldOn)} ${clock(r.startsAt)}${r.endsAt ? `–${clock(r.endsAt)}` : ''}`;
  const lecturer = r.lecturer?.name ?? r.lecturerName;
  const items = [
    {
      key: 'org',
      label: t('recordForm.org'),
      children: canList ? <Link to={`/records?orgId=${r.orgId}`}>{r.orgName}</Link> : r.orgName,
    },
    { key: 'kind', label: t('recordForm.kind'), children: <KindTag kind={r.kind} name={r.kindName} /> },
    { key: 'time', label: t('recordPage.time'), children: when },
    { key: 'place', label: t('recordForm.place'), children: r.place || none },
    { key: 'host', label: t('recordForm.host'), children: r.host?.name ?? none },
    { key: 'recorder', label: t('recordForm.recorder'), children: r.recorder?.name ?? none },
    ...(lecturer ? [{ key: 'lecturer', label: t('recordForm.lecturer'), children: lecturer }] : []),
    { key: 'hours', label: t('recordForm.studyHours'), children: r.studyHours ?? none },
    { key: 'created', label: t('recordPage.createdAt'), children: inZone(r.createdAt).format(`${fmt.dateFormat} HH:mm`) },
    ...(r.lockedAt
      ? [{ key: 'locked', label: t('recordPage.lockedAt'), children: inZone(r.lockedAt).format(`${fmt.dateFormat} HH:mm`) }]
      : []),
  ];
  return <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" items={items} />;
}

function Attendance({ r }: { r: RecordDetail }) {
  const t = useT();
  const c = r.counts;
  const rate = c.listed ? Math.round((c.present / c.listed) * 100) : 0;
  return (
    <Card size="small" title={t('recordPage.attendance')} data-testid="record-attendance">
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag>{t('recordPage.listed', { count: c.listed })}</Tag>
        <Tag color="success" data-testid="record-present">
          {t('recordPage.present', { count: c.present })}
        </Tag>
        <Tag color="warning">{t('recordPage.excused', { count: c.excused })}</Tag>
        <Tag color="error">{t('recordPage.absent', { count: c.absent })}</Tag>
        {r.status === 'held' && <Typography.Text type="secondary">{t('recordPage.rate', { rate })}</Typography.Text>}
      </Space>
      <Table
        size="small"
        rowKey="personId"
        pagination={r.attendees.length > 50 ? { pageSize: 50, size: 'small' } : false}
        dataSource={r.attendees}
        columns={[
          { key: 'name', title: t('recordPage.col.name'), dataIndex: 'name' },
          {
            key: 'att',
            title: t('recordPage.col.attendance'),
            render: (_, a) => <AttendanceTag attendance={a.attendance} late={a.late} />,
          },
          { key: 'reason', title: t('recordPage.col.reason'), render: (_, a) => a.reason ?? '' },
          { key: 'checkIn', title: t('recordPage.col.checkedIn'), render: (_, a) => clock(a.checkedInAt) },
        ]}
      />
      {r.guests.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text strong>{t('recordForm.guests')}：</Typography.Text>
          {r.guests.map((g) => (g.title ? `${g.name}（${g.title}）` : g.name)).join(t('recordForm.sep'))}
        </div>
      )}
    </Card>
  );
}

export default function RecordPage() {
  const t = useT();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const id = Number(useParams().id);
  const query = useRecord(Number.isInteger(id) ? id : 0);
  const back = () => (((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0 ? navigate(-1) : navigate('/records'));

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const r = query.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={8} wrap>
        <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('recordPage.back')} onClick={back} />
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="record-topic-title">
          {r.topic}
        </Typography.Title>
        <StatusTag status={r.status} />
        <LockedIcon locked={r.locked} />
      </Flex>
      <RecordActions record={r} phone={phone} />
      {r.lockedAt && <Alert type="info" showIcon title={t('recordPage.lockedNote')} />}
      <Card size="small" title={t('recordPage.details')}>
        <Details r={r} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {r.agenda && (
              <Card size="small" title={t('recordForm.agenda')}>
                <div style={{ whiteSpace: 'pre-wrap' }}>{r.agenda}</div>
              </Card>
            )}
            <Card size="small" title={t('recordForm.minutes')}>
              {/* Sanitised by the server (sanitize-html) when saved. */}
              {r.minutes ? (
                <div data-testid="record-minutes-view" dangerouslySetInnerHTML={{ __html: r.minutes }} />
              ) : (
                <Typography.Text type="secondary">{t('recordPage.noMinutes')}</Typography.Text>
              )}
            </Card>
            <RecordFiles record={r} />
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Attendance r={r} />
            {r.amendments.length > 0 && <RecordAmendments amendments={r.amendments} />}
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
