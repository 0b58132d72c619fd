/**
 * The dashboard panels the reports benchmark times, each through the service its API route calls, as
 * the installation admin (the widest scope: a national roll-up sums every regency).
 */
import type { RequestContext } from '../src/auth/actor';
import type { Db } from '../src/db/database';
import { coverageReport } from '../src/reports/coverage.service';
import { monthlyCounts, unitCounts } from '../src/reports/coverage.repository';

export function benchPanels(db: Db, ctx: RequestContext, year: number): Record<string, () => Promise<unknown>> {
  const big = '32.01'; // Kabupaten Bogor
  return {
    'coverage.nation': () => coverageReport(db, ctx, { year }),
    'coverage.province': () => coverageReport(db, ctx, { region: '35', year }),
    'coverage.regency': () => coverageReport(db, ctx, { region: big, year }),
    'regency.participantsOverTime': () => monthlyCounts(db, year, big),
    'regency.units': () => unitCounts(db, year, big),
  };
}
