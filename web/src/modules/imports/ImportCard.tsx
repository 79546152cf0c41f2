// One import (组织架构 or 花名册): template, target node, file, then 校验 (dry run) and 导入.
import { Alert, Button, Card, Flex, Form, Progress, Space, Typography, Upload, type UploadFile } from 'antd';
import { CheckCircleOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { IMPORT_MAX_MB, type ImportKind, type ImportResult, type ImportRowError } from '@xianfeng/shared/schemas/imports';
import { OrgPicker } from '../../app/OrgPicker';
import { errorText, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { downloadFile } from '../people/download';
import { ImportErrors } from './ImportErrors';
import { rowErrorsOf, uploadImport } from './imports.api';

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; percent: number; dryRun: boolean }
  | { step: 'processing'; dryRun: boolean }
  | { step: 'done'; result: ImportResult }
  | { step: 'invalid'; message: string; errors: ImportRowError[] }
  | { step: 'failed'; message: string };

interface Props {
  kind: ImportKind;
  defaultOrgId: number | null;
}

export function ImportCard({ kind, defaultOrgId }: Props) {
  const t = useT();
  const client = useQueryClient();
  const showError = useShowError();
  const [orgId, setOrgId] = useState<number | null>(defaultOrgId);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  // The dry run passed for this file and node: 导入 is allowed.
  const [checked, setChecked] = useState(false);
  // While sending or processing: which of the two runs is going.
  const running = phase.step === 'uploading' || phase.step === 'processing' ? (phase.dryRun ? 'check' : 'import') : null;
  const busy = running !== null;
  const title = kind === 'orgs' ? t('importsPage.orgsTitle') : t('importsPage.peopleTitle');

  const resetResult = () => {
    setPhase({ step: 'idle' });
    setChecked(false);
  };

  const run = async (dryRun: boolean) => {
    if (!file || !orgId) return;
    setPhase({ step: 'uploading', percent: 0, dryRun });
    try {
      const result = await uploadImport({
        kind,
        underOrgId: orgId,
        dryRun,
        file,
        onProgress: (percent) => setPhase(percent >= 100 ? { step: 'processing', dryRun } : { step: 'uploading', percent, dryRun }),
      });
      setPhase({ step: 'done', result });
      setChecked(dryRun);
      // The tree and the roster changed: drop what the other pages hold.
      if (!dryRun) await client.invalidateQueries({ queryKey: [kind] });
    } catch (err) {
      setChecked(false);
      const errors = rowErrorsOf(err);
      if (errors) setPhase({ step: 'invalid', message: errorText(err), errors });
      else setPhase({ step: 'failed', message: errorText(err) });
    }
  };

  const beforeUpload = (f: File) => {
    if (!f.name.toLowerCase().endsWith('.xlsx')) {
      showError(new Error(t('importsPage.onlyXlsx')));
      return Upload.LIST_IGNORE;
    }
    if (f.size > IMPORT_MAX_MB * 1024 * 1024) {
      showError(new Error(t('importsPage.tooLarge', { mb: IMPORT_MAX_MB })));
      return Upload.LIST_IGNORE;
    }
    setFile(f);
    resetResult();
    return false;
  };
  const fileList: UploadFile[] = file ? [{ uid: `${kind}-file`, name: file.name, size: file.size, status: 'done' }] : [];

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
              resetResult();
            }}
            disabled={busy}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('importsPage.step3')} extra={t('importsPage.fileHint', { mb: IMPORT_MAX_MB })}>
          <Upload
            data-testid={`import-file-${kind}`}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            disabled={busy}
            beforeUpload={beforeUpload}
            fileList={fileList}
            onRemove={() => {
              setFile(null);
              resetResult();
            }}
          >
            <Button icon={<UploadOutlined />}>{t('importsPage.chooseFile')}</Button>
          </Upload>
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

function Outcome({ kind, orgId, phase }: { kind: ImportKind; orgId: number | null; phase: Phase }) {
  const t = useT();
  const box = { marginTop: 16 };
  switch (phase.step) {
    case 'idle':
      return null;
    case 'uploading':
      return (
        <div style={box} data-testid={`import-progress-${kind}`}>
          <Typography.Text>{t('importsPage.uploading')}</Typography.Text>
          <Progress percent={phase.percent} />
        </div>
      );
    case 'processing':
      return (
        <div style={box} data-testid={`import-progress-${kind}`}>
          <Typography.Text>{phase.dryRun ? t('importsPage.validating') : t('importsPage.importing')}</Typography.Text>
          <Progress percent={100} status="active" showInfo={false} />
        </div>
      );
    case 'failed':
      return <Alert style={box} type="error" showIcon title={phase.message} data-testid={`import-failed-${kind}`} />;
    case 'invalid':
      return (
        <div style={box}>
          <Alert type="error" showIcon title={phase.message} style={{ marginBottom: 8 }} data-testid={`import-invalid-${kind}`} />
          <ImportErrors errors={phase.errors} testId={`import-errors-${kind}`} />
        </div>
      );
    case 'done': {
      const r = phase.result;
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
    }
  }
}
