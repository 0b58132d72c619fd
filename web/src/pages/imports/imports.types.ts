// Shapes of the import API (src/imports/imports.schemas.ts, src/jobs/jobs.routes.ts) as the web app reads them.
export type WorkerGroup = 'non-asn' | 'rentan';
export type BatchStatus = 'staged' | 'approved' | 'discarded';
export type RowStatus = 'accepted' | 'rejected' | 'duplicate';
/** The rows endpoint's filters: `problem` = rejected + duplicates (what the error sheet holds). */
export type RowFilter = 'problem' | 'warning' | 'fuzzy' | 'accepted';

export interface BatchSummary {
  batchId: number | null;
  rows: number;
  accepted: number;
  rejected: number;
  warnings: number;
  duplicates: { inFile: number; inRegistry: number; fuzzy: number };
  errorsFile: string | null;
}

export interface Batch extends BatchSummary {
  batchId: number;
  tenantCode: string;
  group: WorkerGroup;
  status: BatchStatus;
  file: { name: string; bytes: number; format: 'csv' | 'xlsx'; sheet: string | null; encoding: string | null; delimiter: string | null };
  headerRow: number;
  columns: { field: string; header: string; label: string }[];
  unknownColumns: string[];
  notes: { code: string; message: string }[];
  opdId: number | null;
  villageCode: string | null;
  createdBy: string | null;
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  /** After approval: what entered the registry (persons, memberships, reenrolled, reviews, lateDuplicates). */
  approval: Record<string, number> | null;
  /** When the retention purge removed the staged rows: no rows page, no error sheet (the server answers 410). */
  rowsPurgedAt: string | null;
}

export interface Issue {
  /** The canonical field (nik, birth_date, …) or null for a whole-row issue. */
  column: string | null;
  code: string;
  /** Translated by the server, prefixed with the column as the file names it ("Tgl Lahir: …"). */
  message: string;
}

export interface Match {
  otherRow: number | null;
  otherPersonId: number | null;
  score: number;
  signals: string[];
}

export interface StagedRow {
  rowNo: number;
  status: RowStatus;
  nik: string | null;
  name: string | null;
  birthDate: string | null;
  reasons: Issue[];
  warnings: Issue[];
  matches: Match[];
}

/** What an upload's staging job answers. */
export interface ImportJobResult {
  summary?: BatchSummary;
  reused?: boolean;
}

/** A background job (kind 'import' or 'approve'); `R` is what it answers when it succeeds. */
export interface Job<R = ImportJobResult> {
  id: number;
  kind: string;
  status: 'running' | 'succeeded' | 'failed';
  phase: string | null;
  processed: number;
  total: number | null;
  percent: number;
  rowsPerSecond: number | null;
  etaSeconds: number | null;
  result: R | null;
  error: { code: string; message: string } | null;
}

/** What an approval registered: the approve job's result (or the answer at once for an approved batch). */
export interface ApprovalResult extends BatchSummary {
  status: BatchStatus;
  alreadyApproved: boolean;
  registered: Record<string, number> | null;
}

/** The approve route's answer: a job to poll (202), or the result at once when the batch was approved before (200). */
export interface ApproveAnswer {
  jobId: number | null;
  batchId: number;
  alreadyApproved: boolean;
  result: ApprovalResult | null;
}

export interface UploadAnswer {
  jobId: number | null;
  batchId: number | null;
  reused: boolean;
  summary: BatchSummary | null;
}

export interface Opd {
  id: number;
  name: string;
  kind: string;
}
