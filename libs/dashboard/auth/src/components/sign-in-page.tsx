import { BankOutlined, LockOutlined, MailOutlined } from '@ant-design/icons';
import { useSessionStore, type ApiProblem } from '@ketqua/dashboard/data-access';
import { placeFieldProblems, PublicFrame, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignIn, type Credentials } from '../hooks/use-sign-in';
import { useSignInOptions, useStartCitySignIn } from '../hooks/use-city-sign-in';

/** "Đăng nhập": email and password, with the API's reason in plain words when it refuses. */
export function SignInPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Credentials>();
  const { signIn, signingIn } = useSignIn();
  const problemText = useProblemText();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const ended = useSessionStore().lastEnd();
  const options = useSignInOptions();
  const { start, starting } = useStartCitySignIn();
  // Password sign-in closed by an ADMIN: the form stays behind a link, for ADMIN break-glass.
  const [showPassword, setShowPassword] = useState(false);
  const passwordForm = options.passwordSignIn || !options.citySignIn || showPassword;

  const startCity = async () => {
    setProblem(null);
    const failure = await start();
    if (failure) setProblem(failure);
  };

  const submit = async (values: Credentials) => {
    setProblem(null);
    const failure = await signIn(values);
    if (!failure) return; // the router takes the signed-in user on
    if (failure.reason === 'INVALID_CREDENTIALS') form.setFieldValue('password', '');
    // Field problems go beside their field; the alert only for what no field shows (never "input.email: …").
    if (failure.fields.length && !placeFieldProblems(form, failure.fields).length) return;
    setProblem(failure);
  };

  return (
    <PublicFrame>
      <Card className="kq-auth-card">
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0, marginBottom: 4, color: '#0f3a68' }}>
          {t('auth.signIn.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.signIn.subtitle')}</Typography.Paragraph>

        {ended && !problem && <Alert type="info" showIcon title={t(`auth.ended.${ended}`)} style={{ marginBottom: 16 }} />}
        {problem && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={problem.reason === 'ACCOUNT_LOCKED' ? t('auth.signIn.locked') : t('auth.signIn.failed')}
            description={problemText(problem)}
            style={{ marginBottom: 16 }}
          />
        )}

        {options.citySignIn && (
          <>
            <Button type="primary" size="large" block icon={<BankOutlined />} loading={starting} onClick={() => void startCity()}>
              {t('auth.city.button')}
            </Button>
            {passwordForm ? (
              <Divider plain>{t('auth.city.or')}</Divider>
            ) : (
              <Button type="link" block style={{ marginTop: 12 }} onClick={() => setShowPassword(true)}>
                {t('auth.city.adminPassword')}
              </Button>
            )}
          </>
        )}

        {passwordForm && (
          <Form<Credentials> form={form} layout="vertical" requiredMark={false} onFinish={submit} disabled={signingIn}>
            <Form.Item
              name="email"
              label={t('auth.signIn.email')}
              rules={[
                { required: true, whitespace: true, message: t('auth.signIn.emailRequired') },
                { type: 'email', message: t('auth.signIn.emailInvalid') },
              ]}
            >
              <Input prefix={<MailOutlined />} type="email" autoComplete="username" inputMode="email" placeholder={t('auth.signIn.emailPlaceholder')} size="large" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('auth.signIn.password')} rules={[{ required: true, message: t('auth.signIn.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type={options.citySignIn ? 'default' : 'primary'} htmlType="submit" size="large" block loading={signingIn}>
              {t('auth.signIn.submit')}
            </Button>
          </Form>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {t('auth.signIn.help')}
        </Typography.Paragraph>
      </Card>
    </PublicFrame>
  );
}
