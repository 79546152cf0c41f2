// One import (组织架构 or 花名册): template, target node, file, then 校验 (dry run) and 导入.
import { Alert, Button, Card, Flex, Form, Space, Typography } from 'antd';
import { CheckCircleOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { IMPORT_MAX_MB, type ImportKind, type ImportResult } from '@xianfeng/shared/schemas/imports';
import { OrgPicker } from '../../app/OrgPicker';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { downloadFile } from '../people/download';
import { uploadImport } from './imports.api';
import { type ImportPhase, ImportOutcome, useXlsxImport, XlsxFileInput } from './useXlsxImport';

interface Props {
  kind: ImportKind;
  defaultOrgId: number | null;
}

export function ImportCard({ kind, defaultOrgId }: Props) {
  const t = useT();
  const client = useQueryClient();
  const showError = useShowError();
  const [orgId, setOrgId] = useState<number | null>(defaultOrgId);
  const title = kind === 'orgs' ? t('importsPage.orgsTitle') : t('importsPage.peopleTitle');
  const importer = useXlsxImport<ImportResult>({
    send: (f, dryRun, onProgress) => uploadImport({ kind, underOrgId: orgId!, dryRun, file: f, onProgress }),
    // The tree and the roster changed: drop what the other pages hold.
    onImported: () => client.invalidateQueries({ queryKey: [kind] }),
  });
  const { file, phase, checked, running, busy, run, reset } = importer;

  const template = async () => {
    try {
      await downloadFile(`/imports/templates/${kind}.xlsx`, undefined, `${title}.xlsx`);
    } catch (err) {
      showError(err);
    }
  };

  return (
    <Card title={title} data-testid={`import-card-${kind}`}>
      <Typography.Paragraph type="secondary">{kind === 'orgs' ? t('importsPage.orgsHint') : t('importsPage.peopleHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('importsPage.step1')}>
          <Button data-testid={`import-template-${kind}`} icon={<DownloadOutlined />} onClick={() => void template()}>
            {t('importsPage.downloadTemplate')}
          </Button>
        </Form.Item>
        <Form.Item label={t('importsPage.step2')} extra={kind === 'orgs' ? t('importsPage.nodeHintOrgs') : t('importsPage.nodeHintPeople')}>
          <OrgPicker
            data-testid={`import-org-${kind}`}
            value={orgId}
            onChange={(id) => {
              setOrgId(id);
              reset();
            }}
            disabled={busy}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('importsPage.step3')} extra={t('importsPage.fileHint', { mb: IMPORT_MAX_MB })}>
          <XlsxFileInput importer={importer} testId={`import-file-${kind}`} />
        </Form.Item>
        <Space wrap>
          <Button data-testid={`import-dry-run-${kind}`} disabled={!file || !orgId || busy} loading={running === 'check'} onClick={() => void run(true)}>
            {t('importsPage.dryRun')}
          </Button>
          <Button
            data-testid={`import-submit-${kind}`}
            type="primary"
            disabled={!checked || busy}
            loading={running === 'import'}
            onClick={() => void run(false)}
          >
            {t('importsPage.submit')}
          </Button>
          {phase.step === 'idle' && file && orgId && <Typography.Text type="secondary">{t('importsPage.dryRunFirst')}</Typography.Text>}
        </Space>
      </Form>
      <Outcome kind={kind} orgId={orgId} phase={phase} />
    </Card>
  );
}

function Outcome({ kind, orgId, phase }: { kind: ImportKind; orgId: number | null; phase: ImportPhase<ImportResult> }) {
  const t = useT();
  const box = { marginTop: 16 };
  return (
    <ImportOutcome
      phase={phase}
      style={box}
      testId={(part) => `import-${part}-${kind}`}
      done={(r) => {
        const counts = { rows: r.rows, created: r.created, updated: r.updated };
        const link = kind === 'orgs' ? `/orgs/${orgId}` : `/people?orgId=${orgId}`;
        return (
          <Alert
            style={box}
            type="success"
            showIcon
            icon={<CheckCircleOutlined />}
            data-testid={`import-result-${kind}`}
            title={r.dryRun ? t('importsPage.checkedTitle') : t('importsPage.doneTitle')}
            description={
              <Flex vertical gap={4}>
                <span>{r.dryRun ? t(kind === 'orgs' ? 'importsPage.checkedOrgs' : 'importsPage.checkedPeople', counts) : t(kind === 'orgs' ? 'importsPage.doneOrgs' : 'importsPage.donePeople', counts)}</span>
                {!r.dryRun && orgId && <Link to={link}>{kind === 'orgs' ? t('importsPage.openTree') : t('importsPage.openRoster')}</Link>}
              </Flex>
            }
          />
        );
      }}
    />
  );
}
