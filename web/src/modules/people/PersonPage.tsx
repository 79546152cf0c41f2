// A person's page: details (editable), party status history, memberships and positions.
import { Button, Card, Col, Descriptions, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { PersonDetail } from '@xianfeng/shared/schemas/people';
import { QueryError } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { EditPersonModal } from './EditPersonModal';
import { MembershipHistory } from './MembershipHistory';
import { PartyStatusTag } from './PartyStatusTag';
import { usePerson } from './people.api';
import { PositionsCard } from './PositionsCard';
import { StatusHistory } from './StatusHistory';

function Details({ person, onEdit }: { person: PersonDetail; onEdit: () => void }) {
  const t = useT();
  const fmt = useFormat();
  const none = t('common.none');
  const items = [
    { key: 'gender', label: t('personForm.gender'), children: person.gender ? t(`gender.${person.gender}`) : none },
    { key: 'birthDate', label: t('personForm.birthDate'), children: fmt.date(person.birthDate) || none },
    { key: 'ethnicity', label: t('personForm.ethnicity'), children: person.ethnicity || none },
    { key: 'education', label: t('personForm.education'), children: person.education || none },
    { key: 'phone', label: t('personForm.phone'), children: person.phone || none },
    { key: 'employeeNo', label: t('personForm.employeeNo'), children: person.employeeNo || none },
    { key: 'partyStatus', label: t('personForm.partyStatus'), children: <PartyStatusTag status={person.partyStatus} /> },
    { key: 'joinedOn', label: t('personForm.joinedOn'), children: fmt.date(person.joinedOn) || none },
    { key: 'fullMemberOn', label: t('personForm.fullMemberOn'), children: fmt.date(person.fullMemberOn) || none },
    { key: 'org', label: t('personForm.org'), children: <Link to={`/orgs/${person.orgId}`}>{person.orgName}</Link> },
  ];
  return (
    <Card
      title={t('personPage.details')}
      extra={
        person.can.write && (
          <Button data-testid="person-edit" icon={<EditOutlined />} onClick={onEdit}>
            {t('personPage.edit')}
          </Button>
        )
      }
    >
      <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" items={items} />
    </Card>
  );
}

export default function PersonPage() {
  const t = useT();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const query = usePerson(Number.isInteger(id) ? id : 0);
  const [editing, setEditing] = useState(false);
  const reload = async () => (await query.refetch()).data;
  // Back where the user came from; to the roster when the page was opened directly.
  const back = () => (((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0 ? navigate(-1) : navigate('/people'));

  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const person = query.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex align="center" gap={12} wrap>
        <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('personPage.back')} onClick={back} />
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="person-name">
          {person.name}
        </Typography.Title>
        <PartyStatusTag status={person.partyStatus} />
        <Typography.Text type="secondary">
          <Link to={`/people?orgId=${person.orgId}`}>{person.orgName}</Link>
        </Typography.Text>
      </Flex>
      <Details person={person} onEdit={() => setEditing(true)} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <StatusHistory person={person} onReload={reload} />
        </Col>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <MembershipHistory person={person} onReload={reload} />
            <PositionsCard person={person} />
          </Space>
        </Col>
      </Row>
      {person.can.write && <EditPersonModal person={person} open={editing} onClose={() => setEditing(false)} onReload={reload} />}
    </Space>
  );
}
