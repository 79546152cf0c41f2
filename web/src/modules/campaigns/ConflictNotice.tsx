// A version conflict (409) in the plan or the people: say so where the edit was made and offer the
// latest version (people/conflict.tsx's alert names a person, hence this one).
import { Alert, Button } from 'antd';
import { useT } from '../../app/i18n';

export function ConflictNotice({ message, onReload }: { message: string | null; onReload: () => void }) {
  const t = useT();
  if (!message) return null;
  return (
    <Alert
      data-testid="conflict-alert"
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('orgAction.conflictTitle')}
      description={message}
      action={
        <Button size="small" onClick={onReload}>
          {t('orgAction.conflictReload')}
        </Button>
      }
    />
  );
}
