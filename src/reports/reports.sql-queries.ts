/**
 * The reports' queries over bulk data, for the committed SQL in sql/ (src/db/sql-snapshot.ts): the
 * roll-up rebuild (over every participation of the regencies rebuilt) and the panels' reads of it.
 */
import type { SqlQuery } from '../db/sql-snapshot';
import * as coverage from './coverage.repository';
import * as rollup from './report-rollup.repository';

const T = '53.16';
const at = (fn: string) => ({ name: `reports.${fn}` });

export const sqlQueries: SqlQuery[] = [
  { ...at('rebuildTenants'), source: 'src/reports/report-rollup.repository.ts', run: (db) => rollup.rebuildTenants(db, [{ tenantCode: T, today: '2025-12-31' }]) },
  { ...at('tenantCounts'), source: 'src/reports/coverage.repository.ts', run: (db) => coverage.tenantCounts(db, 2025, null) },
  { ...at('districtCounts'), source: 'src/reports/coverage.repository.ts', run: (db) => coverage.districtCounts(db, 2025, T) },
  { ...at('unitCounts'), source: 'src/reports/coverage.repository.ts', run: (db) => coverage.unitCounts(db, 2025, T) },
  { ...at('monthlyCounts'), source: 'src/reports/coverage.repository.ts', run: (db) => coverage.monthlyCounts(db, 2025, T) },
];
