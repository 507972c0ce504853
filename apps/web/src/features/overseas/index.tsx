import { GlobalOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';
import { PipelinePage } from './PipelinePage';
import { PlacementPage } from './PlacementPage';

export const routes: FeatureRoute[] = [
  {
    path: '/overseas',
    permission: 'overseas:read',
    menu: {
      label: { vi: 'Xuất khẩu lao động', en: 'Overseas work' },
      icon: <GlobalOutlined />,
      group: 'cases',
      order: 40,
    },
    element: <PipelinePage />,
  },
  { path: '/overseas/placements/:id', permission: 'overseas:read', element: <PlacementPage />, activeFor: '/overseas' },
];
