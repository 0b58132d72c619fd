// Every web route. Pages are loaded on first visit so the login screen does not pay for the admin pages.
import { lazy, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import type { Permission } from '../lib/auth';
import { AppLayout } from './app-layout';
import { navItem, type NavKey } from './nav-items';
import { RequireAuth, RequirePermission } from './require-auth';
import { SimulationRoute } from './simulation-route';

function lazyPage<M>(load: () => Promise<M>, name: keyof M): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const LoginPage = lazyPage(() => import('../pages/login.page'), 'LoginPage');
const DashboardPage = lazyPage(() => import('../pages/dashboard.page'), 'DashboardPage');
const AgreementsPage = lazyPage(() => import('../pages/agreements/agreements.page'), 'AgreementsPage');
const AgreementDetailPage = lazyPage(() => import('../pages/agreements/agreement-detail.page'), 'AgreementDetailPage');
const AgreementCreatePage = lazyPage(() => import('../pages/agreements/agreement-form.page'), 'AgreementCreatePage');
const AgreementEditPage = lazyPage(() => import('../pages/agreements/agreement-form.page'), 'AgreementEditPage');
const AgreementAddendumPage = lazyPage(() => import('../pages/agreements/agreement-form.page'), 'AgreementAddendumPage');
const WorkersPage = lazyPage(() => import('../pages/workers/workers.page'), 'WorkersPage');
const EnrolmentPage = lazyPage(() => import('../pages/enrolment/enrolment.page'), 'EnrolmentPage');
const BillingPage = lazyPage(() => import('../pages/billing/billing.page'), 'BillingPage');
const BillPage = lazyPage(() => import('../pages/billing/bill.page'), 'BillPage');
const ParticipantDetailPage = lazyPage(() => import('../pages/enrolment/participant-detail.page'), 'ParticipantDetailPage');
const ClaimsPage = lazyPage(() => import('../pages/claims/claims.page'), 'ClaimsPage');
const ClaimReportPage = lazyPage(() => import('../pages/claims/claim-report.page'), 'ClaimReportPage');
const ClaimDetailPage = lazyPage(() => import('../pages/claims/claim-detail.page'), 'ClaimDetailPage');
const ImportsPage = lazyPage(() => import('../pages/imports/imports.page'), 'ImportsPage');
const ReportsPage = lazyPage(() => import('../pages/reports.page'), 'ReportsPage');
const RegionsPage = lazyPage(() => import('../pages/regions/regions.page'), 'RegionsPage');
const InstallationPage = lazyPage(() => import('../pages/installation/installation.page'), 'InstallationPage');
const UsersPage = lazyPage(() => import('../pages/users/users.page'), 'UsersPage');
const AuditPage = lazyPage(() => import('../pages/audit/audit.page'), 'AuditPage');
const ChangePasswordPage = lazyPage(() => import('../pages/change-password.page'), 'ChangePasswordPage');
const NotFoundPage = lazyPage(() => import('../pages/not-found.page'), 'NotFoundPage');

/** A menu page at its menu path, behind its menu permission. */
function menuRoute(key: NavKey, Page: ComponentType): RouteObject {
  const { path, permission } = navItem(key);
  return { path, element: guarded(permission, <Page />) };
}

function guarded(permission: Permission | undefined, page: ReactNode): ReactNode {
  return permission ? <RequirePermission permission={permission}>{page}</RequirePermission> : page;
}

const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  // Open to the public; signed-in users see it inside the app frame.
  { path: navItem('simulation').path, element: <SimulationRoute /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          menuRoute('dashboard', DashboardPage),
          menuRoute('agreements', AgreementsPage),
          { path: '/perjanjian/:tenant/baru', element: guarded('agreements:write', <AgreementCreatePage />) },
          { path: '/perjanjian/:tenant/:id', element: guarded('agreements:read', <AgreementDetailPage />) },
          { path: '/perjanjian/:tenant/:id/ubah', element: guarded('agreements:write', <AgreementEditPage />) },
          { path: '/perjanjian/:tenant/:id/addendum', element: guarded('agreements:write', <AgreementAddendumPage />) },
          menuRoute('workers', WorkersPage),
          // the registry's old address (before "peserta" came to mean a worker enrolled in a PKS group)
          { path: '/peserta', element: <Navigate to={navItem('workers').path} replace /> },
          menuRoute('enrolment', EnrolmentPage),
          menuRoute('billing', BillingPage),
          { path: '/tagihan/:tenant/:id', element: guarded('billing:read', <BillPage />) },
          { path: '/kepesertaan/:tenant/:id', element: guarded('enrolment:read', <ParticipantDetailPage />) },
          menuRoute('claims', ClaimsPage),
          { path: '/klaim/:tenant/lapor', element: guarded('claims:write', <ClaimReportPage />) },
          { path: '/klaim/:tenant/:id', element: guarded('claims:read', <ClaimDetailPage />) },
          menuRoute('imports', ImportsPage),
          menuRoute('reports', ReportsPage),
          menuRoute('regions', RegionsPage),
          menuRoute('tenants', InstallationPage),
          menuRoute('users', UsersPage),
          menuRoute('audit', AuditPage),
          menuRoute('password', ChangePasswordPage),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
