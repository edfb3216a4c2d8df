import { lazy, type ComponentType } from 'react';
import { Dashboard } from './pages/Dashboard';

// The caseload is what a coach opens first, so only it is in the first script; every other page
// loads when it is first visited.
const ApiKeysPage = lazy(() => import('./pages/ApiKeys').then((m) => ({ default: m.ApiKeysPage })));
const AuditPage = lazy(() => import('./pages/Audit').then((m) => ({ default: m.AuditPage })));
const CohortsPage = lazy(() => import('./pages/Cohorts').then((m) => ({ default: m.CohortsPage })));
const MyViewPage = lazy(() => import('./pages/MyView').then((m) => ({ default: m.MyViewPage })));
const OrganizationPage = lazy(() =>
  import('./pages/Organization').then((m) => ({ default: m.OrganizationPage })),
);
const ReportsPage = lazy(() => import('./pages/Reports').then((m) => ({ default: m.ReportsPage })));
const SeatsPage = lazy(() => import('./pages/Seats').then((m) => ({ default: m.SeatsPage })));
const SeekerPage = lazy(() => import('./pages/Seeker').then((m) => ({ default: m.SeekerPage })));
const SpendPage = lazy(() => import('./pages/Spend').then((m) => ({ default: m.SpendPage })));
const StaffPage = lazy(() => import('./pages/Staff').then((m) => ({ default: m.StaffPage })));

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
  {
    path: 'organization',
    page: OrganizationPage,
    nav: 'Organization',
    staff: true,
    managers: true,
  },
];
