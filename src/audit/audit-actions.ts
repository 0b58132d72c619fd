/**
 * Every action the audit log records, one union: a typo in an action name does not compile, and the
 * audit page and reports can rely on the list. A capability adds its actions here (one line each).
 */
export type AuditAction =
  // auth: sessions and accounts
  | 'login' | 'login.failed' | 'login.locked' | 'logout' | 'password.change' | 'user.create' | 'user.reset-password'
  // tenants: regencies and their OPDs
  | 'tenant.create' | 'opd.create' | 'opd.update'
  // agreements: MoU/PKS life cycle, exports and documents
  | 'agreement.create' | 'agreement.update' | 'agreement.sign' | 'agreement.activate' | 'agreement.end' | 'agreement.addendum'
  | 'agreement.export.pdf' | 'agreement.export.xlsx'
  | 'agreement.document.attach' | 'agreement.document.download' | 'agreement.document.remove'
  // imports: staged batches, their decision, exports and views of personal data, retention
  | 'import.stage' | 'import.dry-run' | 'import.approve' | 'import.discard' | 'import.errors.export' | 'import.rows.nik.view' | 'import.purge'
  // workers: the registry
  | 'person.view' | 'person.nik.view' | 'person.update' | 'membership.end' | 'dedup.merge' | 'dedup.merged-into' | 'dedup.keep-separate';
