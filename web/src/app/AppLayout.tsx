// The signed-in frame: top bar (先锋, current node, language, user menu) and the side menu,
// which becomes a drawer on phones (below 768 px).
import { lazy, Suspense, useState } from 'react';
import { matchPath, Outlet, useLocation, useNavigate } from 'react-router';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Spin, theme, Typography } from 'antd';
import { DownOutlined, LockOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { canAnywhere } from './access';
import { useAuth, useMe } from './auth';
import { useT } from './i18n';
import { NotificationsBell } from '../modules/notifications/NotificationsBell';
import { LanguageSwitch } from './LanguageSwitch';
import { useCurrentNode } from './node';
import { OrgPicker } from './OrgPicker';
import { menu, routes } from './routes';

const { Header, Sider, Content } = Layout;
// Loaded when first needed: it brings the shared password schema (zod) with it.
const ChangePasswordModal = lazy(() => import('./ChangePasswordModal').then((m) => ({ default: m.ChangePasswordModal })));
export const HEADER_HEIGHT = 56;

function CurrentNodePicker({ width }: { width: number | string }) {
  const t = useT();
  const { nodeId, setNodeId, canReadOrgs } = useCurrentNode();
  if (!canReadOrgs) return null;
  return (
    <OrgPicker
      data-testid="current-node"
      value={nodeId}
      allowClear={false}
      placeholder={t('shell.currentNode')}
      style={{ width }}
      onChange={(id) => setNodeId(id)}
    />
  );
}

export function Loading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin />
    </div>
  );
}

export function AppLayout() {
  const t = useT();
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const { token } = theme.useToken();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);

  const current = routes.find((r) => matchPath(r.path, pathname))?.menuKey;
  const items = menu
    .filter((m) => !m.permission || canAnywhere(me, m.permission))
    .map((m) => ({ key: m.key, icon: m.icon, label: t(m.label), 'data-testid': `nav-${m.key}` }));
  const go = (key: string) => {
    const entry = menu.find((m) => m.key === key);
    if (entry) navigate(entry.path);
    setDrawerOpen(false);
  };
  const sideMenu = <Menu mode="inline" selectedKeys={current ? [current] : []} items={items} onClick={(e) => go(e.key)} style={{ borderInlineEnd: 0 }} />;

  const userMenu = {
    items: [
      { key: 'password', icon: <LockOutlined />, label: t('shell.changePassword') },
      { type: 'divider' as const },
      { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('shell.logout')}</span> },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === 'password') setPasswordOpen(true);
      if (key === 'logout') void logout().then(() => navigate('/login'));
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          height: HEADER_HEIGHT,
          lineHeight: `${HEADER_HEIGHT}px`,
          display: 'flex',
          alignItems: 'center',
          gap: 12,
          paddingInline: phone ? 12 : 20,
          background: token.colorPrimary,
        }}
      >
        {phone && <Button type="text" icon={<MenuOutlined style={{ color: '#fff' }} />} aria-label={t('shell.menu')} onClick={() => setDrawerOpen(true)} data-testid="menu-toggle" />}
        <Typography.Text strong style={{ color: '#fff', fontSize: 20, letterSpacing: 2, whiteSpace: 'nowrap', cursor: 'pointer' }} onClick={() => navigate('/')}>
          {t('app.name')}
        </Typography.Text>
        {!phone && <CurrentNodePicker width={300} />}
        <div style={{ flex: 1 }} />
        <Space size={phone ? 8 : 16}>
          <NotificationsBell />
          <LanguageSwitch />
          <Dropdown menu={userMenu} trigger={['click']}>
            <Button type="text" style={{ color: '#fff' }} data-testid="user-menu">
              <UserOutlined />
              {!phone && me.name}
              <DownOutlined />
            </Button>
          </Dropdown>
        </Space>
      </Header>
      <Layout>
        {!phone && (
          <Sider width={200} theme="light" style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
            {sideMenu}
          </Sider>
        )}
        <Content style={{ padding: phone ? 12 : 20, minWidth: 0 }}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
      {phone && (
        <Drawer open={drawerOpen} placement="left" size={260} title={t('app.fullName')} onClose={() => setDrawerOpen(false)} styles={{ body: { padding: 0 } }}>
          <div style={{ padding: 12 }}>
            <CurrentNodePicker width="100%" />
          </div>
          {sideMenu}
        </Drawer>
      )}
      {(passwordOpen || me.mustChangePassword) && (
        <Suspense fallback={null}>
          <ChangePasswordModal open forced={me.mustChangePassword} onClose={() => setPasswordOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
