/**
 * What agreements exposes to the reports: each regency's PKS of a year (number, status, period, budget,
 * quotas per scheme) for many regencies in one query, and for the money roll-up every PKS of some regencies,
 * which regencies' agreements changed since a moment and which have a PKS at all. No actor: reports scopes
 * the regencies it asks for.
 */
export { agreementChangedTenantsSince, pksOfTenants, pksOfYear, tenantsWithPks, type PksSummary } from './agreement-reports.repository';
