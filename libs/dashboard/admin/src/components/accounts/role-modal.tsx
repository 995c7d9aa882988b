import type { Role } from '@ketqua/dashboard/data-access';
import { Form, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ChangeAccountRoleMutation } from '../../graphql/account.mutations';
import type { AccountRow } from '../../graphql/accounts.query';
import { useAction } from '../../hooks/use-action';

/** Changes only the role (a partial update: nothing else of the account is sent), among the roles the API says the caller may grant. */
export function RoleModal({ account, roles, onClose }: { account: AccountRow; roles: readonly Role[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(account.role);
  const [, change] = useMutation(ChangeAccountRoleMutation);
  const action = useAction();
  return (
    <Modal
      open
      title={t('admin.accounts.roleTitle', { name: account.fullName })}
      okText={t('admin.accounts.save')}
      cancelText={t('admin.accounts.cancel')}
      okButtonProps={{ disabled: role === account.role, loading: action.busy }}
      onCancel={onClose}
      onOk={async () => {
        if (await action.run(() => change({ input: { id: account.id, version: account.version, role } }), t('admin.accounts.roleChanged'))) onClose();
      }}
    >
      <Typography.Paragraph type="secondary">{t('admin.accounts.roleHelp')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('admin.accounts.role')} htmlFor="kq-account-role">
          <Select<Role> id="kq-account-role" value={role} onChange={setRole} options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
