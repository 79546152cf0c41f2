// /assignments/:id — one unit's assignment: the action's guidance, deadline and state; the evidence that
// counts (records matched automatically or linked, documents); submit / review / reopen; the history.
import { Alert, Card, Descriptions, Flex, Grid, Progress, Skeleton, Space, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import type { AssignmentDetail } from '@xianfeng/shared/schemas/campaigns';
import { NotFoundPage, QueryError } from '../../../app/errors';
import { isApiError } from '../../../app/api';
import { useFormat, useT, type Translate } from '../../../app/i18n';
import { inZone, todayInZone } from '../../records/time';
import { useAssignment } from '../assignments.api';
import { isDoneLate, isOverdueOn } from '../progress/states';
import { DocumentsCard, RecordsCard } from './EvidenceCards';
import { ReviewActions } from './ReviewActions';
import { StateTag } from './StateTag';

const EVENTS = ['submit', 'approve', 'return', 'reopen', 'link', 'unlink', 'remind_3d', 'remind_0d'] as const;
const eventLabel = (t: Translate, kind: string) =>
  (EVENTS as readonly string[]).includes(kind) ? t(`assignmentEvent.${kind as (typeof EVENTS)[number]}`) : kind;

function Summary({ a }: { a: AssignmentDetail }) {
  const t = useT();
  const fmt = useFormat();
  const need = a.action.minCount ?? 1;
  const items = [
    { key: 'org', label: t('assignmentPage.org'), children: a.orgName },
    { key: 'deadline', label: t('assignmentPage.deadline'), children: fmt.date(a.deadline) },
    {
      key: 'completion',
      label: t('assignmentPage.completion'),
      children: t(`completion.${a.action.completion}`),
    },
    ...(a.action.completion !== 'confirmation'
      ? [
          {
            key: 'evidence',
            label: t('assignmentPage.evidence'),
            children: (
              <Flex gap={8} align="center" style={{ minWidth: 160 }}>
                <span data-testid="assignment-evidence-count">{t('assignmentPage.evidenceCount', { count: a.evidenceCount, need })}</span>
                <Progress percent={Math.min(100, Math.round((a.evidenceCount / need) * 100))} size="small" showInfo={false} style={{ width: 80 }} />
              </Flex>
            ),
          },
        ]
      : []),
    { key: 'satisfied', label: t('assignmentPage.satisfiedOn'), children: a.satisfiedOn ? fmt.date(a.satisfiedOn) : t('common.none') },
    { key: 'approval', label: t('assignmentPage.approval'), children: t(a.action.needsApproval ? 'common.yes' : 'common.no') },
  ];
  return <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} />;
}

function History({ a }: { a: AssignmentDetail }) {
  const t = useT();
  const fmt = useFormat();
  if (a.events.length === 0) return null;
  return (
    <Card size="small" title={t('assignmentPage.history')} data-testid="assignment-history">
      <Timeline
        items={a.events.map((e, i) => ({
          key: i,
          content: (
            <>
              <Typography.Text strong>{eventLabel(t, e.kind)}</Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                · {inZone(e.at).format(`${fmt.dateFormat} HH:mm`)}
                {e.personName && ` · ${e.personName}`}
              </Typography.Text>
              {e.comment && <div style={{ whiteSpace: 'pre-wrap' }}>{e.comment}</div>}
            </>
          ),
        }))}
      />
    </Card>
  );
}

export default function AssignmentPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const id = Number(useParams().id);
  const q = useAssignment(Number.isInteger(id) ? id : 0);
  if (q.isError && isApiError(q.error) && q.error.status === 404) return <NotFoundPage />;
  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const a = q.data;
  const overdue = isOverdueOn(a, todayInZone());
  const records = a.action.completion === 'record_kind' || a.action.completion === 'records' || a.records.length > 0;
  const documents = a.action.completion === 'documents' || a.documents.length > 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="assignment-page">
      <Link to={`/campaigns/${a.campaignId}?tab=progress`}>
        <ArrowLeftOutlined /> {a.campaignTitle}
      </Link>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Space wrap align="center">
          <Typography.Title level={phone ? 4 : 3} style={{ margin: 0 }} data-testid="assignment-title">
            {a.action.title}
          </Typography.Title>
          <StateTag state={a.state} overdue={overdue} doneLate={isDoneLate(a)} testId="assignment-state" />
        </Space>
        <ReviewActions assignment={a} />
      </Flex>
      {a.status === 'returned' && a.comment && (
        <Alert type="warning" showIcon title={t('assignmentPage.returnedWith')} description={a.comment} data-testid="assignment-returned" />
      )}
      <Card size="small">
        <Summary a={a} />
        {a.action.guidance && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8, marginBottom: 0 }} data-testid="assignment-guidance">
            {a.action.guidance}
          </Typography.Paragraph>
        )}
      </Card>
      {records && <RecordsCard a={a} />}
      {documents && <DocumentsCard a={a} />}
      <History a={a} />
    </Space>
  );
}
