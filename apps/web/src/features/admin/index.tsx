import { Empty } from 'antd';
import { PageHeader } from '../../components/PageHeader';
import type { FeatureRoute } from '../../core/routes';

// Placeholder until the feature's screens land.
export const routes: FeatureRoute[] = [
  {
    path: '/admin/units',
    permission: 'units:write',
    menu: { label: { vi: 'Đơn vị hành chính', en: 'Units' }, group: 'admin', order: 10 },
    element: (
      <>
        <PageHeader title="Đơn vị hành chính" />
        <Empty />
      </>
    ),
  },
];
