// A version conflict (409 VERSION_CONFLICT) on a versioned record: say so in the form and offer to reload the latest version.
import { Alert, Button } from 'antd';
import { useCallback, useState } from 'react';
import { isVersionConflict } from '../../app/api';
import { useT } from '../../app/i18n';

/** Holds the message of the last version conflict; `catchConflict` returns whether it handled the error. */
export function useConflict() {
  const [conflict, setConflict] = useState<string | null>(null);
  const catchConflict = useCallback((err: unknown) => {
    if (isVersionConflict(err)) {
      setConflict(err.message);
      return true;
    }
    return false;
  }, []);
  const clear = useCallback(() => setConflict(null), []);
  return { conflict, catchConflict, clear };
}

export function ConflictAlert({ message, onReload, reloading }: { message: string | null; onReload: () => void; reloading?: boolean }) {
  const t = useT();
  if (!message) return null;
  return (
    <Alert
      data-testid="conflict-alert"
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('personPage.conflictTitle')}
      description={message}
      action={
        <Button size="small" loading={reloading} onClick={onReload}>
          {t('personPage.conflictReload')}
        </Button>
      }
    />
  );
}
