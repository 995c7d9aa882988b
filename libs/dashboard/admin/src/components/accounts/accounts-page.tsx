import { DownOutlined } from '@ant-design/icons';
import { problemOf, useSession, type Role } from '@ketqua/dashboard/data-access';
import { formatDateTime, PageError, PageHeading, useProblemText } from '@ketqua/dashboard/ui';
import { App, Button, Drawer, Dropdown, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  DeactivateAccountMutation,
  IssueTemporaryPasswordMutation,
  ReactivateAccountMutation,
  ResetSecondFactorMutation,
  UnlockAccountMutation,
} from '../../graphql/account.mutations';
import { AccountAgenciesQuery, AccountsQuery, GrantableRolesQuery, type AccountRow } from '../../graphql/accounts.query';
import { useAction } from '../../hooks/use-action';
import { useKeysetPager } from '../../hooks/use-keyset-pager';
import { accountFlags, isLocked, statusFilter, type StatusFilter } from '../../logic/account-state';
import { SessionsPanel } from '../sessions/sessions-panel';
import { EmployeeCodeModal } from './employee-code-modal';
import { RoleModal } from './role-modal';
import { SignInSettingsCard } from './sign-in-settings-card';
import { TemporaryPasswordModal } from './temporary-password-modal';

type Account = AccountRow;
const ROLES: readonly Role[] = ['OFFICIAL', 'UNIT_HEAD', 'HR', 'ADMIN', 'INSPECTOR'];

/**
 * Tài khoản: ADMIN (and HR within its agency and the roles it may grant) finds accounts by name, role,
 * agency and state, and changes a role or the employee code (mã cán bộ), issues a temporary password,
 * unlocks, deactivates or reactivates, and sees or ends an account's sessions; ADMIN also sets how
 * people sign in (SignInSettingsCard). What may be done to whom is the API's answer
 * (`manageable`, `grantableRoles`); the page offers nothing else.
 */
export function AccountsPage() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | undefined>();
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [status, setStatus] = useState<StatusFilter>('ALL');
  const pager = useKeysetPager();
  const filter = useMemo(() => ({ search: search || undefined, role, agencyId, ...statusFilter(status) }), [search, role, agencyId, status]);
  const [{ data, fetching, error }, reload] = useQuery({ query: AccountsQuery, variables: { filter, after: pager.after }, requestPolicy: 'cache-and-network' });
  const [agencies] = useQuery({ query: AccountAgenciesQuery });
  const [grantable] = useQuery({ query: GrantableRolesQuery });
  const grantableRoles = grantable.data?.grantableRoles ?? [];
  const action = useAction();
  // The context's modal (not the static Modal.confirm): it renders inside the app's theme and React root.
  const { modal } = App.useApp();
  const [, issue] = useMutation(IssueTemporaryPasswordMutation);
  const [, unlock] = useMutation(UnlockAccountMutation);
  const [, resetSecondFactor] = useMutation(ResetSecondFactorMutation);
  const isAdmin = useSession()?.user.role === 'ADMIN';
  const [, deactivate] = useMutation(DeactivateAccountMutation);
  const [, reactivate] = useMutation(ReactivateAccountMutation);
  const [roleOf, setRoleOf] = useState<Account | null>(null);
  const [codeOf, setCodeOf] = useState<Account | null>(null);
  const [password, setPassword] = useState<{ name: string; password: string } | null>(null);
  const [sessionsOf, setSessionsOf] = useState<Account | null>(null);
  const now = new Date();
  const rows = data?.officials.edges.map((e) => e.node) ?? [];
  const problem = problemOf(error);
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const changeFilter =
    <T,>(set: (v: T) => void) =>
    (value: T) => {
      set(value);
      pager.reset();
    };

  const confirm = (title: string, content: string, onOk: () => Promise<unknown>) =>
    modal.confirm({ title, content, okText: t('admin.accounts.confirm'), cancelText: t('admin.accounts.cancel'), onOk });

  const reset = (a: Account) =>
    confirm(t('admin.accounts.resetConfirm', { name: a.fullName }), t('admin.accounts.resetConfirmText'), async () => {
      let issued: string | undefined;
      const ok = await action.run(async () => {
        const result = await issue({ id: a.id });
        issued = result.data?.issueTemporaryPassword.temporaryPassword;
        return result;
      });
      if (ok && issued) setPassword({ name: a.fullName, password: issued });
    });

  const toggleActive = (a: Account) =>
    a.active
      ? confirm(t('admin.accounts.deactivateConfirm', { name: a.fullName }), t('admin.accounts.deactivateConfirmText'), () =>
          action.run(() => deactivate({ id: a.id }), t('admin.accounts.deactivated')),
        )
      : void action.run(() => reactivate({ id: a.id }), t('admin.accounts.reactivated'));

  const actionsOf = (a: Account) => {
    if (!a.manageable) {
      return <Typography.Text type="secondary">{t('admin.accounts.notManageable')}</Typography.Text>;
    }
    const items = [
      { key: 'sessions', label: t('admin.accounts.sessions'), onClick: () => setSessionsOf(a) },
      ...(grantableRoles.length > 0 ? [{ key: 'role', label: t('admin.accounts.changeRole'), onClick: () => setRoleOf(a) }] : []),
      { key: 'employee-code', label: t('admin.accounts.setEmployeeCode'), onClick: () => setCodeOf(a) },
      { key: 'reset', label: t('admin.accounts.resetPassword'), onClick: () => reset(a) },
      ...(isLocked(a.lockedUntil, now)
        ? [{ key: 'unlock', label: t('admin.accounts.unlock'), onClick: () => void action.run(() => unlock({ id: a.id }), t('admin.accounts.unlocked')) }]
        : []),
      ...(isAdmin
        ? [
            {
              key: 'second-factor',
              label: t('admin.accounts.resetSecondFactor'),
              onClick: () =>
                confirm(t('admin.accounts.resetSecondFactorConfirm', { name: a.fullName }), t('admin.accounts.resetSecondFactorText'), () =>
                  action.run(() => resetSecondFactor({ id: a.id }), t('admin.accounts.secondFactorReset')),
                ),
            },
          ]
        : []),
      { key: 'active', label: a.active ? t('admin.accounts.deactivate') : t('admin.accounts.reactivate'), danger: a.active, onClick: () => toggleActive(a) },
    ];
    return (
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button size="small" aria-label={t('admin.accounts.more', { name: a.fullName })}>
          {t('admin.accounts.actions')} <DownOutlined />
        </Button>
      </Dropdown>
    );
  };

  return (
    <>
      <PageHeading title={t('admin.accounts.title')} subtitle={t('admin.accounts.subtitle')} />
      {isAdmin && <SignInSettingsCard />}
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t('admin.accounts.search')}
          aria-label={t('admin.accounts.search')}
          onSearch={changeFilter((v: string) => setSearch(v.trim()))}
        />
        <Select<Role | undefined>
          allowClear
          style={{ minWidth: 180 }}
          aria-label={t('admin.accounts.role')}
          placeholder={t('admin.accounts.anyRole')}
          value={role}
          onChange={changeFilter(setRole)}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <Select<string | undefined>
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 240 }}
          aria-label={t('admin.accounts.agency')}
          placeholder={t('admin.accounts.anyAgency')}
          value={agencyId}
          onChange={changeFilter(setAgencyId)}
          options={agencies.data?.agencies.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
        />
        <Select<StatusFilter>
          style={{ minWidth: 220 }}
          aria-label={t('admin.accounts.status')}
          value={status}
          onChange={changeFilter(setStatus)}
          options={[
            { value: 'ALL', label: t('admin.accounts.statusAll') },
            { value: 'ACTIVE', label: t('admin.accounts.statusActive') },
            { value: 'INACTIVE', label: t('admin.accounts.statusInactive') },
            { value: 'LOCKED', label: t('admin.accounts.statusLocked') },
            { value: 'MUST_CHANGE', label: t('admin.accounts.statusMustChange') },
          ]}
        />
      </Space>
      {problem ? (
        <PageError message={problemText(problem)} onRetry={refresh} />
      ) : (
        <Table<Account>
          rowKey="id"
          size="small"
          loading={fetching && !data}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: fetching ? t('common.loading') : <Empty description={t('admin.accounts.empty')} /> }}
          title={() => (data ? t('admin.accounts.total', { n: data.officials.totalCount }) : null)}
          columns={[
            {
              key: 'name',
              title: t('admin.accounts.name'),
              render: (_, a) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{a.fullName}</Typography.Text>
                  <Typography.Text type="secondary">{a.email}</Typography.Text>
                  {a.employeeCode && <Typography.Text type="secondary">{t('admin.accounts.employeeCodeShown', { code: a.employeeCode })}</Typography.Text>}
                </Space>
              ),
            },
            {
              key: 'role',
              title: t('admin.accounts.role'),
              render: (_, a) => (
                <Space size={4} wrap>
                  <Tag>{t(`roles.${a.role}`)}</Tag>
                  {a.cityScope && <Tag color="blue">{t('admin.accounts.tagCityScope')}</Tag>}
                </Space>
              ),
            },
            {
              key: 'unit',
              title: t('admin.accounts.unit'),
              responsive: ['md'],
              render: (_, a) => (
                <>
                  {a.unit.name}
                  <br />
                  <Typography.Text type="secondary">{a.agency.name}</Typography.Text>
                </>
              ),
            },
            {
              key: 'status',
              title: t('admin.accounts.status'),
              render: (_, a) => {
                const flags = accountFlags(a, now);
                if (flags.length === 0) return <Tag color="green">{t('admin.accounts.statusActive')}</Tag>;
                return (
                  <Space size={4} wrap>
                    {flags.map((f) =>
                      f === 'LOCKED' ? (
                        <Tag key={f} color="red">
                          {t('admin.accounts.tagLocked', { until: formatDateTime(a.lockedUntil) })}
                        </Tag>
                      ) : f === 'INACTIVE' ? (
                        <Tag key={f}>{t('admin.accounts.tagInactive')}</Tag>
                      ) : f === 'MUST_CHANGE' ? (
                        <Tag key={f} color="gold">
                          {t('admin.accounts.tagMustChange')}
                        </Tag>
                      ) : (
                        <Tag key={f} color="gold">
                          {t('admin.accounts.tagNoPassword')}
                        </Tag>
                      ),
                    )}
                  </Space>
                );
              },
            },
            {
              key: 'lastLogin',
              title: t('admin.accounts.lastLogin'),
              responsive: ['lg'],
              render: (_, a) => (a.lastLoginAt ? formatDateTime(a.lastLoginAt) : t('admin.accounts.never')),
            },
            { key: 'actions', title: t('admin.accounts.actions'), render: (_, a) => actionsOf(a) },
          ]}
        />
      )}
      <Space style={{ marginTop: 12 }}>
        <Button disabled={!pager.hasPrevious} onClick={pager.previous}>
          {t('admin.accounts.previous')}
        </Button>
        <Button disabled={!data?.officials.pageInfo.hasNextPage} onClick={() => pager.next(data?.officials.pageInfo.endCursor)}>
          {t('admin.accounts.next')}
        </Button>
      </Space>
      {roleOf && <RoleModal account={roleOf} roles={grantableRoles} onClose={() => setRoleOf(null)} />}
      {codeOf && <EmployeeCodeModal account={codeOf} onClose={() => setCodeOf(null)} />}
      {password && <TemporaryPasswordModal name={password.name} password={password.password} onClose={() => setPassword(null)} />}
      <Drawer
        open={!!sessionsOf}
        width={640}
        title={sessionsOf ? t('admin.sessions.title', { name: sessionsOf.fullName }) : ''}
        onClose={() => setSessionsOf(null)}
        destroyOnHidden
      >
        {sessionsOf && <SessionsPanel officialId={sessionsOf.id} own={false} />}
      </Drawer>
    </>
  );
}
