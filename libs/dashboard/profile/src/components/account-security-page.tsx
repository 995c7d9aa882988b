import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { problemOf, problemOfFailure, useSession, useSessionStore, type ApiProblem } from '@ketqua/dashboard/data-access';
import { recoveryCodesLow } from '@ketqua/domain';
import { formatDateTime, PageError, PageHeading, PageLoading, placeFieldProblems, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { BeginTotpEnrolmentMutation, ConfirmTotpEnrolmentMutation, DisableSecondFactorMutation, MySecondFactorQuery, RenewRecoveryCodesMutation } from '../graphql/second-factor';

interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrCodeSvg: string;
}

/** What the ten codes just made came from: the first enrolment or a renewal (the old codes are void). */
type NewCodes = { codes: string[]; from: 'enrolment' | 'renewal' };
type Action = 'renew' | 'disable' | null;
interface PasswordAndCode {
  currentPassword: string;
  code: string;
}

/**
 * "Bảo mật tài khoản": whether two-factor sign-in is on, and its whole life — the enrolment (a QR
 * code and the key as text, a first code to confirm, then the ten recovery codes, shown once), new
 * recovery codes (how many are left, a warning when few are, the new ones shown once to copy or
 * download), and turning it off for the roles that may (password and a current code); HR and ADMIN
 * read why they may not. HR and ADMIN without an authenticator land here and can open nothing else
 * until the enrolment is done.
 */
export function AccountSecurityPage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const store = useSessionStore();
  const mustEnrol = !!useSession()?.user.mustEnrolSecondFactor;
  const [{ data, fetching, error }, reload] = useQuery({ query: MySecondFactorQuery, requestPolicy: 'network-only' });
  const [{ fetching: beginning }, begin] = useMutation(BeginTotpEnrolmentMutation);
  const [{ fetching: confirming }, confirm] = useMutation(ConfirmTotpEnrolmentMutation);
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [{ fetching: renewing }, renew] = useMutation(RenewRecoveryCodesMutation);
  const [{ fetching: disabling }, disable] = useMutation(DisableSecondFactorMutation);
  const [newCodes, setNewCodes] = useState<NewCodes | null>(null);
  const [action, setAction] = useState<Action>(null);
  const [turnedOff, setTurnedOff] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [form] = Form.useForm<{ code: string }>();
  const [actionForm] = Form.useForm<PasswordAndCode>();
  const codes = newCodes?.codes ?? null;

  if (fetching && !data) return <PageLoading />;
  const status = data?.mySecondFactor;
  if (!status) return <PageError message={problemText(problemOf(error) ?? problemOfFailure(error))} onRetry={() => reload()} />;

  const start = async () => {
    setProblem(null);
    const result = await begin({});
    if (result.data) setEnrolment(result.data.beginTotpEnrolment);
    else setProblem(problemOfFailure(result.error));
  };

  const submit = async ({ code }: { code: string }) => {
    setProblem(null);
    const result = await confirm({ input: { code: code.trim() } });
    if (result.data) {
      setNewCodes({ codes: result.data.confirmTotpEnrolment.codes, from: 'enrolment' });
      setEnrolment(null);
      store.updateUser({ mustEnrolSecondFactor: false });
      return;
    }
    const failure = problemOfFailure(result.error);
    if (failure.fields.length && !placeFieldProblems(form, failure.fields).length) return;
    setProblem(failure);
  };

  const openAction = (next: Action) => {
    setProblem(null);
    setTurnedOff(false);
    actionForm.resetFields();
    setAction(next);
  };

  /** Renewal and turning off both ask the password and a current code; a refusal goes beside its field. */
  const submitAction = async (values: PasswordAndCode) => {
    setProblem(null);
    const input = { currentPassword: values.currentPassword, code: values.code.trim() };
    const result = action === 'renew' ? await renew({ input }) : await disable({ input });
    if (result.data) {
      if ('renewRecoveryCodes' in result.data) setNewCodes({ codes: result.data.renewRecoveryCodes.codes, from: 'renewal' });
      else setTurnedOff(true);
      setAction(null);
      reload({ requestPolicy: 'network-only' });
      return;
    }
    const failure = problemOfFailure(result.error);
    if (failure.fields.length && !placeFieldProblems(actionForm, failure.fields).length) return;
    setProblem(failure);
  };

  const few = status.enabled && recoveryCodesLow(status.recoveryCodesLeft);

  return (
    <>
      <PageHeading title={t('security.page.title')} subtitle={t('security.page.subtitle')} />
      {mustEnrol && !codes && <Alert type="warning" showIcon title={t('security.page.mustEnrol')} style={{ marginBottom: 16 }} />}
      {problem && <Alert type="error" showIcon role="alert" title={problemText(problem)} style={{ marginBottom: 16 }} />}
      {turnedOff && <Alert type="success" showIcon role="status" title={t('security.off.done')} style={{ marginBottom: 16 }} />}

      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('security.page.status')}>
            <Space wrap>
              {status.enabled ? <Tag color="green">{t('security.page.statusOn')}</Tag> : <Tag color="orange">{t('security.page.statusOff')}</Tag>}
              <Typography.Text type="secondary">{status.required ? t('security.page.required') : t('security.page.optional')}</Typography.Text>
            </Space>
          </Descriptions.Item>
          {status.enabled && status.enabledAt && <Descriptions.Item label={t('security.page.since')}>{formatDateTime(status.enabledAt)}</Descriptions.Item>}
          {status.enabled && (
            <Descriptions.Item label={t('security.page.codesLeft')}>
              <span data-testid="recovery-codes-left">{t('security.renew.left', { count: status.recoveryCodesLeft })}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        {few && !codes && <Alert type="warning" showIcon title={t('security.renew.few', { count: status.recoveryCodesLeft })} style={{ marginTop: 12 }} />}
        {status.enabled && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('security.page.lostPhone')}
          </Typography.Paragraph>
        )}
        {status.enabled && !codes && (
          <Space wrap style={{ marginTop: 12 }}>
            <Button type={few ? 'primary' : 'default'} onClick={() => openAction('renew')} disabled={action === 'renew'}>
              {t('security.renew.open')}
            </Button>
            {!status.required && (
              <Button danger onClick={() => openAction('disable')} disabled={action === 'disable'}>
                {t('security.off.open')}
              </Button>
            )}
          </Space>
        )}
        {status.enabled && status.required && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('security.off.required')}
          </Typography.Paragraph>
        )}
        {!status.enabled && !enrolment && !codes && (
          <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => void start()} loading={beginning} style={{ marginTop: 12 }}>
            {t('security.page.start')}
          </Button>
        )}
      </Card>

      {action && status.enabled && (
        <Card title={action === 'renew' ? t('security.renew.title') : t('security.off.title')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph>{action === 'renew' ? t('security.renew.intro') : t('security.off.intro')}</Typography.Paragraph>
          <Form form={actionForm} layout="vertical" requiredMark={false} onFinish={(v) => void submitAction(v)} disabled={renewing || disabling}>
            <Form.Item name="currentPassword" label={t('security.action.password')} rules={[{ required: true, message: t('security.action.passwordRequired') }]}>
              <Input.Password autoComplete="current-password" style={{ maxWidth: 320 }} />
            </Form.Item>
            <Form.Item
              name="code"
              label={t('security.code.label')}
              extra={action === 'renew' ? t('security.renew.codeHint') : undefined}
              rules={[{ required: true, whitespace: true, message: t('security.action.codeRequired') }]}
            >
              <Input inputMode={action === 'renew' ? 'numeric' : 'text'} autoComplete="one-time-code" maxLength={16} style={{ maxWidth: 200 }} />
            </Form.Item>
            <Space>
              <Button type="primary" danger={action === 'disable'} htmlType="submit" loading={renewing || disabling}>
                {action === 'renew' ? t('security.renew.submit') : t('security.off.submit')}
              </Button>
              <Button onClick={() => setAction(null)}>{t('security.action.cancel')}</Button>
            </Space>
          </Form>
        </Card>
      )}

      {enrolment && (
        <Card title={t('security.page.step1')} style={{ marginBottom: 16 }}>
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrCodeSvg)}`}
            alt={t('security.page.qrAlt')}
            width={220}
            height={220}
            style={{ display: 'block', background: '#fff' }}
          />
          <Typography.Paragraph style={{ marginTop: 12 }}>{t('security.page.manual')}</Typography.Paragraph>
          <Typography.Paragraph copyable={{ text: enrolment.secret }}>
            <code data-testid="totp-secret">{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
          </Typography.Paragraph>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('security.page.step2')}
          </Typography.Title>
          <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)} disabled={confirming}>
            <Form.Item name="code" label={t('security.code.label')} rules={[{ required: true, whitespace: true, message: t('security.code.required') }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={8} style={{ maxWidth: 200 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={confirming}>
              {t('security.page.confirm')}
            </Button>
          </Form>
        </Card>
      )}

      {codes && (
        <Card title={t('security.page.codesTitle')} style={{ marginBottom: 16 }}>
          <Alert type="success" showIcon title={newCodes?.from === 'renewal' ? t('security.renew.done') : t('security.page.enabled')} style={{ marginBottom: 12 }} />
          <Typography.Paragraph>{t('security.page.codesIntro')}</Typography.Paragraph>
          <ol data-testid="recovery-codes" style={{ columns: 2, fontFamily: 'monospace', fontSize: 16 }}>
            {codes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
          <Space wrap>
            <Typography.Text copyable={{ text: codes.join('\n'), tooltips: [t('security.codes.copy'), t('security.codes.copied')] }}>{t('security.codes.copy')}</Typography.Text>
            <Button icon={<DownloadOutlined />} onClick={() => downloadCodes(codes, t('security.codes.fileHeading'))}>
              {t('security.codes.download')}
            </Button>
            <Button
              type="primary"
              onClick={() => {
                setNewCodes(null);
                reload({ requestPolicy: 'network-only' });
              }}
            >
              {t('security.page.codesDone')}
            </Button>
          </Space>
        </Card>
      )}
    </>
  );
}

/** The codes as a text file the person keeps (they are never shown again): one per line, under a heading. */
function downloadCodes(codes: string[], heading: string): void {
  const text = `${heading}\n\n${codes.join('\n')}\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'ketqua-ma-khoi-phuc.txt';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
