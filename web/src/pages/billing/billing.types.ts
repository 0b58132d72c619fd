// The billing API's shapes, named from the types generated from the server's OpenAPI document
// (src/billing/billing.schemas.ts, payments routes → web/src/api/schema.gen.ts) — never hand-written copies.
import type { BodyOf, QueryOf, ResponseOf } from '../../api/types';

type T = '/api/v1/tenants/{code}';

export type BillItem = ResponseOf<`${T}/bills`, 'get'>['items'][number];
export type BillStatus = BillItem['status'];
export type BillDetail = ResponseOf<`${T}/bills/{id}`, 'get'>;
export type BillLine = ResponseOf<`${T}/bills/{id}/lines`, 'get'>['items'][number];
export type LineKind = BillLine['kind'];
export type LinesQuery = QueryOf<`${T}/bills/{id}/lines`, 'get'>;
export type Explanation = ResponseOf<`${T}/bills/{id}/lines/{participationId}/explanation`, 'get'>;
export type RunResult = ResponseOf<`${T}/billing/runs`, 'post'>;
export type Payment = ResponseOf<`${T}/agreements/{id}/payments`, 'get'>['items'][number];
export type PaymentBody = BodyOf<`${T}/agreements/{id}/payments`, 'post'>;
export type PaymentResult = ResponseOf<`${T}/agreements/{id}/payments`, 'post'>;
export type Realisation = ResponseOf<`${T}/agreements/{id}/realisation`, 'get'>;
export type BillingAlert = ResponseOf<`${T}/billing/alerts`, 'get'>['items'][number];
export type ReconciliationResult = ResponseOf<`${T}/billing/reconciliations`, 'post'>;
export type ReconciliationSummary = ResponseOf<`${T}/billing/reconciliations`, 'get'>['items'][number];
export type ReconciliationDetail = ResponseOf<`${T}/billing/reconciliations/{id}`, 'get'>;
export type ReconciliationRow = ReconciliationDetail['items'][number];
export type ReconciliationStatus = ReconciliationRow['status'];
