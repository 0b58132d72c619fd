/**
 * The two groups a regency covers (REGULATIONS.md §1): non-ASN staff (`non-asn`, Penerima Upah) and
 * pekerja rentan (`rentan`, Bukan Penerima Upah). One vocabulary for imports, the registry, agreements
 * and enrolment.
 */
export const WORKER_GROUPS = ['non-asn', 'rentan'] as const;
export type WorkerGroup = (typeof WORKER_GROUPS)[number];
