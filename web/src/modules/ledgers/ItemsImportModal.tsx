// 导入事项: this list's template, a file, then 校验 (dry run, row errors in a table) and 导入, all rows or none.
import { Alert, Button, Form, Modal, Space, Typography } from 'antd';
import { CheckCircleOutlined, DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { IMPORT_MAX_MB, IMPORT_MAX_ROWS } from '@xianfeng/shared/schemas/imports';
import type { LedgerImportResult } from '@xianfeng/shared/schemas/ledgerImports';
import type { LedgerView } from '@xianfeng/shared/schemas/ledgers';
import { withQuery } from '../../app/api';
import { useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { uploadXlsx } from '../imports/imports.api';
import { type ImportPhase, ImportOutcome, useXlsxImport, XlsxFileInput } from '../imports/useXlsxImport';
import { downloadFile } from '../people/download';
import { ledgerKeys } from './ledgers.api';

interface Props {
  ledger: LedgerView;
  open: boolean;
  onClose: () => void;
}

export function ItemsImportModal({ ledger, open, onClose }: Props) {
  const t = useT();
  const client = useQueryClient();
  const showError = useShowError();
  const importer = useXlsxImport<LedgerImportResult>({
    send: (f, dryRun, onProgress) => uploadXlsx(withQuery(`/api/ledgers/${ledger.id}/import`, { dryRun }), f, onProgress),
    // The list's items and figures changed.
    onImported: () => client.invalidateQueries({ queryKey: ledgerKeys.all }),
  });
  const { file, phase, checked, running, busy, run, removeFile } = importer;

  useEffect(() => {
    if (open) removeFile();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh start each time the dialog opens
  }, [open]);

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
          <XlsxFileInput importer={importer} testId="items-import-file" />
        </Form.Item>
      </Form>
      {phase.step === 'idle' && file && <Typography.Text type="secondary">{t('importsPage.dryRunFirst')}</Typography.Text>}
      <Outcome phase={phase} />
    </Modal>
  );
}

function Outcome({ phase }: { phase: ImportPhase<LedgerImportResult> }) {
  const t = useT();
  return (
    <ImportOutcome
      phase={phase}
      testId={(part) => `items-import-${part}`}
      done={(r) => {
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
      }}
    />
  );
}
