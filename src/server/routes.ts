/** Every capability's routes, in one list. A new capability adds its `*.routes.ts` here. */
import { agreementsRoutes } from '../agreements/agreements.routes';
import { auditRoutes } from '../audit/audit.routes';
import { branchesRoutes } from '../branches/branches.routes';
import { authRoutes } from '../auth/auth.routes';
import { usersRoutes } from '../auth/users.routes';
import { calcRoutes } from '../calc/calc.routes';
import { cardsRoutes } from '../cards/cards.routes';
import { enrolmentRoutes } from '../enrolment/enrolment.routes';
import { billingRoutes } from '../billing/billing.routes';
import { calendarRoutes } from '../calendar/calendar.routes';
import { healthRoutes } from '../health/health.routes';
import { importsRoutes } from '../imports/imports.routes';
import { jobsRoutes } from '../jobs/jobs.routes';
import { regionsRoutes } from '../regions/regions.routes';
import { tenantsRoutes } from '../tenants/tenants.routes';
import { workersRoutes } from '../workers/workers.routes';
import type { App, RouteDeps } from '../http/types';

export const routeModules: ((app: App, deps: RouteDeps) => void)[] = [
  healthRoutes, authRoutes, usersRoutes, regionsRoutes, tenantsRoutes, auditRoutes, calcRoutes, agreementsRoutes,
  workersRoutes, importsRoutes, jobsRoutes, branchesRoutes, enrolmentRoutes, cardsRoutes, calendarRoutes, billingRoutes,
];
