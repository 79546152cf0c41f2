// 我的组织生活 (phone first): my upcoming meetings with a check-in shortcut, my study hours this year
// (and adding a study record), and my attendance history. Nothing here ranks or counts time online.
import { Button, Card, Col, Empty, Flex, List, Pagination, Row, Space, Statistic, Typography } from 'antd';
import { PlusOutlined, QrcodeOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { MyRecord } from '@xianfeng/shared/schemas/records';
import { useMe } from '../../app/auth';
import { QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { AttendanceTag, KindTag } from '../records/RecordTags';
import { clock, todayInZone } from '../records/time';
import { useMyRecords, useMyStudy, type MyScope } from './me.api';
import { StudyModal } from './StudyModal';

function Meeting({ r, scope }: { r: MyRecord; scope: MyScope }) {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const today = r.heldOn === todayInZone();
  return (
    <List.Item style={{ padding: '4px 0', border: 'none' }} data-testid={`my-record-${r.id}`}>
      <Card size="small" style={{ width: '100%' }}>
        <Flex justify="space-between" gap={8} align="start">
          <Link to={`/records/${r.id}`} style={{ fontSize: 16, fontWeight: 500 }}>
            {r.topic}
          </Link>
          <KindTag kind={r.kind} name={r.kindName} />
        </Flex>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
          {fmt.date(r.heldOn)} {clock(r.startsAt)}
          {r.place ? ` · ${r.place}` : ''}
        </Typography.Text>
        <div>{r.orgName}</div>
        <Flex justify="space-between" align="center" style={{ marginTop: 6 }}>
          {scope === 'history' || r.mine.checkedInAt ? (
            <AttendanceTag attendance={r.mine.attendance} late={r.mine.late} />
          ) : (
            <span />
          )}
          {scope === 'upcoming' && today && !r.mine.checkedInAt && r.status !== 'cancelled' && (
            <Button
              data-testid={`my-check-in-${r.id}`}
              type="primary"
              icon={<QrcodeOutlined />}
              onClick={() => navigate(`/check-in/${r.id}`)}
            >
              {t('mePage.checkIn')}
            </Button>
          )}
        </Flex>
      </Card>
    </List.Item>
  );
}

function Meetings({ scope }: { scope: MyScope }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const q = useMyRecords(scope, page);
  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <>
      <List
        data-testid={`my-${scope}`}
        loading={q.isFetching}
        dataSource={q.data?.items ?? []}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t(scope === 'upcoming' ? 'mePage.noUpcoming' : 'mePage.noHistory')}
            />
          ),
        }}
        renderItem={(r) => <Meeting r={r} scope={scope} />}
      />
      {(q.data?.total ?? 0) > (q.data?.pageSize ?? 10) && (
        <Pagination
          size="small"
          simple
          style={{ textAlign: 'center', marginTop: 8 }}
          current={page}
          pageSize={q.data?.pageSize ?? 10}
          total={q.data?.total ?? 0}
          onChange={setPage}
        />
      )}
    </>
  );
}

function Study() {
  const t = useT();
  const fmt = useFormat();
  const [adding, setAdding] = useState(false);
  const [all, setAll] = useState(false);
  const from = dayjs().startOf('year').format('YYYY-MM-DD');
  const to = todayInZone();
  const q = useMyStudy(from, to);
  const items = q.data?.items ?? [];
  return (
    <Card
      size="small"
      title={t('mePage.studyTitle', { year: dayjs().year() })}
      extra={
        <Button data-testid="study-add" size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('mePage.addStudy')}
        </Button>
      }
    >
      {q.isError && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      <Row gutter={8}>
        <Col span={8}>
          <Statistic
            title={t('mePage.totalHours')}
            value={q.data?.totalHours ?? 0}
            precision={1}
            loading={q.isPending}
            data-testid="study-total"
          />
        </Col>
        <Col span={8}>
          <Statistic title={t('mePage.meetingHours')} value={q.data?.meetingHours ?? 0} precision={1} loading={q.isPending} />
        </Col>
        <Col span={8}>
          <Statistic title={t('mePage.selfHours')} value={q.data?.selfHours ?? 0} precision={1} loading={q.isPending} />
        </Col>
      </Row>
      {items.length > 0 && (
        <List
          size="small"
          style={{ marginTop: 8 }}
          dataSource={all ? items : items.slice(0, 5)}
          renderItem={(s) => (
            <List.Item extra={t('mePage.hours', { hours: s.hours })}>
              <List.Item.Meta title={s.topic} description={`${fmt.date(s.date)} · ${s.kindName}`} />
            </List.Item>
          )}
        />
      )}
      {items.length > 5 && (
        <Button type="link" size="small" onClick={() => setAll(!all)}>
          {t(all ? 'mePage.showLess' : 'mePage.showAll', { count: items.length })}
        </Button>
      )}
      <StudyModal open={adding} onClose={() => setAdding(false)} />
    </Card>
  );
}

export default function MePage() {
  const t = useT();
  const me = useMe();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('mePage.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{[me.name, me.orgName].filter(Boolean).join(' · ')}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('mePage.upcoming')}>
              <Meetings scope="upcoming" />
            </Card>
            <Study />
          </Space>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('mePage.history')}>
            <Meetings scope="history" />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
