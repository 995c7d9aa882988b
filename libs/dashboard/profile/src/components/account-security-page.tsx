import { SafetyCertificateOutlined } from '@ant-design/icons';
import { problemOf, problemOfFailure, useSession, useSessionStore, type ApiProblem } from '@ketqua/dashboard/data-access';
import { formatDateTime, PageError, PageHeading, PageLoading, placeFieldProblems, useProblemText } from '@ketqua/dashboard/ui';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { BeginTotpEnrolmentMutation, ConfirmTotpEnrolmentMutation, MySecondFactorQuery } from '../graphql/second-factor';

interface Enrolment {
  secret: string;
  otpauthUrl: string;
  qrCodeSvg: string;
}

/**
 * "Bảo mật tài khoản": whether two-factor sign-in is on, and its enrolment — a QR code (and the key as
 * text), a first code to confirm, then the ten recovery codes, shown once. HR and ADMIN without an
 * authenticator land here and can open nothing else until it is done.
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
  const [codes, setCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [form] = Form.useForm<{ code: string }>();

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
      setCodes(result.data.confirmTotpEnrolment.codes);
      setEnrolment(null);
      store.updateUser({ mustEnrolSecondFactor: false });
      return;
    }
    const failure = problemOfFailure(result.error);
    if (failure.fields.length && !placeFieldProblems(form, failure.fields).length) return;
    setProblem(failure);
  };

  return (
    <>
      <PageHeading title={t('security.page.title')} subtitle={t('security.page.subtitle')} />
      {mustEnrol && !codes && <Alert type="warning" showIcon title={t('security.page.mustEnrol')} style={{ marginBottom: 16 }} />}
      {problem && <Alert type="error" showIcon role="alert" title={problemText(problem)} style={{ marginBottom: 16 }} />}

      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('security.page.status')}>
            <Space wrap>
              {status.enabled ? <Tag color="green">{t('security.page.statusOn')}</Tag> : <Tag color="orange">{t('security.page.statusOff')}</Tag>}
              <Typography.Text type="secondary">{status.required ? t('security.page.required') : t('security.page.optional')}</Typography.Text>
            </Space>
          </Descriptions.Item>
          {status.enabled && status.enabledAt && <Descriptions.Item label={t('security.page.since')}>{formatDateTime(status.enabledAt)}</Descriptions.Item>}
          {status.enabled && <Descriptions.Item label={t('security.page.codesLeft')}>{status.recoveryCodesLeft}</Descriptions.Item>}
        </Descriptions>
        {status.enabled && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('security.page.lostPhone')}
          </Typography.Paragraph>
        )}
        {!status.enabled && !enrolment && !codes && (
          <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => void start()} loading={beginning} style={{ marginTop: 12 }}>
            {t('security.page.start')}
          </Button>
        )}
      </Card>

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
          <Alert type="success" showIcon title={t('security.page.enabled')} style={{ marginBottom: 12 }} />
          <Typography.Paragraph>{t('security.page.codesIntro')}</Typography.Paragraph>
          <ol data-testid="recovery-codes" style={{ columns: 2, fontFamily: 'monospace', fontSize: 16 }}>
            {codes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
          <Button
            type="primary"
            onClick={() => {
              setCodes(null);
              reload({ requestPolicy: 'network-only' });
            }}
          >
            {t('security.page.codesDone')}
          </Button>
        </Card>
      )}
    </>
  );
}
