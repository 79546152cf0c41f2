// 导入: the organisation tree and the roster from .xlsx files, each validated whole before it is written.
import { Col, Row, Space, Typography } from 'antd';
import { useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { ImportCard } from './ImportCard';

export default function ImportsPage() {
  const t = useT();
  const { nodeId } = useCurrentNode();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('importsPage.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('importsPage.intro')}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ImportCard key={`orgs-${nodeId ?? 0}`} kind="orgs" defaultOrgId={nodeId} />
        </Col>
        <Col xs={24} xl={12}>
          <ImportCard key={`people-${nodeId ?? 0}`} kind="people" defaultOrgId={nodeId} />
        </Col>
      </Row>
    </Space>
  );
}
