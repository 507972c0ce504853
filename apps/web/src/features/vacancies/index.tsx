import { ShopOutlined, SolutionOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import type { FeatureRoute } from '../../core/routes';
import { EmployersPage } from './EmployersPage';
import { PersonMatches } from './PersonMatches';
import { VacancyListPage } from './VacancyListPage';
import { VacancyNewPage } from './VacancyNewPage';
import { VacancyPage } from './VacancyPage';

// SCRATCH (remove before final commit): PersonMatches on its own until the person page exists.
function ScratchPersonMatches() {
  const { id = '' } = useParams();
  return <PersonMatches personId={id} />;
}

export const routes: FeatureRoute[] = [
  {
    path: '/vacancies',
    permission: 'vacancies:read',
    menu: { label: { vi: 'Vị trí việc làm', en: 'Vacancies' }, icon: <SolutionOutlined />, group: 'cases', order: 20 },
    element: <VacancyListPage />,
  },
  { path: '/vacancies/new', permission: 'vacancies:write', element: <VacancyNewPage /> },
  { path: '/vacancies/:id', permission: 'vacancies:read', element: <VacancyPage /> },
  {
    path: '/employers',
    permission: 'vacancies:read',
    menu: { label: { vi: 'Nhà tuyển dụng', en: 'Employers' }, icon: <ShopOutlined />, group: 'cases', order: 25 },
    element: <EmployersPage />,
  },
  { path: '/scratch-matches/:id', permission: 'job-seekers:read', element: <ScratchPersonMatches /> },
];
