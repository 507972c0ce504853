import { Empty } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import type { FeatureRoute } from '../../core/routes';

// Placeholder until the feature's screens land.
export const routes: FeatureRoute[] = [
  {
    path: '/vacancies',
    permission: 'vacancies:read',
    menu: { label: { vi: 'Vị trí việc làm', en: 'Vacancies' }, group: 'cases', order: 20 },
    element: (
      <>
        <PageHeader title="Vị trí việc làm" />
        <Empty />
      </>
    ),
  },
];
