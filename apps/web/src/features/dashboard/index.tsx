import { Empty } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import type { FeatureRoute } from '../../core/routes';

// Placeholder until the feature's screens land.
export const routes: FeatureRoute[] = [
  {
    path: '/dashboard',
    permission: 'reports:read',
    menu: { label: { vi: 'Bảng điều khiển', en: 'Dashboard' }, group: 'home', order: 10 },
    element: (
      <>
        <PageHeader title="Bảng điều khiển" />
        <Empty />
      </>
    ),
  },
];
