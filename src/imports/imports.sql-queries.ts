/**
 * The import's queries over bulk data, for the committed SQL in sql/ (src/db/sql-snapshot.ts): duplicate
 * and fuzzy detection over a staged batch, the rows page, and the retention purge.
 */
import type { SqlQuery } from '../db/sql-snapshot';
import * as dedup from './dedup.repository';
import * as batches from './import-batch.repository';
import * as retention from './import-retention.repository';

const T = '53.16';
const BATCH = 1;
const at = (fn: string) => ({ name: `imports.${fn}` });

export const sqlQueries: SqlQuery[] = [
  { ...at('markInFileDuplicates'), source: 'src/imports/dedup.repository.ts', run: (db) => dedup.markInFileDuplicates(db, T, BATCH) },
  { ...at('markRegistryDuplicates'), source: 'src/imports/dedup.repository.ts', run: (db) => dedup.markRegistryDuplicates(db, T, BATCH, 'non-asn') },
  { ...at('findFuzzyInFile'), source: 'src/imports/dedup.repository.ts', run: (db) => dedup.findFuzzyInFile(db, T, BATCH) },
  { ...at('findFuzzyInRegistry'), source: 'src/imports/dedup.repository.ts', run: (db) => dedup.findFuzzyInRegistry(db, T, BATCH) },
  { ...at('countFuzzyRows'), source: 'src/imports/dedup.repository.ts', run: (db) => dedup.countFuzzyRows(db, T, BATCH) },
  { ...at('listRows'), source: 'src/imports/import-batch.repository.ts', run: (db) => batches.listRows(db, T, BATCH, 'problem', 0, 50) },
  { ...at('deleteBatchRows'), source: 'src/imports/import-batch.repository.ts', run: (db) => batches.deleteBatchRows(db, T, BATCH) },
  { ...at('markBatchesPurged'), source: 'src/imports/import-retention.repository.ts', run: (db) => retention.markBatchesPurged(db, 90, null) },
  {
    ...at('deleteStagedOf'), source: 'src/imports/import-retention.repository.ts',
    run: (db) => retention.deleteStagedOf(db, 'import_row', [{ tenant_code: T, id: BATCH }, { tenant_code: T, id: 2 }]),
  },
];
