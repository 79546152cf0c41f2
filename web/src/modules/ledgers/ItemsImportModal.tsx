// 导入事项: this list's template, a file, then 校验 (dry run, row errors in a table) and 导入, all rows or none.
import { Alert, Button, Form, Modal, Progress, Space, Typography, Upload, type UploadFile } from 'antd';
import { CheckCircleOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { IMPORT_MAX_MB, IMPORT_MAX_ROWS, type ImportRowError } from '@xianfeng/shared/schemas/imports';
import type { LedgerImportResult } from '@xianfeng/shared/schemas/ledgerImports';
import type { LedgerView } from '@xianfeng/shared/schemas/ledgers';
import { withQuery } from '../../app/api';
import { errorText, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { ImportErrors } from '../imports/ImportErrors';
import { rowErrorsOf, uploadXlsx } from '../imports/imports.api';
import { downloadFile } from '../people/download';
import { ledgerKeys } from './ledgers.api';

type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; percent: number; dryRun: boolean }
  | { step: 'processing'; dryRun: boolean }
  | { step: 'done'; result: LedgerImportResult }
  | { step: 'invalid'; message: string; errors: ImportRowError[] }
  | { step: 'failed'; message: string };

interface Props {
  ledger: LedgerView;
  open: boolean;
  onClose: () => void;
}

export function ItemsImportModal({ ledger, open, onClose }: Props) {
  const t = useT();
  const client = useQueryClient();
  const showError = useShowError();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  // The dry run passed for this file: 导入 is allowed.
  const [checked, setChecked] = useState(false);
  const running = phase.step === 'uploading' || phase.step === 'processing' ? (phase.dryRun ? 'check' : 'import') : null;
  const busy = running !== null;

  useEffect(() => {
    if (!open) return;
    setFile(null);
    setPhase({ step: 'idle' });
    setChecked(false);
  }, [open]);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setPhase({ step: 'uploading', percent: 0, dryRun });
    try {
      const result = await uploadXlsx<LedgerImportResult>(
        withQuery(`/api/ledgers/${ledger.id}/import`, { dryRun }),
        file,
        (percent) => setPhase(percent >= 100 ? { step: 'processing', dryRun } : { step: 'uploading', percent, dryRun }),
      );
      setPhase({ step: 'done', result });
      setChecked(dryRun);
      // The list's items and figures changed.
      if (!dryRun) await client.invalidateQueries({ queryKey: ledgerKeys.all });
    } catch (err) {
      setChecked(false);
      const errors = rowErrorsOf(err);
      setPhase(errors ? { step: 'invalid', message: errorText(err), errors } : { step: 'failed', message: errorText(err) });
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
    setPhase({ step: 'idle' });
    setChecked(false);
    return false;
  };
  const fileList: UploadFile[] = file ? [{ uid: 'items-import-file', name: file.name, size: file.size, status: 'done' }] : [];

  const template = async () => {
    try {
      await downloadFile(`/ledgers/${ledger.id}/import-template`, undefined, t('itemsImport.templateFile'));
    } catch (err) {
      showError(err);
    }
  };

  const done = phase.step === 'done' && !phase.result.dryRun;
  return (
    <Modal
      open={open}
      title={`${t('itemsImport.title')} · ${ledger.title}`}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      mask={{ closable: !busy }}
      width={720}
      destroyOnHidden
      footer={
        <Space wrap>
          <Button onClick={onClose} disabled={busy}>
            {t('itemsImport.close')}
          </Button>
          <Button data-testid="items-import-check" disabled={!file || busy || done} loading={running === 'check'} onClick={() => void run(true)}>
            {t('importsPage.dryRun')}
          </Button>
          <Button
            data-testid="items-import-submit"
            type="primary"
            disabled={!checked || busy}
            loading={running === 'import'}
            onClick={() => void run(false)}
          >
            {t('importsPage.submit')}
          </Button>
        </Space>
      }
      data-testid="items-import-modal"
    >
      <Typography.Paragraph type="secondary">{t('itemsImport.intro')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('itemsImport.step1')}>
          <Button data-testid="items-import-template" icon={<DownloadOutlined />} onClick={() => void template()}>
            {t('importsPage.downloadTemplate')}
          </Button>
        </Form.Item>
        <Form.Item label={t('itemsImport.step2')} extra={t('itemsImport.fileHint', { mb: IMPORT_MAX_MB, rows: IMPORT_MAX_ROWS.toLocaleString() })}>
          <Upload
            data-testid="items-import-file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            disabled={busy}
            beforeUpload={beforeUpload}
            fileList={fileList}
            onRemove={() => {
              setFile(null);
              setPhase({ step: 'idle' });
              setChecked(false);
            }}
          >
            <Button icon={<UploadOutlined />}>{t('importsPage.chooseFile')}</Button>
          </Upload>
        </Form.Item>
      </Form>
      {phase.step === 'idle' && file && <Typography.Text type="secondary">{t('importsPage.dryRunFirst')}</Typography.Text>}
      <Outcome phase={phase} />
    </Modal>
  );
}

function Outcome({ phase }: { phase: Phase }) {
  const t = useT();
  switch (phase.step) {
    case 'idle':
      return null;
    case 'uploading':
      return (
        <div data-testid="items-import-progress">
          <Typography.Text>{t('importsPage.uploading')}</Typography.Text>
          <Progress percent={phase.percent} />
        </div>
      );
    case 'processing':
      return (
        <div data-testid="items-import-progress">
          <Typography.Text>{phase.dryRun ? t('importsPage.validating') : t('importsPage.importing')}</Typography.Text>
          <Progress percent={100} status="active" showInfo={false} />
        </div>
      );
    case 'failed':
      return <Alert type="error" showIcon title={phase.message} data-testid="items-import-failed" />;
    case 'invalid':
      return (
        <div>
          <Alert type="error" showIcon title={phase.message} style={{ marginBottom: 8 }} data-testid="items-import-invalid" />
          <ImportErrors errors={phase.errors} testId="items-import-errors" />
        </div>
      );
    case 'done': {
      const r = phase.result;
      const counts = { rows: r.rows, created: r.created, updated: r.updated, unchanged: r.unchanged };
      return (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          data-testid="items-import-result"
          title={r.dryRun ? t('importsPage.checkedTitle') : t('importsPage.doneTitle')}
          description={r.dryRun ? t('itemsImport.checked', counts) : t('itemsImport.done', counts)}
        />
      );
    }
  }
}
