import type { ReactNode } from 'react';
import type { Permission } from './auth';
import type { Bilingual } from './i18n';

/** Where a screen sits in the side menu. */
export type MenuGroup = 'home' | 'cases' | 'loans' | 'reports' | 'admin';

/**
 * What each feature folder exports (`features/<name>/index.tsx` → `routes`). The app shell builds
 * the router and the role-filtered menu from these lists, so features never edit shared files.
 */
export interface FeatureRoute {
  /** Absolute path, e.g. `/job-seekers/:id`. */
  path: string;
  element: ReactNode;
  /** The user needs this permission to see the menu entry and open the page. */
  permission?: Permission;
  menu?: { label: Bilingual; icon?: ReactNode; group: MenuGroup; order: number };
  /** For a page without a menu entry: the menu path to highlight while it is open (e.g. `/loans/list`). */
  activeFor?: string;
}
