import { App, Card, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { SetPasswordSignInMutation, SignInSettingsQuery } from '../../graphql/sign-in-settings';
import { useAction } from '../../hooks/use-action';

type CityState = { configured: boolean; reachable: boolean | null } | null;

/** The city sign-in's state as /health reports it (configured, reachable); null while unknown. */
function useCitySignInHealth(): CityState {
  const [state, setState] = useState<CityState>(null);
  useEffect(() => {
    let live = true;
    fetch('/health', { credentials: 'same-origin' })
      .then((r) => r.json() as Promise<{ adapters?: { sso?: { configured: boolean; reachable: boolean | null } } }>)
      .then((h) => live && setState(h.adapters?.sso ?? null))
      .catch(() => live && setState(null));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/**
 * Cách đăng nhập (ADMIN): whether the city sign-in is configured and reachable, and the switch
 * "Cho phép đăng nhập bằng mật khẩu". Turning it off asks first; the API decides the rest: it
 * refuses to turn it off without the city sign-in, and ADMIN accounts keep their password.
 */
export function SignInSettingsCard() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [{ data }, reload] = useQuery({ query: SignInSettingsQuery, requestPolicy: 'cache-and-network' });
  const [, setPasswordSignIn] = useMutation(SetPasswordSignInMutation);
  const action = useAction();
  const health = useCitySignInHealth();
  const options = data?.signInOptions;
  const city = options?.citySignIn ?? false;

  const change = (enabled: boolean) => {
    const run = async () => {
      if (await action.run(() => setPasswordSignIn({ input: { enabled } }), enabled ? t('admin.signIn.turnedOn') : t('admin.signIn.turnedOff')))
        reload({ requestPolicy: 'network-only' });
    };
    if (enabled) return void run();
    modal.confirm({
      title: t('admin.signIn.offConfirm'),
      content: t('admin.signIn.offConfirmText'),
      okText: t('admin.accounts.confirm'),
      cancelText: t('admin.accounts.cancel'),
      onOk: run,
    });
  };

  return (
    <Card size="small" title={t('admin.signIn.title')} style={{ marginBottom: 16 }}>
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap size={6}>
          <Typography.Text strong>{t('admin.signIn.city')}:</Typography.Text>
          {city ? <Tag color="green">{t('admin.signIn.cityConfigured')}</Tag> : <Tag>{t('admin.signIn.cityNotConfigured')}</Tag>}
          {city &&
            (health?.reachable === true ? (
              <Tag color="green">{t('admin.signIn.cityReachable')}</Tag>
            ) : health?.reachable === false ? (
              <Tag color="red">{t('admin.signIn.cityUnreachable')}</Tag>
            ) : (
              <Tag>{t('admin.signIn.cityUnknown')}</Tag>
            ))}
        </Space>
        {!city && <Typography.Text type="secondary">{t('admin.signIn.cityNotConfiguredHelp')}</Typography.Text>}
        <Space align="start">
          <Switch
            id="kq-password-sign-in"
            checked={options?.passwordSignIn ?? true}
            disabled={!options || (!city && options.passwordSignIn)}
            loading={action.busy}
            onChange={change}
            aria-describedby="kq-password-sign-in-help"
          />
          <label htmlFor="kq-password-sign-in">
            <Typography.Text>{t('admin.signIn.password')}</Typography.Text>
          </label>
        </Space>
        <Typography.Text id="kq-password-sign-in-help" type="secondary">
          {t('admin.signIn.passwordHelp')}
          {!city && ` ${t('admin.signIn.passwordNeedsCity')}`}
        </Typography.Text>
      </Space>
    </Card>
  );
}
