import type { ComponentType } from 'react';
import { ApiKeysPage } from './pages/ApiKeys';
import { AuditPage } from './pages/Audit';
import { CohortsPage } from './pages/Cohorts';
import { Dashboard } from './pages/Dashboard';
import { MyViewPage } from './pages/MyView';
import { ReportsPage } from './pages/Reports';
import { SeatsPage } from './pages/Seats';
import { SeekerPage } from './pages/Seeker';
import { SpendPage } from './pages/Spend';
import { StaffPage } from './pages/Staff';

export interface PageProps {
  /** Route segments after the page's own, e.g. the seeker id. */
  params: string[];
}

export interface RouteDef {
  path: string;
  page: ComponentType<PageProps>;
  /** Menu label; pages without one are reached by links. */
  nav?: string;
  staff?: boolean;
  seeker?: boolean;
  /** Owners and admins only. */
  managers?: boolean;
  /** Only these roles (the API refuses the others). */
  roles?: string[];
}

/** Every page of the console; pages register here and nowhere else. */
export const ROUTES: RouteDef[] = [
  { path: '', page: Dashboard, nav: 'Caseload', staff: true },
  { path: '', page: MyViewPage, nav: 'Today', seeker: true },
  { path: 'me', page: MyViewPage, seeker: true },
  { path: 'seekers', page: SeekerPage, staff: true },
  { path: 'cohorts', page: CohortsPage, nav: 'Cohorts, events & chats', staff: true },
  { path: 'seats', page: SeatsPage, nav: 'Seats & license', staff: true },
  {
    path: 'spend',
    page: SpendPage,
    nav: 'X spend',
    staff: true,
    roles: ['OWNER', 'ADMIN', 'VIEWER'],
  },
  {
    path: 'reports',
    page: ReportsPage,
    nav: 'Reports',
    staff: true,
    roles: ['OWNER', 'ADMIN', 'VIEWER'],
  },
  { path: 'staff', page: StaffPage, nav: 'Staff', staff: true, managers: true },
  { path: 'api-keys', page: ApiKeysPage, nav: 'API keys', staff: true, managers: true },
  { path: 'audit', page: AuditPage, nav: 'Audit log', staff: true, managers: true },
];
