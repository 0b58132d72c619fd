// The import API's shapes, named from the types generated from the server's OpenAPI document
// (src/imports/imports.schemas.ts, src/jobs/jobs.routes.ts → web/src/api/schema.gen.ts).
import type { QueryOf, ResponseOf } from '../../api/types';

type Rows = ResponseOf<'/api/v1/tenants/{code}/imports/{id}/rows', 'get'>;

export type Batch = ResponseOf<'/api/v1/tenants/{code}/imports/{id}', 'get'>;
export type WorkerGroup = Batch['group'];
export type BatchStatus = Batch['status'];
export type StagedRow = Rows['items'][number];
export type RowStatus = StagedRow['status'];
export type Issue = StagedRow['reasons'][number];
export type Match = StagedRow['matches'][number];
/** The rows endpoint's filters the page offers: `problem` = rejected + duplicates (what the error sheet holds). */
export type RowFilter = Extract<NonNullable<QueryOf<'/api/v1/tenants/{code}/imports/{id}/rows', 'get'>['status']>, 'problem' | 'warning' | 'fuzzy' | 'accepted'>;
export type UploadAnswer = ResponseOf<'/api/v1/tenants/{code}/imports', 'post', 202>;
export type BatchSummary = NonNullable<UploadAnswer['summary']>;
/** The approve route's answer: a job to poll (202), or the result at once when the batch was approved before (200). */
export type ApproveAnswer = ResponseOf<'/api/v1/tenants/{code}/imports/{id}/approve', 'post', 202>;
/** What an approval registered: the approve job's result (or the answer at once for an approved batch). */
export type ApprovalResult = NonNullable<ApproveAnswer['result']>;
export type Opd = ResponseOf<'/api/v1/tenants/{code}/opds', 'get'>['items'][number];

/** What an upload's staging job answers (the job route types a result only as an object; this is the import kind's). */
export interface ImportJobResult {
  summary?: BatchSummary;
  reused?: boolean;
}

/** A background job (kind 'import' or 'approve') as the job route answers it; `R` is its kind's result. */
export type Job<R = ImportJobResult> = Omit<ResponseOf<'/api/v1/tenants/{code}/jobs/{id}', 'get'>, 'result'> & { result: R | null };
