import { BankOutlined, LockOutlined, MailOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useSessionStore, type ApiProblem } from '@ketqua/dashboard/data-access';
import { placeFieldProblems, PublicFrame, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isChallenge, useSignIn, type Credentials } from '../hooks/use-sign-in';
import { useSignInOptions, useStartCitySignIn } from '../hooks/use-city-sign-in';

/**
 * "Đăng nhập": email and password, then, for an account with xác thực hai lớp, the 6-digit code (or
 * a recovery code); the API's reason in plain words when it refuses.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Credentials>();
  const [codeForm] = Form.useForm<{ code: string }>();
  const { signIn, completeSignIn, signingIn } = useSignIn();
  const problemText = useProblemText();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [challenge, setChallenge] = useState<string | null>(null);
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

  const submitCode = async ({ code }: { code: string }) => {
    if (!challenge) return;
    setProblem(null);
    const failure = await completeSignIn(challenge, code);
    if (!failure) return;
    codeForm.setFieldValue('code', '');
    // An expired challenge (or a lock) needs the password again.
    if (failure.reason === 'SECOND_FACTOR_CHALLENGE_INVALID') setChallenge(null);
    setProblem(failure);
  };

  const submit = async (values: Credentials) => {
    setProblem(null);
    const failure = await signIn(values);
    if (!failure) return; // the router takes the signed-in user on
    if (isChallenge(failure)) {
      setChallenge(failure.challenge);
      return;
    }
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
            title={problem.reason === 'ACCOUNT_LOCKED' ? t('auth.signIn.locked') : challenge ? t('security.code.failed') : t('auth.signIn.failed')}
            description={problemText(problem)}
            style={{ marginBottom: 16 }}
          />
        )}

        {challenge ? (
          <Form form={codeForm} layout="vertical" requiredMark={false} onFinish={(v) => void submitCode(v)} disabled={signingIn}>
            <Typography.Title level={2} style={{ fontSize: 18 }}>
              {t('security.code.title')}
            </Typography.Title>
            <Typography.Paragraph>{t('security.code.intro')}</Typography.Paragraph>
            <Form.Item name="code" label={t('security.code.label')} rules={[{ required: true, whitespace: true, message: t('security.code.required') }]}>
              <Input prefix={<SafetyCertificateOutlined />} inputMode="numeric" autoComplete="one-time-code" maxLength={16} size="large" autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={signingIn}>
              {t('security.code.submit')}
            </Button>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 13 }}>
              {t('security.code.recoveryHint')}
            </Typography.Paragraph>
            <Button
              type="link"
              style={{ padding: 0 }}
              onClick={() => {
                setChallenge(null);
                setProblem(null);
              }}
            >
              {t('security.code.back')}
            </Button>
          </Form>
        ) : (
          <>
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
          </>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {t('auth.signIn.help')}
        </Typography.Paragraph>
      </Card>
    </PublicFrame>
  );
}
