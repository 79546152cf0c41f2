// The campaign's own fields (title, kind, period, owner) — for 新建 and for editing a draft.
import { Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CAMPAIGN_KINDS, type CampaignDetail, type CreateCampaignBody } from '@xianfeng/shared/schemas/campaigns';
import { useFormat, useT } from '../../app/i18n';
import { OrgPicker } from '../../app/OrgPicker';

export interface CampaignFormValues {
  ownerOrgId?: number | null;
  title?: string;
  kind?: CreateCampaignBody['kind'];
  period?: [Dayjs, Dayjs] | null;
}

export const campaignValues = (c: CampaignDetail): CampaignFormValues => ({
  ownerOrgId: c.ownerOrgId,
  title: c.title,
  kind: c.kind,
  period: [dayjs(c.periodStart), dayjs(c.periodEnd)],
});

export const campaignBody = (v: CampaignFormValues) => ({
  title: (v.title ?? '').trim(),
  kind: v.kind!,
  periodStart: v.period![0].format('YYYY-MM-DD'),
  periodEnd: v.period![1].format('YYYY-MM-DD'),
});

/** `ownerName`: the owner is fixed once created (shown, not picked). */
export function CampaignFields({ ownerName }: { ownerName?: string }) {
  const t = useT();
  const fmt = useFormat();
  const required = { required: true, message: t('common.required') };
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="ownerOrgId"
          label={t('campaignPlan.owner')}
          rules={ownerName ? [] : [required]}
          extra={ownerName ? undefined : t('campaignPlan.ownerHint')}
        >
          {ownerName ? (
            <Typography.Text strong>{ownerName}</Typography.Text>
          ) : (
            <OrgPicker data-testid="campaign-owner" allowClear={false} style={{ width: '100%' }} />
          )}
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="kind" label={t('campaignPlan.kind')} rules={[required]}>
          <Select
            data-testid="campaign-kind"
            options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(`campaignKind.${k}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="title" label={t('campaignPlan.title')} rules={[{ ...required, whitespace: true }]}>
          <Input data-testid="campaign-title" maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="period" label={t('campaignPlan.period')} rules={[required]}>
          <DatePicker.RangePicker data-testid="campaign-period" format={fmt.dateFormat} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  );
}
