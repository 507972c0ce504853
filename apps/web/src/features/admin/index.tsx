import { ApartmentOutlined, TeamOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';
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
];
