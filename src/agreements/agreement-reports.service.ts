/**
 * What agreements exposes to the reports: each regency's PKS of a year (number, status, period, budget,
 * quotas per scheme) for many regencies in one query. No actor: reports scopes the regencies it asks for.
 */
export { pksOfYear, type PksSummary } from './agreement-reports.repository';
