/**
 * Every kind of background work, one name each: `<capability>.<verb>`. A kind is both the graphile-worker
 * task identifier and the `job.kind` the web app and the CLI see. Adding one: here, then `registerTask` in
 * the owning capability (CONTRIBUTING.md, "A background task").
 */
export const JOB_KINDS = [
  /** Staging an uploaded CSV/XLSX as an import batch (src/imports/imports.service.ts). Progress: rows, rate, ETA. */
  'import.stage',
  /** Approving a staged batch into the registry, one transaction (src/imports/import-approval.service.ts). Progress: phases. */
  'import.approve',
  /** The retention purge of decided batches' staged rows (src/imports/import-retention.service.ts); scheduled, no progress row. */
  'import.purge',
  /** The daily backup into <dataDir>/backups with retention (src/backup/backup-rotation.service.ts); scheduled, no progress row. */
  'system.backup',
  /** The monthly billing run: this month for every PKS in force, per regency (src/billing/billing-schedule.service.ts); scheduled, no progress row. */
  'billing.run-month',
] as const;

export type JobKind = (typeof JOB_KINDS)[number];
