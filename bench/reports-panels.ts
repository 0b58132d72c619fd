/**
 * The dashboard panels the reports benchmark times, each through the service its API route calls, as
 * the installation admin (the widest scope: a national roll-up sums every regency). The regency is the
 * biggest of the generated data (Kabupaten Bogor), the province the one with the most regencies (Jawa Timur).
 *   GET /api/v1/reports/home                     → reportHome
 *   GET /api/v1/reports/coverage[?region]        → coverageReport (`lindung reports coverage`)
 *   GET /api/v1/reports/regions[?region]         → regionView (province and national view)
 *   GET /api/v1/reports/regencies/:code          → regencyDashboard (every panel: participants over time,
 *                                                   budget, bills due/overdue, claims/utilisation, kecamatan/village/OPD, UCJ)
 *   GET /api/v1/reports/regencies/:code/budget   → budgetReport (`lindung reports budget`)
 *   GET /api/v1/reports/regencies/:code/claims   → claimsReport
 */
import type { RequestContext } from '../src/auth/actor';
import type { Db } from '../src/db/database';
import { budgetReport, claimsReport } from '../src/reports/budget.service';
import { coverageReport } from '../src/reports/coverage.service';
import { regencyDashboard } from '../src/reports/dashboard.service';
import { regionView } from '../src/reports/region-view.service';
import { reportHome } from '../src/reports/report-home.service';

export const BENCH_REGENCY = '32.01';
export const BENCH_PROVINCE = '35';

export function benchPanels(db: Db, ctx: RequestContext, year: number): Record<string, () => Promise<unknown>> {
  const big = BENCH_REGENCY;
  return {
    'home': () => reportHome(db, ctx),
    'coverage.nation': () => coverageReport(db, ctx, { year }),
    'coverage.province': () => coverageReport(db, ctx, { region: BENCH_PROVINCE, year }),
    'coverage.regency': () => coverageReport(db, ctx, { region: big, year }),
    'regions.nation': () => regionView(db, ctx, { year }),
    'regions.province': () => regionView(db, ctx, { region: BENCH_PROVINCE, year }),
    'regency.dashboard': () => regencyDashboard(db, ctx, big, { year }),
    'regency.budget': () => budgetReport(db, ctx, big, { year }),
    'regency.claims': () => claimsReport(db, ctx, big, { year }),
  };
}
