// Shapes of the registry API (src/workers/workers.schemas.ts), named from the types generated from the
// server's OpenAPI document (web/src/api/schema.gen.ts) — never hand-written copies.
import type { ResponseOf } from '../../api/types';

type Base = '/api/v1/tenants/{code}';

export type PersonHit = ResponseOf<`${Base}/workers`, 'get'>['items'][number];
export type Person = ResponseOf<`${Base}/workers/{id}`, 'get'>;
export type Membership = Person['memberships'][number];
export type WorkerGroup = Membership['group'];
export type PersonStatus = Person['status'];
export type HistoryEntry = ResponseOf<`${Base}/workers/{id}/history`, 'get'>['items'][number];
export type DedupReview = ResponseOf<`${Base}/dedup-reviews`, 'get'>['items'][number];
export type ReviewSide = DedupReview['person'];
export type ReviewStatus = DedupReview['status'];

/** The registry page's search form (UI state, sent as the list's query). */
export interface SearchFilters {
  q: string;
  group: WorkerGroup | null;
  opdId: number | null;
  villageCode: string | null;
  status: PersonStatus | null;
}
