import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The one-time password, shown once (the API never returns it again), with a copy button. */
export function TemporaryPasswordModal({ name, password, onClose }: { name: string; password: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('admin.accounts.passwordTitle', { name })}
      onCancel={onClose}
      onOk={onClose}
      okText={t('admin.accounts.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
    >
      <Alert type="warning" showIcon message={t('admin.accounts.passwordOnce')} style={{ marginBottom: 16 }} />
      <Typography.Text type="secondary">{t('admin.accounts.passwordLabel')}</Typography.Text>
      <Typography.Paragraph
        className="kq-temporary-password"
        code
        style={{ fontSize: 18 }}
        copyable={{ text: password, tooltips: [t('admin.accounts.copy'), t('admin.accounts.copied')] }}
      >
        {password}
      </Typography.Paragraph>
    </Modal>
  );
}
