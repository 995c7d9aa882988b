import { useSession, type ApiProblem } from '@ketqua/dashboard/data-access';
import { PageHeading, placeFieldProblems, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, App, Button, Card, Form, Input, type FormRule } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../hooks/use-change-password';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** A rule checking this field against another one: it must equal it, or differ from it. */
function comparedWith(other: keyof Values, must: 'equal' | 'differ', message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_, value: string | undefined) => (!value || (value === getFieldValue(other)) === (must === 'equal') ? Promise.resolve() : Promise.reject(new Error(message))),
  });
}

/** "Đổi mật khẩu": checks the API's policy before sending, then shows the API's verdict. */
export function ChangePasswordPage({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { changePassword, changing } = useChangePassword();
  const problemText = useProblemText();
  const mustChange = useSession()?.user.mustChangePassword ?? false;
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const submit = async ({ currentPassword, newPassword }: Values) => {
    setProblem(null);
    const failure = await changePassword(currentPassword, newPassword);
    if (!failure) {
      void message.success(t('auth.changePassword.success'));
      form.resetFields();
      onDone();
      return;
    }
    // Field problems go beside their field; the alert only when none of them has a field here.
    if (!failure.fields.length || placeFieldProblems(form, failure.fields).length === failure.fields.length) setProblem(failure);
  };

  return (
    <>
      <PageHeading title={t('auth.changePassword.title')} subtitle={t('auth.changePassword.intro')} />
      <Card style={{ maxWidth: 520 }}>
        {mustChange && <Alert type="warning" showIcon title={t('auth.changePassword.mustChange')} style={{ marginBottom: 16 }} />}
        {problem && <Alert type="error" showIcon role="alert" title={problemText(problem)} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={changing}>
          <Form.Item name="currentPassword" label={t('auth.changePassword.current')} rules={[{ required: true, message: t('auth.changePassword.currentRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('auth.changePassword.new')}
            dependencies={['currentPassword']}
            rules={[
              { required: true, message: t('auth.changePassword.newRequired') },
              { min: 10, message: t('auth.changePassword.tooShort') },
              { pattern: /(?=.*\p{L})(?=.*\d)/u, message: t('auth.changePassword.lettersAndDigits') },
              comparedWith('currentPassword', 'differ', t('auth.changePassword.sameAsCurrent')),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('auth.changePassword.confirm')}
            dependencies={['newPassword']}
            rules={[{ required: true, message: t('auth.changePassword.newRequired') }, comparedWith('newPassword', 'equal', t('auth.changePassword.mismatch'))]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={changing}>
            {t('auth.changePassword.submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
