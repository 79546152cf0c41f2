// 审计日志 — who changed what and when, in the subtrees the user may audit.
import { useEffect, useState } from 'react';
import { Card, Col, DatePicker, Grid, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormat, useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';
import { actionLabel, KNOWN_ACTIONS, type AuditFilters } from './audit.api';
import { AuditTable } from './AuditTable';

export default function AuditPage() {
  const t = useT();
  const { dateFormat } = useFormat();
  const narrow = Grid.useBreakpoint().md === false;
  const [orgId, setOrgId] = useState<number | null>(null);
  const [action, setAction] = useState<string | undefined>();
  const [actorText, setActorText] = useState('');
  const [actor, setActor] = useState('');
  const [dates, setDates] = useState<[Dayjs | null, Dayjs | null] | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setActor(actorText.trim()), 300);
    return () => clearTimeout(timer);
  }, [actorText]);

  const filters: AuditFilters = {
    orgId: orgId ?? undefined,
    action,
    actor: actor || undefined,
    from: dates?.[0]?.format('YYYY-MM-DD'),
    to: dates?.[1]?.format('YYYY-MM-DD'),
  };

  return (
    <Card size={narrow ? 'small' : 'default'} title={<Typography.Title level={4} style={{ margin: 0 }}>{t('audit.title')}</Typography.Title>}>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={12} lg={6}>
          <OrgPicker value={orgId} onChange={(id) => setOrgId(id)} placeholder={t('audit.filterOrg')} style={{ width: '100%' }} data-testid="audit-filter-org" />
        </Col>
        <Col xs={24} md={12} lg={5}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={action}
            onChange={setAction}
            placeholder={t('audit.filterAction')}
            style={{ width: '100%' }}
            options={KNOWN_ACTIONS.map((a) => ({ value: a, label: actionLabel(t, a) }))}
            data-testid="audit-filter-action"
          />
        </Col>
        <Col xs={24} md={12} lg={5}>
          <Input allowClear value={actorText} onChange={(e) => setActorText(e.target.value)} placeholder={t('audit.filterActor')} data-testid="audit-filter-actor" />
        </Col>
        <Col xs={24} md={12} lg={8}>
          <DatePicker.RangePicker value={dates} onChange={(v) => setDates(v)} format={dateFormat} style={{ width: '100%' }} allowEmpty={[true, true]} />
        </Col>
      </Row>
      <AuditTable filters={filters} />
    </Card>
  );
}
