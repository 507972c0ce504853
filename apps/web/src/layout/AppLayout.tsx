import {
  LogoutOutlined,
  MenuFoldOutlined,
  MenuOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Tooltip, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { matchPath, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../core/auth';
import { useI18n } from '../core/i18n';
import type { FeatureRoute, MenuGroup } from '../core/routes';
import { LanguageSwitch } from './LanguageSwitch';

const GROUPS: { key: MenuGroup; vi: string; en: string }[] = [
  { key: 'home', vi: 'Tổng quan', en: 'Overview' },
  { key: 'cases', vi: 'Hồ sơ', en: 'Cases' },
  { key: 'loans', vi: 'Vốn vay', en: 'Loans' },
  { key: 'reports', vi: 'Kế hoạch & báo cáo', en: 'Plan & reports' },
  { key: 'admin', vi: 'Quản trị', en: 'Administration' },
];

/** The shell: a side menu with only what the user's role may open, the user and language on top. */
export function AppLayout({ routes, children }: { routes: FeatureRoute[]; children: ReactNode }) {
  const { me, can, logout } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  // Until the first measurement `lg` is undefined: assume the office screen.
  const narrow = screens.lg === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);

  const items = useMemo<MenuProps['items']>(() => {
    const visible = routes.filter((r) => r.menu && (!r.permission || can(r.permission)));
    return GROUPS.map((g) => {
      const children = visible
        .filter((r) => r.menu!.group === g.key)
        .sort((a, b) => a.menu!.order - b.menu!.order)
        .map((r) => ({ key: r.path, icon: r.menu!.icon, label: t(r.menu!.label) }));
      return children.length ? { type: 'group' as const, key: g.key, label: t(g.vi, g.en), children } : null;
    }).filter((g) => g !== null);
  }, [routes, can, t]);

  const selected = useMemo(() => {
    // The page's own route (a static path before one with parameters): its menu entry or `activeFor`.
    const page = routes
      .filter((r) => matchPath(r.path, location.pathname))
      .sort((a, b) => a.path.split(':').length - b.path.split(':').length)[0];
    if (page?.menu) return [page.path];
    if (page?.activeFor) return [page.activeFor];
    const paths = routes.filter((r) => r.menu).map((r) => r.path);
    const match = paths
      .filter((p) => location.pathname === p || location.pathname.startsWith(`${p}/`))
      .sort((a, b) => b.length - a.length)[0];
    return match ? [match] : [];
  }, [routes, location.pathname]);

  const nav = (
    <nav aria-label={t('Menu chính', 'Main menu')}>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selected}
        onClick={(e) => {
          void navigate(e.key);
          setDrawerOpen(false);
        }}
      />
    </nav>
  );

  const roles = me?.grants.map((g) => `${t(g.roleLabel)} — ${g.unitName ?? g.unitCode}`).join('; ');

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('Bỏ qua đến nội dung chính', 'Skip to main content')}
      </a>
      {!narrow && (
        <Layout.Sider
          collapsed={collapsed}
          trigger={null}
          collapsedWidth={64}
          width={232}
          theme="light"
          // The menu stays in view and scrolls on its own when it is longer than the screen.
          style={{
            borderRight: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            height: '100vh',
            overflowY: 'auto',
          }}
        >
          <div
            style={{ padding: '16px 16px 8px', fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden' }}
          >
            {collapsed ? 'VL' : 'ViecLam Ledger'}
          </div>
          {nav}
        </Layout.Sider>
      )}
      {narrow && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title="ViecLam Ledger"
          size={260}
          styles={{ body: { padding: 0 } }}
        >
          {nav}
        </Drawer>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 12,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <div>
            {narrow ? (
              <Button
                icon={<MenuOutlined />}
                aria-label={t('Mở menu', 'Open the menu')}
                onClick={() => setDrawerOpen(true)}
              />
            ) : (
              <Button
                type="text"
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                aria-label={
                  collapsed ? t('Mở rộng menu', 'Expand the menu') : t('Thu gọn menu', 'Collapse the menu')
                }
                aria-expanded={!collapsed}
                onClick={() => setCollapsed(!collapsed)}
              />
            )}
          </div>
          <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
            <LanguageSwitch />
            <Tooltip title={roles}>
              <Dropdown
                menu={{
                  items: [
                    { key: 'roles', label: roles, disabled: true },
                    { key: 'logout', icon: <LogoutOutlined />, label: t('Đăng xuất', 'Sign out') },
                  ],
                  onClick: (e) => {
                    if (e.key === 'logout') void logout().then(() => navigate('/'));
                  },
                }}
              >
                <Button icon={<UserOutlined />} aria-label={t('Tài khoản', 'Account')}>
                  <Typography.Text ellipsis style={{ maxWidth: narrow ? 100 : 240 }}>
                    {me?.user.displayName}
                  </Typography.Text>
                </Button>
              </Dropdown>
            </Tooltip>
          </div>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} style={{ padding: narrow ? 12 : 24, outline: 'none' }}>
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
