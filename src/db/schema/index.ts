/**
 * Kysely table types, one file per capability. Reference tables (region, bpjs_branch, regulation rules)
 * are tenant-free; every tenant-owned table leads its primary key and foreign keys with `tenant_code`.
 */
import type { AgreementsTables } from './agreements';
import type { BillingTables } from './billing';
import type { EnrolmentTables } from './enrolment';
import type { FoundationTables } from './foundation';
import type { RegulationTables } from './regulation';
import type { ThrottleTables } from './throttle';
import type { WorkersTables } from './workers';

export type * from './agreements';
export type * from './billing';
export type * from './enrolment';
export type * from './foundation';
export type * from './regulation';
export type * from './throttle';
export type * from './workers';

export interface Database extends FoundationTables, BillingTables, EnrolmentTables, AgreementsTables, RegulationTables, ThrottleTables, WorkersTables {}
