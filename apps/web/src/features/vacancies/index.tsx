import { lazy } from 'react';
import { ShopOutlined, SolutionOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';

const EmployersPage = lazy(() => import('./EmployersPage').then((m) => ({ default: m.EmployersPage })));
const VacancyListPage = lazy(() => import('./VacancyListPage').then((m) => ({ default: m.VacancyListPage })));
const VacancyNewPage = lazy(() => import('./VacancyNewPage').then((m) => ({ default: m.VacancyNewPage })));
const VacancyPage = lazy(() => import('./VacancyPage').then((m) => ({ default: m.VacancyPage })));

export const routes: FeatureRoute[] = [
  {
    path: '/vacancies',
    permission: 'vacancies:read',
    menu: { label: { vi: 'Vị trí việc làm', en: 'Vacancies' }, icon: <SolutionOutlined />, group: 'cases', order: 20 },
    element: <VacancyListPage />,
  },
  { path: '/vacancies/new', permission: 'vacancies:write', element: <VacancyNewPage />, activeFor: '/vacancies' },
  { path: '/vacancies/:id', permission: 'vacancies:read', element: <VacancyPage />, activeFor: '/vacancies' },
  {
    path: '/employers',
    permission: 'vacancies:read',
    menu: { label: { vi: 'Nhà tuyển dụng', en: 'Employers' }, icon: <ShopOutlined />, group: 'cases', order: 25 },
    element: <EmployersPage />,
  },
];
