import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Drawer, Dropdown, Grid, Layout, Menu, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { initialsOf } from '../format/names';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';

export interface NavItem {
  key: string;
  /** The entry's text, or a link to its page (a router link), so it opens in a new tab and is announced as a link. */
  label: ReactNode;
  icon?: ReactNode;
}

export interface AppFrameProps {
  /** What this user may open, already filtered by role. */
  nav: NavItem[];
  selectedKey?: string;
  /** Told which entry was chosen; entries that are links navigate by themselves. */
  onNavigate?: (key: string) => void;
  user: { fullName: string; roleLabel: string };
  /** Entries under the user's name (e.g. change password). */
  accountMenu: NavItem[];
  onSignOut: () => void;
  /** Shown in the header before the language switch (e.g. the notification bell). */
  headerExtra?: ReactNode;
  children: ReactNode;
}

/**
 * The signed-in frame: header with the product, language switch, the user's name and role and
 * sign-out; navigation in a side bar on a laptop and in a drawer on a phone.
 */
export function AppFrame({ nav, selectedKey, onNavigate, user, accountMenu, onSignOut, headerExtra, children }: AppFrameProps) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const wide = screens.md !== false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [accountOpen, setAccountOpen] = useState(false);

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selectedKey ? [selectedKey] : []}
      items={nav.map((n) => ({ key: n.key, label: n.label, icon: n.icon }))}
      onClick={({ key }) => {
        setDrawerOpen(false);
        onNavigate?.(key);
      }}
      className="kq-nav"
    />
  );

  return (
    <Layout className="kq-frame">
      <Layout.Header className="kq-header">
        {!wide && <Button type="text" className="kq-header__burger" icon={<MenuOutlined />} aria-label={t('nav.openMenu')} onClick={() => setDrawerOpen(true)} />}
        <Brand showTagline={screens.lg === true} />
        <div className="kq-header__spacer" />
        {headerExtra}
        <LanguageSwitch tone="dark" />
        <Dropdown
          trigger={['click']}
          open={accountOpen}
          onOpenChange={setAccountOpen}
          menu={{
            items: accountMenu.map((m) => ({ key: m.key, label: m.label, icon: m.icon })),
            onClick: ({ key }) => {
              setAccountOpen(false);
              onNavigate?.(key);
            },
          }}
        >
          {/* Named by what it shows (name and role; WCAG 2.5.3 label in name); on a phone only the
              initials show, so the name is there for screen readers. */}
          <button type="button" className="kq-user" aria-haspopup="menu" aria-expanded={accountOpen}>
            <Avatar size={32} className="kq-user__avatar" icon={user.fullName ? undefined : <UserOutlined />} aria-hidden>
              {initialsOf(user.fullName)}
            </Avatar>
            <span className={wide ? 'kq-user__text' : 'kq-visually-hidden'}>
              <span className="kq-user__name">{user.fullName}</span>
              <span className="kq-user__role">{user.roleLabel}</span>
            </span>
          </button>
        </Dropdown>
        <Tooltip title={wide ? undefined : t('nav.signOut')}>
          <Button className="kq-signout" icon={<LogoutOutlined />} onClick={onSignOut} aria-label={t('nav.signOut')}>
            {wide ? t('nav.signOut') : null}
          </Button>
        </Tooltip>
      </Layout.Header>
      <Layout>
        {wide ? (
          <Layout.Sider width={232} className="kq-sider" aria-label={t('nav.menu')}>
            {menu}
          </Layout.Sider>
        ) : (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={272}
            title={<Brand showTagline={false} tone="light" />}
            styles={{ body: { padding: 8 } }}
          >
            {!wide && (
              <div className="kq-drawer-user">
                <Typography.Text strong>{user.fullName}</Typography.Text>
                <Typography.Text type="secondary">{user.roleLabel}</Typography.Text>
              </div>
            )}
            {menu}
          </Drawer>
        )}
        <Layout>
          <Layout.Content className={wide ? 'kq-content' : 'kq-content kq-content--narrow'}>{children}</Layout.Content>
          <Layout.Footer className="kq-footer">{t('app.footer')}</Layout.Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
