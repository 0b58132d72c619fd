/**
 * What the registry exposes to the imports capability for its set-based duplicate checks: persons and
 * memberships as Kysely sub-queries. Imports never names `person` or `membership` itself.
 */
export { membershipSource, personSource } from './registry-sources.repository';
