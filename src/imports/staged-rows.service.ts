/**
 * What the imports capability exposes of its staged data to the registry (src/workers): the accepted
 * rows and fuzzy candidates of a batch as Kysely sub-queries for the approval's set-based INSERT …
 * SELECT, and the provenance of a batch. The registry never names `import_row`, `import_match` or
 * `import_batch` itself.
 */
export { acceptedRowSource, anyAcceptedRowSource, batchMatchSource, findBatchProvenance } from './staged-rows.repository';
