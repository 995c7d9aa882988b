import { Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A written reason (or note) for a decision: required, kept in the audit trail by the API. */
export function ReasonModal({
  title,
  label,
  okText,
  busy,
  extra,
  optional = false,
  onSubmit,
  onClose,
}: {
  title: string;
  /** The text may be left empty (e.g. an official's own withdrawal). */
  optional?: boolean;
  label?: string;
  okText?: string;
  busy: boolean;
  extra?: ReactNode;
  onSubmit: (text: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('pilot.actions.save')}
      cancelText={t('pilot.actions.cancel')}
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {extra}
      <Form form={form} layout="vertical" onFinish={(v) => onSubmit((v.text ?? '').trim())}>
        <Form.Item name="text" label={label ?? t('pilot.common.reason')} rules={optional ? [] : [{ required: true, whitespace: true, message: t('pilot.common.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
