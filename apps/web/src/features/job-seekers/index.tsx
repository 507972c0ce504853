import { lazy } from 'react';
import type { FeatureRoute } from '../../core/routes';

const JobSeekerListPage = lazy(() => import('./JobSeekerListPage').then((m) => ({ default: m.JobSeekerListPage })));
const PersonPage = lazy(() => import('./person/PersonPage').then((m) => ({ default: m.PersonPage })));
const RegisterPage = lazy(() => import('./RegisterPage').then((m) => ({ default: m.RegisterPage })));
const WorkListPage = lazy(() => import('./WorkListPage').then((m) => ({ default: m.WorkListPage })));

export const routes: FeatureRoute[] = [
  {
    path: '/work-list',
    permission: 'job-seekers:read',
    menu: { label: { vi: 'Việc cần làm', en: 'Work list' }, group: 'home', order: 5 },
    element: <WorkListPage />,
  },
  {
    path: '/job-seekers',
    permission: 'job-seekers:read',
    menu: { label: { vi: 'Người lao động', en: 'Job seekers' }, group: 'cases', order: 10 },
    element: <JobSeekerListPage />,
  },
  { path: '/job-seekers/new', permission: 'job-seekers:write', element: <RegisterPage />, activeFor: '/job-seekers' },
  { path: '/job-seekers/:id', permission: 'job-seekers:read', element: <PersonPage />, activeFor: '/job-seekers' },
];
