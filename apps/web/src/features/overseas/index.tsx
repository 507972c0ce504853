import { lazy } from 'react';
import { GlobalOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';

const PipelinePage = lazy(() => import('./PipelinePage').then((m) => ({ default: m.PipelinePage })));
const PlacementPage = lazy(() => import('./PlacementPage').then((m) => ({ default: m.PlacementPage })));

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
