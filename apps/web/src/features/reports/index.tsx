import { lazy } from 'react';
import { FileTextOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';

const ReportsPage = lazy(() => import('./ReportsPage').then((m) => ({ default: m.ReportsPage })));

export const routes: FeatureRoute[] = [
  {
    path: '/reports',
    permission: 'reports:read',
    menu: { label: { vi: 'Báo cáo', en: 'Reports' }, icon: <FileTextOutlined />, group: 'reports', order: 20 },
    element: <ReportsPage />,
  },
];
