/**
 * The registry's queries over bulk data, for the committed SQL in sql/ (src/db/sql-snapshot.ts): the
 * approval's set-based registration, the fuzzy name search and the duplicate-review queue.
 */
import type { SqlQuery } from '../db/sql-snapshot';
import * as reviews from './dedup-review.repository';
import * as registration from './registration.repository';
import * as registry from './workers.repository';

const T = '53.16';
const ARGS = { tenantCode: T, batchId: 1, group: 'non-asn', on: '2025-06-30', actorId: 2, actorUsername: 'dinas' } as const;
const REG = 'src/workers/registration.repository.ts';
const NO_SCOPE = { opdId: null, villageCode: null };

export const sqlQueries: SqlQuery[] = [
  { name: 'workers.insertNewPersonsWithMemberships', source: REG, run: (db) => registration.insertNewPersonsWithMemberships(db, ARGS) },
  { name: 'workers.insertMembershipsForExisting', source: REG, run: (db) => registration.insertMembershipsForExisting(db, ARGS) },
  { name: 'workers.insertReenrolHistory', source: REG, run: (db) => registration.insertReenrolHistory(db, ARGS) },
  { name: 'workers.insertReviews', source: REG, run: (db) => registration.insertReviews(db, ARGS) },
  {
    name: 'workers.searchPersons', source: 'src/workers/workers.repository.ts',
    run: (db) => registry.searchPersons(db, { tenantCode: T, ...NO_SCOPE, nameKey: 'yohanes', nameText: 'yohanes', group: 'non-asn', limit: 50, offset: 0 }),
  },
  {
    name: 'workers.listMembershipsOf', source: 'src/workers/workers.repository.ts',
    run: (db) => registry.listMembershipsOf(db, T, [1, 2, 3]),
  },
  {
    name: 'workers.listReviews', source: 'src/workers/dedup-review.repository.ts',
    run: (db) => reviews.listReviews(db, T, 'pending', { opdId: 3, villageCode: null }, 50, 0),
  },
];
