// The flow every .xlsx import shares: choose a file (checked for type and size), 校验 (dry run) first, then 导入,
// with the upload's progress and a rejected file's row errors. Each import page keeps only its own fields and result.
import { Alert, Button, Progress, Typography, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { IMPORT_MAX_MB, type ImportRowError } from '@xianfeng/shared/schemas/imports';
import { errorText, useShowError } from '../../app/errors';
import { useT } from '../../app/i18n';
import { ImportErrors } from './ImportErrors';
import { rowErrorsOf } from './imports.api';

export type ImportPhase<R> =
  | { step: 'idle' }
  | { step: 'uploading'; percent: number; dryRun: boolean }
  | { step: 'processing'; dryRun: boolean }
  | { step: 'done'; result: R }
  | { step: 'invalid'; message: string; errors: ImportRowError[] }
  | { step: 'failed'; message: string };

interface Options<R> {
  /** Sends the file; `onProgress` gets 0–100 while it uploads. */
  send: (file: File, dryRun: boolean, onProgress: (percent: number) => void) => Promise<R>;
  /** After a real import (not a dry run) succeeded: refresh what it changed. */
  onImported?: () => Promise<unknown> | void;
}

export function useXlsxImport<R>({ send, onImported }: Options<R>) {
  const t = useT();
  const showError = useShowError();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<ImportPhase<R>>({ step: 'idle' });
  // The dry run passed for this file (and the page's other choices): 导入 is allowed.
  const [checked, setChecked] = useState(false);
  const running = phase.step === 'uploading' || phase.step === 'processing' ? (phase.dryRun ? 'check' : 'import') : null;

  /** Forget the last run's outcome (the file or another choice changed). */
  const reset = () => {
    setPhase({ step: 'idle' });
    setChecked(false);
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setPhase({ step: 'uploading', percent: 0, dryRun });
    try {
      const result = await send(file, dryRun, (percent) =>
        setPhase(percent >= 100 ? { step: 'processing', dryRun } : { step: 'uploading', percent, dryRun }),
      );
      setPhase({ step: 'done', result });
      setChecked(dryRun);
      if (!dryRun) await onImported?.();
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
    reset();
    return false;
  };
  const removeFile = () => {
    setFile(null);
    reset();
  };
  const fileList: UploadFile[] = file ? [{ uid: 'import-file', name: file.name, size: file.size, status: 'done' }] : [];

  return { file, phase, checked, running, busy: running !== null, run, reset, beforeUpload, removeFile, fileList };
}

/** The .xlsx file input of an import, driven by `useXlsxImport`. */
export function XlsxFileInput({
  importer: { busy, beforeUpload, fileList, removeFile },
  testId,
}: {
  importer: Pick<ReturnType<typeof useXlsxImport>, 'busy' | 'beforeUpload' | 'fileList' | 'removeFile'>;
  testId: string;
}) {
  const t = useT();
  return (
    <Upload
      data-testid={testId}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      maxCount={1}
      disabled={busy}
      beforeUpload={beforeUpload}
      fileList={fileList}
      onRemove={removeFile}
    >
      <Button icon={<UploadOutlined />}>{t('importsPage.chooseFile')}</Button>
    </Upload>
  );
}

/** Progress, failure and row errors of a run; `done` renders the page's own result. */
export function ImportOutcome<R>({
  phase,
  testId,
  done,
  style,
}: {
  phase: ImportPhase<R>;
  /** Prefix of the test ids: `${testId}-progress`, `-failed`, `-invalid`, `-errors`. */
  testId: (part: string) => string;
  done: (result: R) => React.ReactNode;
  style?: React.CSSProperties;
}) {
  const t = useT();
  switch (phase.step) {
    case 'idle':
      return null;
    case 'uploading':
      return (
        <div style={style} data-testid={testId('progress')}>
          <Typography.Text>{t('importsPage.uploading')}</Typography.Text>
          <Progress percent={phase.percent} />
        </div>
      );
    case 'processing':
      return (
        <div style={style} data-testid={testId('progress')}>
          <Typography.Text>{phase.dryRun ? t('importsPage.validating') : t('importsPage.importing')}</Typography.Text>
          <Progress percent={100} status="active" showInfo={false} />
        </div>
      );
    case 'failed':
      return <Alert style={style} type="error" showIcon title={phase.message} data-testid={testId('failed')} />;
    case 'invalid':
      return (
        <div style={style}>
          <Alert type="error" showIcon title={phase.message} style={{ marginBottom: 8 }} data-testid={testId('invalid')} />
          <ImportErrors errors={phase.errors} testId={testId('errors')} />
        </div>
      );
    case 'done':
      return <>{done(phase.result)}</>;
  }
}
