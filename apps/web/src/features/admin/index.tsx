import { lazy } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  DatabaseOutlined,
  FlagOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';

const AccountPage = lazy(() => import('./account/AccountPage').then((m) => ({ default: m.AccountPage })));
const AuditPage = lazy(() => import('./audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const PlanPage = lazy(() => import('./plans/PlanPage').then((m) => ({ default: m.PlanPage })));
const PlansPage = lazy(() => import('./plans/PlansPage').then((m) => ({ default: m.PlansPage })));
const UnitsPage = lazy(() => import('./units/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const ProjectionsPage = lazy(() =>
  import('./projections/ProjectionsPage').then((m) => ({ default: m.ProjectionsPage })),
);
const UsersPage = lazy(() => import('./users/UsersPage').then((m) => ({ default: m.UsersPage })));

/** Administration (units, users, audit, my account) and the plan & targets screens. */
export const routes: FeatureRoute[] = [
  {
    path: '/admin/units',
    permission: 'units:write',
    menu: {
      label: { vi: 'Đơn vị hành chính', en: 'Units' },
      icon: <ApartmentOutlined />,
      group: 'admin',
      order: 10,
    },
    element: <UnitsPage />,
  },
  {
    path: '/admin/users',
    permission: 'users:write',
    menu: { label: { vi: 'Người dùng', en: 'Users' }, icon: <TeamOutlined />, group: 'admin', order: 20 },
    element: <UsersPage />,
  },
  {
    path: '/admin/projections',
    permission: 'users:write',
    menu: {
      label: { vi: 'Dữ liệu tổng hợp', en: 'Read models' },
      icon: <DatabaseOutlined />,
      group: 'admin',
      order: 40,
    },
    element: <ProjectionsPage />,
  },
  {
    path: '/audit',
    permission: 'audit:read',
    menu: {
      label: { vi: 'Nhật ký truy cập', en: 'Audit' },
      icon: <AuditOutlined />,
      group: 'admin',
      order: 30,
    },
    element: <AuditPage />,
  },
  {
    path: '/account',
    menu: {
      label: { vi: 'Tài khoản của tôi', en: 'My account' },
      icon: <UserOutlined />,
      group: 'admin',
      order: 90,
    },
    element: <AccountPage />,
  },
  {
    path: '/plans',
    permission: 'plan:read',
    menu: {
      label: { vi: 'Kế hoạch & chỉ tiêu', en: 'Plan & targets' },
      icon: <FlagOutlined />,
      group: 'reports',
      order: 10,
    },
    element: <PlansPage />,
  },
  { path: '/plans/:id', permission: 'plan:read', element: <PlanPage />, activeFor: '/plans' },
];
