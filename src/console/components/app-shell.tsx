import { AuditOutlined, BarChartOutlined, BookOutlined, CalendarOutlined, CheckSquareOutlined, ClusterOutlined, FileDoneOutlined, FileSearchOutlined, KeyOutlined, LogoutOutlined, ProfileOutlined, SafetyCertificateOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { Avatar, Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { auth, can, useSession, type Role } from '../app/auth';
import { vi } from '../i18n/vi';

/** The menu's sections, in the order a department works: its own work, the records it consults, figures, administration. */
type Section = 'work' | 'records' | 'figures' | 'admin';

interface MenuEntry {
  key: string;
  to: '/my-work' | '/cases' | '/decisions' | '/registry' | '/legal/catalogue' | '/legal/review' | '/reports' | '/admin/users' | '/admin/department' | '/admin/calendar' | '/admin/operations';
  label: string;
  icon: ReactNode;
  section: Section;
  allowed: (role: Role) => boolean;
}

const MENU: MenuEntry[] = [
  { key: '/my-work', to: '/my-work', label: vi.shell.myWork, icon: <CheckSquareOutlined />, section: 'work', allowed: (r) => r === 'inspector' || r === 'legal_officer' },
  { key: '/cases', to: '/cases', label: vi.shell.cases, icon: <ProfileOutlined />, section: 'work', allowed: can.readCases },
  { key: '/decisions', to: '/decisions', label: vi.shell.decisions, icon: <FileDoneOutlined />, section: 'work', allowed: can.readCases },
  { key: '/registry', to: '/registry', label: vi.shell.registry, icon: <FileSearchOutlined />, section: 'records', allowed: can.readRegistry },
  { key: '/legal/catalogue', to: '/legal/catalogue', label: vi.shell.catalogue, icon: <BookOutlined />, section: 'records', allowed: can.readRegistry },
  { key: '/legal/review', to: '/legal/review', label: vi.shell.review, icon: <AuditOutlined />, section: 'records', allowed: can.reviewCatalogue },
  { key: '/reports', to: '/reports', label: vi.shell.reportsMenu, icon: <BarChartOutlined />, section: 'figures', allowed: can.readReports },
  { key: '/admin/users', to: '/admin/users', label: vi.shell.users, icon: <TeamOutlined />, section: 'admin', allowed: can.administer },
  { key: '/admin/department', to: '/admin/department', label: vi.shell.department, icon: <SafetyCertificateOutlined />, section: 'admin', allowed: can.administer },
  { key: '/admin/calendar', to: '/admin/calendar', label: vi.shell.calendar, icon: <CalendarOutlined />, section: 'admin', allowed: can.administer },
  { key: '/admin/operations', to: '/admin/operations', label: vi.shell.operations, icon: <ClusterOutlined />, section: 'admin', allowed: can.operate },
];

const SECTIONS: Section[] = ['work', 'records', 'figures', 'admin'];

/** Header with the user's name and role, the menu of their role on the left (grouped by section), and the page. */
export function AppShell() {
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const path = useRouterState({ select: (s) => s.location.pathname });
  if (!session) return null;
  const { user } = session;
  const entries = MENU.filter((m) => m.allowed(user.role));
  // The longest matching key wins: /legal/review is not /legal/catalogue's.
  const selected = entries.filter((m) => path === m.key || path.startsWith(`${m.key}/`)).sort((a, b) => b.key.length - a.key.length)[0]?.key;
  const items = SECTIONS.map((section) => ({ section, children: entries.filter((m) => m.section === section) }))
    .filter((g) => g.children.length > 0)
    .map((g) => ({
      type: 'group' as const,
      key: g.section,
      label: vi.shell.sections[g.section],
      children: g.children.map((m) => ({ key: m.key, icon: m.icon, label: <Link to={m.to} search={{}}>{m.label}</Link> })),
    }));

  const signOut = () => {
    auth.signOut();
    queryClient.clear();
    void navigate({ to: '/login', search: {} });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}>
        <Link to="/" style={{ color: '#fff', fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap', flex: 1 }}>
          {vi.appName}
        </Link>
        <Space size="middle">
          <Avatar icon={<UserOutlined />} style={{ background: '#3b6ea5' }} />
          <div style={{ lineHeight: 1.3, color: '#fff' }} aria-label={vi.shell.account}>
            <div>{user.fullName}</div>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.7)', fontSize: 12 }}>{vi.labels.roles[user.role]}</Typography.Text>
          </div>
          <Link to="/account/password">
            <Button icon={<KeyOutlined />}>{vi.shell.changePassword}</Button>
          </Link>
          <Button icon={<LogoutOutlined />} onClick={signOut}>
            {vi.shell.signOut}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={228} theme="light" breakpoint="lg" collapsedWidth={0} style={{ borderRight: '1px solid #e8e8e8' }}>
          <nav aria-label={vi.shell.nav}>
            <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} style={{ borderInlineEnd: 'none', paddingBlock: 8 }} />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <main style={{ maxWidth: 1280, margin: '0 auto' }}>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
