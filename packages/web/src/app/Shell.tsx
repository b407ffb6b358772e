import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../i18n/index.tsx';
import { useSession } from './session.tsx';
import { useIsPhone } from './useIsPhone.ts';
import { PrefsControls } from './PrefsControls.tsx';
import { Icon } from '../light/icons.tsx';
import { Drawer, Dropdown, MenuList, type MenuEntry } from '../light/overlay.tsx';

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
 * drawer on phones. Plain React (no antd), so the sign-in and phone pages
 * load without the console's library.
 */
export function Shell({ nav, selectedKey, children }: ShellProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const { state, signOut } = useSession();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const signedIn = state.status === 'signedIn' ? state.me : null;
  const closeDrawer = () => setDrawerOpen(false);

  const doSignOut = () => {
    void signOut().then(() => navigate('/sign-in', { replace: true }));
  };

  const accountEntries: MenuEntry[] = [
    { key: 'password', icon: <Icon name="key" />, label: t('header.changePassword') },
    {
      key: 'signOut',
      icon: <Icon name="logout" />,
      label: <span data-testid="sign-out">{t('header.signOut')}</span>,
    },
  ];
  const accountMenu = (className?: string) => (
    <MenuList
      entries={accountEntries}
      className={className}
      render={(entry, content) =>
        entry.key === 'password' ? (
          <Link to="/change-password" role="menuitem" className="l-menu-link" onClick={closeDrawer}>
            {content}
          </Link>
        ) : (
          <button
            type="button"
            role="menuitem"
            className="l-menu-link"
            onClick={() => {
              closeDrawer();
              doSignOut();
            }}
          >
            {content}
          </button>
        )
      }
    />
  );

  const navMenu =
    nav && nav.length > 0 ? (
      <MenuList
        entries={nav.map((item) => ({ ...item, selected: item.key === selectedKey }))}
        render={(entry, content) => (
          <Link
            to={nav.find((item) => item.key === entry.key)?.to ?? '/'}
            role="menuitem"
            className="l-menu-link"
            data-testid={`nav-${entry.key}`}
            title={typeof entry.label === 'string' ? entry.label : undefined}
            onClick={closeDrawer}
          >
            {content}
          </Link>
        )}
      />
    ) : null;

  return (
    <div className="shell">
      <header className="shell-header">
        {isPhone && (nav?.length || signedIn) ? (
          <button
            type="button"
            className="shell-menu-button"
            aria-label={t('header.menu')}
            data-testid="menu-button"
            onClick={() => setDrawerOpen(true)}
          >
            <Icon name="menu" />
          </button>
        ) : null}
        <Link to="/" className="shell-brand" aria-label={t('app.name')}>
          <span className="shell-logo" aria-hidden>
            村
          </span>
          <span className="shell-name">{t('app.name')}</span>
          {!isPhone && <span className="shell-tagline">{t('app.tagline')}</span>}
        </Link>
        <div className="shell-header-right">
          <PrefsControls />
          {signedIn && !isPhone && (
            <Dropdown
              trigger={(props) => (
                <button
                  type="button"
                  className="shell-account"
                  aria-haspopup="menu"
                  data-testid="account-menu"
                  {...props}
                >
                  <Icon name="user" />
                  <span>{signedIn.account.displayName}</span>
                </button>
              )}
            >
              {accountMenu()}
            </Dropdown>
          )}
        </div>
      </header>
      <div className="shell-body">
        {!isPhone && navMenu && <nav className="shell-sider">{navMenu}</nav>}
        <main className="shell-content">{children}</main>
      </div>
      {isPhone && (
        <Drawer
          open={drawerOpen}
          onClose={closeDrawer}
          closeLabel={t('app.close')}
          title={signedIn ? signedIn.account.displayName : t('app.name')}
          data-testid="menu-drawer"
        >
          {navMenu}
          {signedIn && accountMenu('shell-drawer-account')}
        </Drawer>
      )}
    </div>
  );
}
