import { FileTextOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';
import { ReportsPage } from './ReportsPage';

export const routes: FeatureRoute[] = [
  {
    path: '/reports',
    permission: 'reports:read',
    menu: { label: { vi: 'Báo cáo', en: 'Reports' }, icon: <FileTextOutlined />, group: 'reports', order: 20 },
    element: <ReportsPage />,
  },
];
