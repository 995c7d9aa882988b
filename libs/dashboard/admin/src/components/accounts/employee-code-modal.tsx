import { Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemOf } from '@ketqua/dashboard/data-access';
import { useMutationAction } from '@ketqua/dashboard/ui';
import { SetEmployeeCodeMutation } from '../../graphql/account.mutations';
import type { AccountRow } from '../../graphql/accounts.query';

/** The same shape the API checks (official.inputs EMPLOYEE_CODE), so a typo is caught before the round trip; the API stays the judge. */
const EMPLOYEE_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;

/**
 * Mã cán bộ: sets or clears an account's employee code (a partial update: nothing else is sent).
 * The API's refusals (another account's code: EMPLOYEE_CODE_TAKEN) appear under the field.
 */
export function EmployeeCodeModal({ account, onClose }: { account: AccountRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ employeeCode: string }>();
  const [, save] = useMutation(SetEmployeeCodeMutation);
  const action = useMutationAction(problemOf, 6, { form, fieldAliases: { 'input.employeeCode': 'employeeCode' } });
  const submit = async ({ employeeCode }: { employeeCode: string }) => {
    const code = (employeeCode ?? '').trim() || null;
    if (await action.run(() => save({ input: { id: account.id, version: account.version, employeeCode: code } }), t('admin.accounts.employeeCodeSaved'))) onClose();
  };
  return (
    <Modal
      open
      title={t('admin.accounts.employeeCodeTitle', { name: account.fullName })}
      okText={t('admin.accounts.save')}
      cancelText={t('admin.accounts.cancel')}
      okButtonProps={{ loading: action.busy }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('admin.accounts.employeeCodeHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ employeeCode: account.employeeCode ?? '' }} onFinish={(v) => void submit(v)}>
        <Form.Item
          name="employeeCode"
          label={t('admin.accounts.employeeCode')}
          rules={[
            {
              validator: (_, v: string | undefined) =>
                !v?.trim() || EMPLOYEE_CODE.test(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('admin.accounts.employeeCodeInvalid'))),
            },
          ]}
        >
          <Input autoFocus placeholder={t('admin.accounts.employeeCodePlaceholder')} maxLength={40} autoComplete="off" spellCheck={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
