/**
 * Kysely table types, one file per capability. Reference tables (region, bpjs_branch, regulation rules)
 * are tenant-free; every tenant-owned table leads its primary key and foreign keys with `tenant_code`.
 */
import type { FoundationTables } from './foundation';

export type * from './foundation';

export interface Database extends FoundationTables {}
