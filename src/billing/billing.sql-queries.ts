/**
 * The billing run's queries over bulk data, for the committed SQL in sql/ (src/db/sql-snapshot.ts): the
 * regular lines of a group-month and the two corrections, as the run sends them.
 */
import type { SqlQuery } from '../db/sql-snapshot';
import type { BillingGroup, PerHead } from './bill-amounts';
import * as lines from './bill-lines.repository';
import * as run from './billing-run.repository';

const T = '53.16';
const BILL = 1;
const GROUP: BillingGroup = { id: 2, name: 'non-ASN', scheme: 'pu', riskClass: 'very-low', funding: 'apbd', sector: null, wage: { kind: 'ump', provinceCode: '53', year: 2024 } };
const HEAD: PerHead = { month: '2025-01', base: 2_186_826, baseSource: 'ump:53:2024', jkk: 5_248, jkm: 6_560, jht: 0, amount: 11_808, ruleIds: ['wage.ump.53@2024-01-01'] };
const at = (fn: string, source: string) => ({ name: `billing.${fn}`, source });

export const sqlQueries: SqlQuery[] = [
  { ...at('insertRegularLines', 'src/billing/billing-run.repository.ts'), run: (db) => run.insertRegularLines(db, T, BILL, GROUP, HEAD, '2025-01-01', '2025-01-31') },
  {
    ...at('insertSusulanLines', 'src/billing/billing-run.repository.ts'),
    run: (db) => run.insertSusulanLines(db, { tenantCode: T, billId: BILL, group: GROUP, baseSource: HEAD.baseSource, heads: [HEAD], before: '2025-02-01' }),
  },
  { ...at('insertPenguranganLines', 'src/billing/billing-run.repository.ts'), run: (db) => run.insertPenguranganLines(db, { tenantCode: T, billId: BILL, group: GROUP, before: '2025-02-01' }) },
  { ...at('totalBill', 'src/billing/billing-run.repository.ts'), run: (db) => run.totalBill(db, T, BILL) },
  { ...at('listLines', 'src/billing/bill-lines.repository.ts'), run: (db) => lines.listLines(db, T, BILL, { opdId: 3 }, { limit: 50, offset: 0 }) },
];
