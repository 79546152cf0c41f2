// Showing failures: a server message as a toast or inline, and validation issues on form fields.
import { Alert, App, Button, Result, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from './api';
import { useT } from './i18n';

/** The user-facing text of any error (the server's message is already in the user's language). */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * Puts ApiError.details [{field, message}] onto the form's fields; returns the issues it could not
 * place (fields the form does not have), so the caller can show them elsewhere.
 */
export function applyFieldErrors(form: FormInstance, err: unknown): string[] {
  if (!(err instanceof ApiError)) return [];
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const rest: string[] = [];
  const byField = new Map<string, string[]>();
  for (const issue of err.fieldIssues) {
    const top = issue.field.split('.')[0] ?? '';
    if (top && known.has(top)) byField.set(top, [...(byField.get(top) ?? []), issue.message]);
    else rest.push(issue.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return rest;
}

/** A function that reports an error: field issues onto `form` when given, everything else as a toast. */
export function useShowError() {
  const { message } = App.useApp();
  return useCallback(
    (err: unknown, form?: FormInstance) => {
      const rest = form ? applyFieldErrors(form, err) : [];
      const placed = err instanceof ApiError && err.fieldIssues.length > 0 && rest.length === 0 && form;
      if (placed) return;
      const text = rest.length > 0 ? `${errorText(err)} ${rest.join(' ')}` : errorText(err);
      void message.error(text);
    },
    [message],
  );
}

/** A block for a failed query, with its request id and a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert
      type="error"
      showIcon
      title={t('shell.loadFailed')}
      description={
        <>
          {errorText(error)}
          {requestId && <div style={{ fontSize: 12, opacity: 0.7 }}>{t('shell.requestId', { id: requestId })}</div>}
        </>
      }
      action={onRetry && <Button size="small" onClick={onRetry}>{t('shell.retry')}</Button>}
    />
  );
}

export function NotFoundPage() {
  const t = useT();
  const navigate = useNavigate();
  return <Result status="404" title="404" subTitle={t('shell.notFound')} extra={<Button onClick={() => navigate('/')}>{t('shell.backHome')}</Button>} />;
}
