import { lazy } from 'react';
import { BookOutlined, CarryOutOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';

const CoursePage = lazy(() => import('./CoursePage').then((m) => ({ default: m.CoursePage })));
const CoursesPage = lazy(() => import('./CoursesPage').then((m) => ({ default: m.CoursesPage })));
const FollowUpsPage = lazy(() => import('./FollowUpsPage').then((m) => ({ default: m.FollowUpsPage })));

export const routes: FeatureRoute[] = [
  {
    path: '/courses',
    permission: 'training:read',
    menu: { label: { vi: 'Khóa đào tạo', en: 'Courses' }, icon: <BookOutlined />, group: 'cases', order: 30 },
    element: <CoursesPage />,
  },
  { path: '/courses/:id', permission: 'training:read', element: <CoursePage />, activeFor: '/courses' },
  {
    path: '/training-follow-ups',
    permission: 'training:read',
    menu: {
      label: { vi: 'Theo dõi sau đào tạo', en: 'Training follow-ups' },
      icon: <CarryOutOutlined />,
      group: 'cases',
      order: 35,
    },
    element: <FollowUpsPage />,
  },
];
