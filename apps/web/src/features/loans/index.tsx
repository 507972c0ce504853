import { Empty } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import type { FeatureRoute } from '../../core/routes';

// Placeholder until the feature's screens land.
export const routes: FeatureRoute[] = [
  {
    path: '/loans',
    permission: 'loans:read',
    menu: { label: { vi: 'Danh mục cho vay', en: 'Loan portfolio' }, group: 'loans', order: 10 },
    element: (
      <>
        <PageHeader title="Danh mục cho vay" />
        <Empty />
      </>
    ),
  },
];
