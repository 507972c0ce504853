import { Empty } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import type { FeatureRoute } from '../../core/routes';

// Placeholder until the feature's screens land.
export const routes: FeatureRoute[] = [
  {
    path: '/courses',
    permission: 'training:read',
    menu: { label: { vi: 'Khóa đào tạo', en: 'Courses' }, group: 'cases', order: 30 },
    element: (
      <>
        <PageHeader title="Khóa đào tạo" />
        <Empty />
      </>
    ),
  },
];
