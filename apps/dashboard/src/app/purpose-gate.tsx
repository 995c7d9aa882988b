import { purposeAsked, statePurpose, useSession } from '@ketqua/dashboard/data-access';
import { PURPOSE_MAX_LENGTH } from '@ketqua/domain';
import { Button, Input, Modal, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Whose reads of other people's evaluation and spot-check records are asked for a purpose (the inspection and HR, PRODUCT.md 1). */
const ASKED_ROLES = new Set(['HR', 'INSPECTOR']);

/**
 * Pages that show or export other people's evaluation or spot-check records: HR and inspectors are
 * asked once per browser session for the purpose ("Mục đích xem dữ liệu") before the page loads
 * anything, so the very first read already carries it (X-Ketqua-Purpose); they may skip. The page
 * opens as soon as they answer; nobody else is asked.
 */
export function PurposeGate({ children }: { children: ReactNode }) {
  const user = useSession()?.user;
  const { t } = useTranslation();
  const [asked, setAsked] = useState(() => !user || !ASKED_ROLES.has(user.role) || purposeAsked(user.id));
  const [purpose, setPurpose] = useState('');
  const [missing, setMissing] = useState(false);
  const inputId = useId();
  if (asked || !user) return <>{children}</>;
  const answer = (text: string | null) => {
    statePurpose(user.id, text);
    setAsked(true);
  };
  const confirm = () => {
    if (!purpose.trim()) return setMissing(true);
    answer(purpose);
  };
  return (
    <Modal
      open
      title={t('privacy.purpose.title')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      onOk={confirm}
      footer={[
        <Button key="skip" onClick={() => answer(null)}>
          {t('privacy.purpose.skip')}
        </Button>,
        <Button key="confirm" type="primary" onClick={confirm}>
          {t('privacy.purpose.confirm')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('privacy.purpose.help')}</Typography.Paragraph>
      <label htmlFor={inputId}>{t('privacy.purpose.label')}</label>
      <Input
        id={inputId}
        autoFocus
        value={purpose}
        maxLength={PURPOSE_MAX_LENGTH}
        showCount
        placeholder={t('privacy.purpose.placeholder')}
        status={missing ? 'error' : undefined}
        aria-invalid={missing}
        onChange={(e) => {
          // One line: a pasted line break or tab becomes a space (the API refuses control characters).
          setPurpose(e.target.value.replace(/\s/g, ' '));
          setMissing(false);
        }}
        onPressEnter={confirm}
      />
      {missing && <Typography.Text type="danger">{t('privacy.purpose.required')}</Typography.Text>}
    </Modal>
  );
}
