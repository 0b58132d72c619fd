/**
 * Where a sheet's header row may be: offices put a title block ("DAFTAR TENAGA NON ASN …") above it, so
 * readers look through the leading rows for the first one the caller's predicate accepts as a header.
 */

/** How many leading rows may hold a title block before the header. */
export const HEADER_SEARCH_ROWS = 20;
