import { ApartmentOutlined, AuditOutlined, FlagOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';
import { AccountPage } from './account/AccountPage';
import { AuditPage } from './audit/AuditPage';
import { PlanPage } from './plans/PlanPage';
import { PlansPage } from './plans/PlansPage';
import { UnitsPage } from './units/UnitsPage';
import { UsersPage } from './users/UsersPage';

/** Administration (units, users, audit, my account) and the plan & targets screens. */
export const routes: FeatureRoute[] = [
  {
    path: '/admin/units',
    permission: 'units:write',
    menu: { label: { vi: 'Đơn vị hành chính', en: 'Units' }, icon: <ApartmentOutlined />, group: 'admin', order: 10 },
    element: <UnitsPage />,
  },
  {
    path: '/admin/users',
    permission: 'users:write',
    menu: { label: { vi: 'Người dùng', en: 'Users' }, icon: <TeamOutlined />, group: 'admin', order: 20 },
    element: <UsersPage />,
  },
  {
    path: '/audit',
    permission: 'audit:read',
    menu: { label: { vi: 'Nhật ký truy cập', en: 'Audit' }, icon: <AuditOutlined />, group: 'admin', order: 30 },
    element: <AuditPage />,
  },
  {
    path: '/account',
    menu: { label: { vi: 'Tài khoản của tôi', en: 'My account' }, icon: <UserOutlined />, group: 'admin', order: 90 },
    element: <AccountPage />,
  },
  {
    path: '/plans',
    permission: 'plan:read',
    menu: { label: { vi: 'Kế hoạch & chỉ tiêu', en: 'Plan & targets' }, icon: <FlagOutlined />, group: 'reports', order: 10 },
    element: <PlansPage />,
  },
  { path: '/plans/:id', permission: 'plan:read', element: <PlanPage />, activeFor: '/plans' },
];
