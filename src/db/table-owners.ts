/**
 * Which capability owns each table: only files under `src/<owner>/` may name it in a Kysely call or in
 * raw SQL (checked by `npm run depcheck`, scripts/check-table-ownership.ts). Another capability reaches
 * the data through the owner's service — or, for one set-based statement, through a sub-query or
 * expression the owner builds over its own tables. A new table gets its line here; the `satisfies`
 * makes a table without an owner a type error.
 */
import type { Database } from './schema';

export const TABLE_OWNERS = {
  // reference geography: Kemendagri regions, BPJS branches and the regencies each serves
  region: 'regions',
  bpjs_branch: 'branches',
  bpjs_branch_area: 'branches',
  tenant: 'tenants',
  opd: 'tenants',
  app_user: 'auth',
  session: 'auth',
  request_throttle: 'auth',
  audit_log: 'audit',
  regulation_rule: 'regulation',
  agreement: 'agreements',
  agreement_group: 'agreements',
  agreement_addendum: 'agreements',
  agreement_document: 'agreements',
  job: 'jobs',
  import_batch: 'imports',
  import_row: 'imports',
  import_match: 'imports',
  person: 'workers',
  membership: 'workers',
  person_history: 'workers',
  dedup_review: 'workers',
  bpjs_template: 'enrolment',
  enrolment_setting: 'enrolment',
  enrolment_batch: 'enrolment',
  participation: 'enrolment',
  participation_history: 'enrolment',
  enrolment_answer: 'enrolment',
  enrolment_answer_row: 'enrolment',
  // working-day calendar (reference): national holidays and cuti bersama
  holiday: 'calendar',
  billing_setting: 'billing',
  billing_agreement_setting: 'billing',
  bill: 'billing',
  bill_line: 'billing',
  payment: 'billing',
  payment_allocation: 'billing',
  reconciliation: 'billing',
  reconciliation_row: 'billing',
  billing_notification: 'billing',
  claim: 'claims',
  claim_event: 'claims',
  claim_heir_relation: 'claims',
  claim_document_requirement: 'claims',
  claim_heir: 'claims',
  claim_document: 'claims',
  self_service_code: 'self-service',
  report_active: 'reports',
  report_tenant_month: 'reports',
  report_tenant_state: 'reports',
  report_refresh_mark: 'reports',
  ucj_reference: 'reports',
  report_pks_finance: 'reports',
  report_tenant_claims: 'reports',
} as const satisfies Record<keyof Database, string>;

export type TableName = keyof typeof TABLE_OWNERS;
