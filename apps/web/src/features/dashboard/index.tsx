import { lazy } from 'react';
import { DashboardOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';

const DashboardPage = lazy(() => import('./DashboardPage').then((m) => ({ default: m.DashboardPage })));

export const routes: FeatureRoute[] = [
  {
    path: '/dashboard',
    permission: 'reports:read',
    menu: { label: { vi: 'Bảng điều khiển', en: 'Dashboard' }, icon: <DashboardOutlined />, group: 'home', order: 10 },
    element: <DashboardPage />,
  },
];
