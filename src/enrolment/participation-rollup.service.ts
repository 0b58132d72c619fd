/**
 * What enrolment exposes to the reports roll-up: participations as a set-based source (a Kysely sub-query
 * reports joins into its own INSERT … SELECT) and which regencies changed since a moment. No actor:
 * reports scopes what it shows; these feed its summary tables.
 */
export { changedTenantsSince, coveredSpanSource, tenantsWithParticipations } from './participation-rollup.repository';
