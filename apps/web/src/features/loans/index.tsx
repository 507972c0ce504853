import { lazy } from 'react';
import { BankOutlined, CalendarOutlined, FileTextOutlined, TeamOutlined } from '@ant-design/icons';
import type { FeatureRoute } from '../../core/routes';

const ApplyPage = lazy(() => import('./ApplyPage').then((m) => ({ default: m.ApplyPage })));
const BorrowerPage = lazy(() => import('./BorrowerPage').then((m) => ({ default: m.BorrowerPage })));
const DuePage = lazy(() => import('./DuePage').then((m) => ({ default: m.DuePage })));
const GroupPage = lazy(() => import('./GroupPage').then((m) => ({ default: m.GroupPage })));
const GroupsPage = lazy(() => import('./GroupsPage').then((m) => ({ default: m.GroupsPage })));
const LoanListPage = lazy(() => import('./LoanListPage').then((m) => ({ default: m.LoanListPage })));
const LoanPage = lazy(() => import('./LoanPage').then((m) => ({ default: m.LoanPage })));
const PortfolioPage = lazy(() => import('./PortfolioPage').then((m) => ({ default: m.PortfolioPage })));

/** Policy loans of the Social Policy Bank (NHCSXH) and the savings-and-loan groups (Tổ TK&VV). */
export const routes: FeatureRoute[] = [
  {
    path: '/loans',
    permission: 'loans:read',
    menu: { label: { vi: 'Danh mục cho vay', en: 'Loan portfolio' }, icon: <BankOutlined />, group: 'loans', order: 10 },
    element: <PortfolioPage />,
  },
  {
    path: '/loans/due',
    permission: 'loans:read',
    menu: { label: { vi: 'Nợ đến hạn', en: 'Instalments due' }, icon: <CalendarOutlined />, group: 'loans', order: 20 },
    element: <DuePage />,
  },
  {
    path: '/loans/list',
    permission: 'loans:read',
    menu: { label: { vi: 'Khoản vay', en: 'Loans' }, icon: <FileTextOutlined />, group: 'loans', order: 30 },
    element: <LoanListPage />,
  },
  { path: '/loans/new', permission: 'loans:write', element: <ApplyPage />, activeFor: '/loans/list' },
  { path: '/loans/borrowers/:personId', permission: 'loans:read', element: <BorrowerPage />, activeFor: '/loans/list' },
  { path: '/loans/:id', permission: 'loans:read', element: <LoanPage />, activeFor: '/loans/list' },
  {
    path: '/savings-groups',
    permission: 'loans:read',
    menu: { label: { vi: 'Tổ TK&VV', en: 'Savings groups' }, icon: <TeamOutlined />, group: 'loans', order: 40 },
    element: <GroupsPage />,
  },
  { path: '/savings-groups/:id', permission: 'loans:read', element: <GroupPage />, activeFor: '/savings-groups' },
];
