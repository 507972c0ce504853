import { Empty } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import type { FeatureRoute } from '../../core/routes';

// Placeholder until the feature's screens land.
export const routes: FeatureRoute[] = [
  {
    path: '/overseas',
    permission: 'overseas:read',
    menu: { label: { vi: 'Xuất khẩu lao động', en: 'Overseas work' }, group: 'cases', order: 40 },
    element: (
      <>
        <PageHeader title="Xuất khẩu lao động" />
        <Empty />
      </>
    ),
  },
];
