import { Empty } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import type { FeatureRoute } from '../../core/routes';

// Placeholder until the feature's screens land.
export const routes: FeatureRoute[] = [
  {
    path: '/job-seekers',
    permission: 'job-seekers:read',
    menu: { label: { vi: 'Người lao động', en: 'Job seekers' }, group: 'cases', order: 10 },
    element: (
      <>
        <PageHeader title="Người lao động" />
        <Empty />
      </>
    ),
  },
];
