/** Every capability's routes, in one list. A new capability adds its `*.routes.ts` here. */
import { agreementsRoutes } from '../agreements/agreements.routes';
import { auditRoutes } from '../audit/audit.routes';
import { branchesRoutes } from '../branches/branches.routes';
import { billFilesRoutes } from '../billing/bill-files.routes';
import { authRoutes } from '../auth/auth.routes';
import { usersRoutes } from '../auth/users.routes';
import { calcRoutes } from '../calc/calc.routes';
import { paymentsRoutes } from '../billing/payments.routes';
import { cardsRoutes } from '../cards/cards.routes';
import { claimDocumentsRoutes } from '../claims/claim-documents.routes';
import { enrolmentRoutes } from '../enrolment/enrolment.routes';
import { billingRoutes } from '../billing/billing.routes';
import { calendarRoutes } from '../calendar/calendar.routes';
import { claimsRoutes } from '../claims/claims.routes';
import { healthRoutes } from '../health/health.routes';
import { importsRoutes } from '../imports/imports.routes';
import { jobsRoutes } from '../jobs/jobs.routes';
import { regionsRoutes } from '../regions/regions.routes';
import { selfServiceRoutes } from '../self-service/self-service.routes';
import { reportsRoutes } from '../reports/reports.routes';
import { reportExportRoutes } from '../reports/report-export.routes';
import { tenantsRoutes } from '../tenants/tenants.routes';
import { workersRoutes } from '../workers/workers.routes';
import type { App, RouteDeps } from '../http/types';

export const routeModules: ((app: App, deps: RouteDeps) => void)[] = [
  healthRoutes, authRoutes, usersRoutes, regionsRoutes, tenantsRoutes, auditRoutes, calcRoutes, agreementsRoutes,
  workersRoutes, importsRoutes, jobsRoutes, branchesRoutes, enrolmentRoutes, cardsRoutes, calendarRoutes, billingRoutes, paymentsRoutes,
  billFilesRoutes, claimsRoutes, claimDocumentsRoutes, selfServiceRoutes, reportsRoutes,
  reportExportRoutes,
];
