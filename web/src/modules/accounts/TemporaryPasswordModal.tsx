// The temporary password of a new or reset account, shown once with a copy button.
import { Alert, Modal, Typography } from 'antd';
import { useT } from '../../app/i18n';

interface Props {
  /** Null hides the dialog. */
  shown: { username: string; password: string } | null;
  onClose: () => void;
}

export function TemporaryPasswordModal({ shown, onClose }: Props) {
  const t = useT();
  return (
    <Modal
      open={!!shown}
      title={t('accountsPage.tempPasswordTitle')}
      onOk={onClose}
      onCancel={onClose}
      okText={t('accountsPage.tempPasswordDone')}
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      {shown && (
        <>
          <p>{t('accountsPage.tempPasswordFor', { username: shown.username })}</p>
          <Typography.Paragraph
            data-testid="temporary-password"
            code
            copyable={{ text: shown.password, tooltips: [t('accountsPage.copy'), t('accountsPage.copied')] }}
            style={{ fontSize: 20 }}
          >
            {shown.password}
          </Typography.Paragraph>
          <Alert type="warning" showIcon title={t('accountsPage.tempPasswordOnce')} />
        </>
      )}
    </Modal>
  );
}
