// 急难愁盼 — the public form of a node's channel (/concern/:token), opened from its QR code without signing in:
// the concern, an optional category, name and contact; then the follow code, big, and a link to follow it.
import { Alert, Button, Card, Form, Input, Result, Select, Skeleton, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CONCERN_TEXT_MAX, type SubmitConcernBody } from '@xianfeng/shared/schemas/concerns';
import { errorText, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { submitConcern, usePublicChannel } from './concerns.api';
import { FollowCodeText, PublicFrame } from './PublicFrame';

export default function ConcernFormPage() {
  const t = useT();
  const token = useParams().token ?? '';
  const channel = usePublicChannel(token);
  const showError = useShowError();
  const [form] = Form.useForm<SubmitConcernBody>();
  const [followCode, setFollowCode] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (body: SubmitConcernBody) => submitConcern(token, body),
    onSuccess: (r) => {
      setFollowCode(r.followCode);
      form.resetFields();
      window.scrollTo(0, 0);
    },
    onError: (err) => showError(err, form),
  });

  if (channel.isError)
    return (
      <PublicFrame>
        <Result
          status="warning"
          title={t('concernForm.unavailable')}
          subTitle={errorText(channel.error)}
          extra={<Link to="/concern/follow">{t('concernForm.toFollow')}</Link>}
          data-testid="concern-unavailable"
        />
      </PublicFrame>
    );
  if (!channel.data)
    return (
      <PublicFrame>
        <Skeleton active />
      </PublicFrame>
    );

  if (followCode)
    return (
      <PublicFrame>
        <Card data-testid="concern-done">
          <Result
            status="success"
            title={t('concernForm.doneTitle')}
            subTitle={t('concernForm.doneHint')}
            style={{ padding: '16px 0' }}
          />
          <div style={{ textAlign: 'center', marginBottom: 24 }}>
            <FollowCodeText code={followCode} />
          </div>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Link to={`/concern/follow/${followCode}`} data-testid="concern-follow-link">
              <Button type="primary" size="large" block>
                {t('concernForm.follow')}
              </Button>
            </Link>
            <Button size="large" block onClick={() => setFollowCode(null)}>
              {t('concernForm.another')}
            </Button>
          </Space>
        </Card>
      </PublicFrame>
    );

  const { orgName, categories } = channel.data;
  return (
    <PublicFrame>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('concernForm.title')}
        </Typography.Title>
        <Typography.Text strong data-testid="concern-org">
          {t('concernForm.to', { org: orgName })}
        </Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('concernForm.intro')}
        </Typography.Paragraph>
        <Form<SubmitConcernBody>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => send.mutate(v)}
          data-testid="concern-form"
        >
          <Form.Item
            name="text"
            label={t('concernForm.text')}
            rules={[{ required: true, whitespace: true, message: t('concern.textRequired') }]}
          >
            <Input.TextArea
              data-testid="concern-text"
              autoSize={{ minRows: 5, maxRows: 12 }}
              maxLength={CONCERN_TEXT_MAX}
              showCount
              placeholder={t('concernForm.textPlaceholder')}
            />
          </Form.Item>
          {categories.length > 0 && (
            <Form.Item name="category" label={t('concernForm.category')}>
              <Select
                data-testid="concern-category"
                allowClear
                size="large"
                options={categories.map((c) => ({ value: c, label: c }))}
              />
            </Form.Item>
          )}
          <Form.Item name="submitterName" label={t('concernForm.name')}>
            <Input data-testid="concern-name" size="large" maxLength={50} placeholder={t('concernForm.namePlaceholder')} />
          </Form.Item>
          <Form.Item name="contact" label={t('concernForm.contact')}>
            <Input
              data-testid="concern-contact"
              size="large"
              maxLength={100}
              inputMode="tel"
              placeholder={t('concernForm.contactPlaceholder')}
            />
          </Form.Item>
          <Alert type="info" showIcon title={t('concernForm.privacy')} style={{ marginBottom: 16 }} />
          <Button type="primary" htmlType="submit" size="large" block loading={send.isPending} data-testid="concern-submit">
            {t('concernForm.submit')}
          </Button>
        </Form>
      </Card>
      <div style={{ textAlign: 'center', marginTop: 16 }}>
        <Link to="/concern/follow">{t('concernForm.toFollow')}</Link>
      </div>
    </PublicFrame>
  );
}
