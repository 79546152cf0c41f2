// 佐证材料: the records that count (matched by kind automatically — "已自动关联" — or linked by the unit,
// removable) and the linked documents (download, unlink); buttons to link more.
import { Button, Card, Empty, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { DisconnectOutlined, DownloadOutlined, LinkOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AssignmentDetail } from '@xianfeng/shared/schemas/campaigns';
import { useShowError } from '../../../app/errors';
import { useFormat, useT } from '../../../app/i18n';
import { downloadFile } from '../../people/download';
import { inZone } from '../../records/time';
import { useEvidenceMutations } from '../assignments.api';
import { documentFilePath } from '../campaigns.api';
import { useKindName } from '../progress/kindNames';
import { LinkDocumentModal } from './LinkDocumentModal';
import { LinkRecordModal } from './LinkRecordModal';

/** Links change only while the unit still works on it (not once submitted or approved). */
const editable = (a: AssignmentDetail) => a.can.link && (a.status === 'pending' || a.status === 'returned');

function Unlink({ a, evidenceId, testId }: { a: AssignmentDetail; evidenceId: number; testId: string }) {
  const t = useT();
  const showError = useShowError();
  const { unlink } = useEvidenceMutations(a.id);
  return (
    <Popconfirm title={t('assignmentPage.unlinkConfirm')} onConfirm={() => unlink.mutateAsync(evidenceId).catch(showError)}>
      <Button size="small" type="text" danger icon={<DisconnectOutlined />} data-testid={testId}>
        {t('assignmentPage.unlink')}
      </Button>
    </Popconfirm>
  );
}

export function RecordsCard({ a }: { a: AssignmentDetail }) {
  const t = useT();
  const fmt = useFormat();
  const kindName = useKindName(a.orgId);
  const [open, setOpen] = useState(false);
  const auto = a.action.completion === 'record_kind' && a.action.recordKind;
  return (
    <Card
      size="small"
      title={t('assignmentPage.records', { count: a.records.length })}
      data-testid="assignment-records"
      extra={
        editable(a) && (
          <Button size="small" icon={<LinkOutlined />} data-testid="assignment-link-record" onClick={() => setOpen(true)}>
            {t('assignmentPage.linkRecord')}
          </Button>
        )
      }
    >
      {auto && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t(a.action.recordScope === 'subtree' ? 'assignmentPage.autoHintSubtree' : 'assignmentPage.autoHintNode', {
            kind: kindName(a.action.recordKind!),
            from: fmt.date(a.windowStart),
          })}
        </Typography.Paragraph>
      )}
      <List
        size="small"
        dataSource={a.records}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assignmentPage.noRecords')} /> }}
        renderItem={(r) => (
          <List.Item
            data-testid={`evidence-record-${r.recordId}`}
            actions={r.evidenceId !== null && editable(a) ? [<Unlink key="u" a={a} evidenceId={r.evidenceId} testId={`unlink-record-${r.recordId}`} />] : []}
          >
            <Flex vertical style={{ minWidth: 0 }}>
              <Link to={`/records/${r.recordId}`}>{r.topic}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {fmt.date(r.heldOn)} · {r.orgName} · {kindName(r.kind)}{' '}
                {r.evidenceId === null ? <Tag color="blue">{t('assignmentPage.autoLinked')}</Tag> : <Tag>{t('assignmentPage.linkedTag')}</Tag>}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <LinkRecordModal open={open} assignment={a} onClose={() => setOpen(false)} />
    </Card>
  );
}

export function DocumentsCard({ a }: { a: AssignmentDetail }) {
  const t = useT();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const download = (id: number, name: string) => downloadFile(documentFilePath(id), undefined, name).catch(showError);
  return (
    <Card
      size="small"
      title={t('assignmentPage.documents', { count: a.documents.length })}
      data-testid="assignment-documents"
      extra={
        editable(a) && (
          <Button size="small" icon={<LinkOutlined />} data-testid="assignment-link-document" onClick={() => setOpen(true)}>
            {t('assignmentPage.linkDocument')}
          </Button>
        )
      }
    >
      <List
        size="small"
        dataSource={a.documents}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assignmentPage.noDocuments')} /> }}
        renderItem={(d) => (
          <List.Item
            data-testid={`evidence-document-${d.id}`}
            actions={[
              <Button key="d" size="small" type="text" icon={<DownloadOutlined />} onClick={() => void download(d.id, d.fileName)} />,
              ...(editable(a) ? [<Unlink key="u" a={a} evidenceId={d.evidenceId} testId={`unlink-document-${d.id}`} />] : []),
            ]}
          >
            <List.Item.Meta title={d.title} description={`${d.fileName} · ${d.orgName} · ${inZone(d.uploadedAt).format('YYYY-MM-DD')}`} />
          </List.Item>
        )}
      />
      <LinkDocumentModal open={open} assignment={a} onClose={() => setOpen(false)} />
    </Card>
  );
}
