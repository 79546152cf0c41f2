// 查询诉求办理进度 — /concern/follow (type a code) and /concern/follow/:code, without signing in: the concern's
// status, the reason if it was rejected, and once accepted its 办实事 item's state. Nothing personal is shown.
import { Alert, Button, Card, Descriptions, Form, Input, Progress, Skeleton, Space, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { normaliseFollowCode } from '@xianfeng/shared/schemas/concerns';
import { errorText } from '../../app/errors';
import { useFormat, useT } from '../../app/i18n';
import { ColourTag, ItemStatusTag } from '../ledgers/LedgerTags';
import { useFollow } from './concerns.api';
import { ConcernStatusTag } from './ConcernStatusTag';
import { FollowCodeText, PublicFrame } from './PublicFrame';

export default function FollowPage() {
  const t = useT();
  const fmt = useFormat();
  const navigate = useNavigate();
  const raw = useParams().code;
  const code = raw ? normaliseFollowCode(raw) : undefined;
  const follow = useFollow(code);
  const f = follow.data;

  return (
    <PublicFrame>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {t('concernFollow.title')}
          </Typography.Title>
          <Form
            key={code ?? ''}
            layout="vertical"
            requiredMark={false}
            initialValues={{ code: code ? `${code.slice(0, 5)}-${code.slice(5)}` : '' }}
            onFinish={(v: { code: string }) => navigate(`/concern/follow/${normaliseFollowCode(v.code)}`)}
          >
            <Form.Item label={t('concernFollow.code')}>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item name="code" noStyle rules={[{ required: true, whitespace: true, message: t('concern.badFollowCode') }]}>
                  <Input
                    data-testid="follow-code-input"
                    size="large"
                    autoCapitalize="characters"
                    autoComplete="off"
                    placeholder={t('concernFollow.codePlaceholder')}
                    style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace', letterSpacing: 2 }}
                  />
                </Form.Item>
                <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined />} data-testid="follow-search">
                  {t('concernFollow.search')}
                </Button>
              </Space.Compact>
            </Form.Item>
          </Form>
        </Card>

        {code && follow.isPending && <Skeleton active />}
        {follow.isError && <Alert type="warning" showIcon title={errorText(follow.error)} data-testid="follow-error" />}
        {f && code && (
          <Card data-testid="follow-result">
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Space wrap>
                <FollowCodeText code={code} />
              </Space>
              <Space wrap>
                <ConcernStatusTag status={f.status} />
              </Space>
              {f.status === 'new' && <Alert type="info" showIcon title={t('concernFollow.waiting')} />}
              {f.status === 'rejected' && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('concernFollow.rejected')}
                  description={f.reason ? t('concernFollow.reasonText', { reason: f.reason }) : undefined}
                  data-testid="follow-reason"
                />
              )}
              {f.status === 'accepted' && <Alert type="success" showIcon title={t('concernFollow.accepted')} />}
              <Descriptions column={1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
                <Descriptions.Item label={t('concernFollow.to')}>{f.orgName}</Descriptions.Item>
                <Descriptions.Item label={t('concernFollow.submittedOn')}>{fmt.date(f.submittedOn)}</Descriptions.Item>
                {f.decidedOn && <Descriptions.Item label={t('concernFollow.decidedOn')}>{fmt.date(f.decidedOn)}</Descriptions.Item>}
              </Descriptions>
              {f.item && (
                <Descriptions column={1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }} title={t('concernFollow.item')} data-testid="follow-item">
                  <Descriptions.Item label={t('concernFollow.item')}>
                    <span data-testid="follow-item-title">{f.item.title}</span>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('concernFollow.state')}>
                    <Space size={4} wrap>
                      <ItemStatusTag status={f.item.status} testId="follow-item-status" />
                      <ColourTag colour={f.item.colour} />
                    </Space>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('concernFollow.responsible')}>{f.item.responsibleName}</Descriptions.Item>
                  <Descriptions.Item label={t('concernFollow.deadline')}>
                    {f.item.deadline ? fmt.date(f.item.deadline) : t('concernFollow.noDeadline')}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('concernFollow.progress')}>
                    <Progress percent={f.item.progress} size="small" />
                  </Descriptions.Item>
                  {f.item.closedOn && (
                    <Descriptions.Item label={t('concernFollow.closedOn')}>{fmt.date(f.item.closedOn)}</Descriptions.Item>
                  )}
                </Descriptions>
              )}
            </Space>
          </Card>
        )}
      </Space>
    </PublicFrame>
  );
}
