import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Drawer, Dropdown, Layout, Menu, type MenuProps } from 'antd';
import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useT } from '../i18n/index.tsx';
import { useSession } from './session.tsx';
import { useIsPhone } from './useIsPhone.ts';
import { PrefsControls } from './PrefsControls.tsx';

export interface NavItem {
  key: string;
  label: string;
  icon?: ReactNode;
  to: string;
}

interface ShellProps {
  nav?: NavItem[];
  selectedKey?: string;
  children: ReactNode;
}

/**
 * The page frame: header with the app name, language and large-type
 * switches and the account menu; a side menu on wide screens that becomes a
 * drawer on phones.
 */
export function Shell({ nav, selectedKey, children }: ShellProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const { state, signOut } = useSession();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const signedIn = state.status === 'signedIn' ? state.me : null;

  const doSignOut = () => {
    void signOut().then(() => navigate('/sign-in', { replace: true }));
  };

  const accountItems: MenuProps['items'] = [
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <Link to="/change-password">{t('header.changePassword')}</Link>,
    },
    {
      key: 'signOut',
      icon: <LogoutOutlined />,
      label: <span data-testid="sign-out">{t('header.signOut')}</span>,
      onClick: doSignOut,
    },
  ];

  const navMenu = nav && nav.length > 0 && (
    <Menu
      mode="inline"
      selectedKeys={selectedKey ? [selectedKey] : []}
      items={nav.map((item) => ({
        key: item.key,
        icon: item.icon,
        label: (
          <Link to={item.to} data-testid={`nav-${item.key}`} onClick={() => setDrawerOpen(false)}>
            {item.label}
          </Link>
        ),
      }))}
    />
  );

  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        {isPhone && (nav?.length || signedIn) ? (
          <Button
            type="text"
            className="shell-menu-button"
            icon={<MenuOutlined />}
            aria-label={t('header.menu')}
            data-testid="menu-button"
            onClick={() => setDrawerOpen(true)}
          />
        ) : null}
        <Link to="/" className="shell-brand">
          <span className="shell-logo" aria-hidden>
            村
          </span>
          <span className="shell-name">{t('app.name')}</span>
          {!isPhone && <span className="shell-tagline">{t('app.tagline')}</span>}
        </Link>
        <div className="shell-header-right">
          <PrefsControls />
          {signedIn && !isPhone && (
            <Dropdown menu={{ items: accountItems }} placement="bottomRight" trigger={['click']}>
              <Button type="text" icon={<UserOutlined />} data-testid="account-menu">
                {signedIn.account.displayName}
              </Button>
            </Dropdown>
          )}
        </div>
      </Layout.Header>
      <Layout>
        {!isPhone && navMenu && (
          <Layout.Sider
            width={220}
            theme="light"
            className="shell-sider"
            breakpoint="lg"
            collapsedWidth={64}
          >
            {navMenu}
          </Layout.Sider>
        )}
        <Layout.Content className="shell-content">{children}</Layout.Content>
      </Layout>
      {isPhone && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size="min(320px, 86vw)"
          title={signedIn ? signedIn.account.displayName : t('app.name')}
          data-testid="menu-drawer"
        >
          {navMenu}
          {signedIn && (
            <Menu
              mode="inline"
              selectable={false}
              items={accountItems}
              onClick={() => setDrawerOpen(false)}
              className="shell-drawer-account"
            />
          )}
        </Drawer>
      )}
    </Layout>
  );
}
