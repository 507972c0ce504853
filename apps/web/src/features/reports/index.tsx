import { Empty } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import type { FeatureRoute } from '../../core/routes';

// Placeholder until the feature's screens land.
export const routes: FeatureRoute[] = [
  {
    path: '/reports',
    permission: 'reports:read',
    menu: { label: { vi: 'Báo cáo', en: 'Reports' }, group: 'reports', order: 20 },
    element: (
      <>
        <PageHeader title="Báo cáo" />
        <Empty />
      </>
    ),
  },
];
