// 组织 — the tree on the left, the chosen node on the right (/orgs/:id). On phones they stack.
import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { Card, Col, Empty, Grid, Row, Spin } from 'antd';
import { QueryError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { useCurrentNode } from '../../app/node';
import { OrgDetailPane } from './OrgDetailPane';
import { OrgTree } from './OrgTree';
import { useOrg } from './orgs.api';
import { useLazyTree } from './useLazyTree';

function useWindowHeight() {
  const [h, setH] = useState(() => window.innerHeight);
  useEffect(() => {
    const onResize = () => setH(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return h;
}

export default function OrgsPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const { nodeId } = useCurrentNode();
  const phone = Grid.useBreakpoint().md === false;
  const windowHeight = useWindowHeight();
  const tree = useLazyTree();
  const selectedId = id ? Number(id) || null : null;
  const detail = useOrg(selectedId);

  if (!id && nodeId) return <Navigate to={`/orgs/${nodeId}`} replace />;

  const open = (target: number) => navigate(`/orgs/${target}`);
  const changed = (ids: (number | null)[]) => {
    for (const x of new Set(ids)) void tree.reload(x);
  };
  // Header 56 + content padding, the card's padding and the search box.
  const treeHeight = phone ? 280 : Math.max(320, windowHeight - 56 - 40 - 48 - 40);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={9} lg={7} xxl={6}>
        <Card size="small" styles={{ body: { padding: 12 } }}>
          <OrgTree tree={tree} selectedId={selectedId} selectedPath={detail.data?.path ?? null}
            selectedHasChildren={(detail.data?.childCount ?? 0) > 0}
            onSelect={open} height={treeHeight} />
        </Card>
      </Col>
      <Col xs={24} md={15} lg={17} xxl={18}>
        {!selectedId ? (
          <Card>
            <Empty description={t('orgPage.choose')} />
          </Card>
        ) : detail.error ? (
          <QueryError error={detail.error} onRetry={() => void detail.refetch()} />
        ) : !detail.data ? (
          <Spin />
        ) : (
          <OrgDetailPane org={detail.data} onOpen={open} onReload={() => detail.refetch()} onChanged={changed} />
        )}
      </Col>
    </Row>
  );
}
