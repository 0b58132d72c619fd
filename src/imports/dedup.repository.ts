/**
 * De-duplication of a staged batch, set-based (never a row at a time):
 *  - in the file: the same NIK twice — the first accepted row stays, later ones are duplicates;
 *  - in the registry: the NIK already belongs to an active member of this group, of the other group
 *    (a person cannot be both non-ASN and pekerja rentan at the regency's expense), a merged record, or
 *    an active member of ANOTHER regency (reported without any of that regency's data);
 *  - fuzzy candidates (kept as accepted rows, queued for review): same birth date and sex and a shared
 *    name token (in the file: found while streaming, fuzzy-blocking.ts), then similar names (pg_trgm similarity on token-sorted names, or initials: "Y. Ndona")
 *    corroborated by one more field a re-typed record keeps — the same phone, a similar birth place, or,
 *    when a birth place is missing, a NIK differing in at most two digits (a typo; weak evidence alone,
 *    as people born the same day in one district have neighbouring serials) — or the same phone with a
 *    similar name.
 *    Without corroboration, name + birth date alone flags too many namesakes: among a million people
 *    ~35 share each birth date and sex, and common Flores names make look-alikes frequent (measured by
 *    bench/import.bench.ts against its ground truth).
 */
import { sql } from 'kysely';
import type { Db } from '../db/database';
import * as registry from '../workers/registry-sources.service';
import type { WorkerGroup } from './import.types';

/** Name similarity (pg_trgm, 0–1, on token-sorted names) from which a pair is a candidate. */
export const NAME_SIMILARITY = 0.6;
/** With the same phone, a weaker name likeness suffices (different people sharing a phone differ more). */
export const PHONE_NAME_SIMILARITY = 0.5;
/** Birth places typed for one person ("Mbay", "MBAY", "Mbai") are at least this similar. */
export const PLACE_SIMILARITY = 0.5;
/** A typo changes one or two digits of a NIK; different people differ in more (or in the date). */
export const NIK_TYPO_DIGITS = 2;

export async function analyzeStaging(db: Db): Promise<void> {
  await sql`ANALYZE import_row`.execute(db);
}

export async function markInFileDuplicates(db: Db, tenantCode: string, batchId: number): Promise<number> {
  const result = await sql`
    WITH dup AS (
      SELECT nik, min(row_no) AS first_row FROM import_row
      WHERE tenant_code = ${tenantCode} AND batch_id = ${batchId} AND status = 'accepted'
      GROUP BY nik HAVING count(*) > 1
    )
    UPDATE import_row r SET status = 'duplicate', warnings = NULL,
      reasons = jsonb_build_array(jsonb_build_object('column', 'nik', 'code', 'DUP_IN_FILE', 'params', jsonb_build_object('row', dup.first_row)))
    FROM dup
    WHERE r.tenant_code = ${tenantCode} AND r.batch_id = ${batchId} AND r.status = 'accepted'
      AND r.nik = dup.nik AND r.row_no <> dup.first_row
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Accepted rows with a note (defaulted income, sex from the NIK, …): "N rows accepted with notes". */
export async function countAcceptedWithWarnings(db: Db, tenantCode: string, batchId: number): Promise<number> {
  const row = await db.selectFrom('import_row').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('tenant_code', '=', tenantCode).where('batch_id', '=', batchId).where('status', '=', 'accepted').where('warnings', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function markRegistryDuplicates(db: Db, tenantCode: string, batchId: number, group: WorkerGroup): Promise<number> {
  const result = await sql`
    WITH hit AS (
      SELECT DISTINCT ON (r.row_no) r.row_no,
        CASE WHEN p.tenant_code <> ${tenantCode} THEN 'DUP_OTHER_TENANT'
             WHEN p.status = 'merged' THEN 'DUP_MERGED'
             WHEN m.worker_group = ${group} THEN 'DUP_IN_REGISTRY'
             ELSE 'DUP_OTHER_GROUP' END AS code,
        CASE WHEN p.tenant_code = ${tenantCode} THEN p.id END AS person_id
      FROM import_row r
      JOIN ${registry.personSource(db)} p ON p.nik = r.nik
      LEFT JOIN ${registry.membershipSource(db)} m ON m.tenant_code = p.tenant_code AND m.person_id = p.id AND m.status = 'active'
      WHERE r.tenant_code = ${tenantCode} AND r.batch_id = ${batchId} AND r.status = 'accepted'
        AND (m.id IS NOT NULL OR (p.tenant_code = ${tenantCode} AND p.status = 'merged'))
      ORDER BY r.row_no, (p.tenant_code = ${tenantCode}) DESC, (m.worker_group = ${group}) DESC
    )
    UPDATE import_row r SET status = 'duplicate', warnings = NULL,
      reasons = jsonb_build_array(jsonb_build_object('column', 'nik', 'code', hit.code,
        'params', CASE WHEN hit.person_id IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('personId', hit.person_id) END))
    FROM hit
    WHERE r.tenant_code = ${tenantCode} AND r.batch_id = ${batchId} AND r.row_no = hit.row_no
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

const INITIAL = '(^| )[a-z]( |$)';

/**
 * What a candidate pair shares (name similarity, birth date, phone, place, NIK, initials) — one definition
 * for both the in-file and the against-registry search. `a` is the staged row, `other` the alias of its counterpart.
 */
function pairSignals(other: 'b' | 'r') {
  const o = sql.raw(other);
  return sql`similarity(a.name_key, ${o}.name_key) AS sim, a.birth_date = ${o}.birth_date AS same_date,
        coalesce(a.phone = ${o}.phone, false) AS same_phone,
        -- equal places (the common case) need no trigram comparison
        coalesce(lower(a.birth_place) = lower(${o}.birth_place) OR similarity(lower(a.birth_place), lower(${o}.birth_place)) >= ${PLACE_SIMILARITY}, false) AS same_place,
        (a.birth_place IS NULL OR ${o}.birth_place IS NULL) AS place_unknown,
        (SELECT count(*) FROM generate_series(1, 16) i WHERE substr(a.nik, i, 1) <> substr(${o}.nik, i, 1)) <= ${NIK_TYPO_DIGITS} AS nik_typo,
        (a.name_initials = ${o}.name_initials AND (a.name_key ~ ${INITIAL} OR ${o}.name_key ~ ${INITIAL})) AS initials`;
}

/** The signals recorded with a candidate, for the reviewer (the web app names each one), in display order. */
export const FUZZY_SIGNALS = {
  birth_date: sql`same_date`, name: sql`sim >= ${NAME_SIMILARITY}`, initials: sql`initials`, phone: sql`same_phone`,
  birth_place: sql`same_place`, nik: sql`nik_typo`,
} as const;
export type FuzzySignal = keyof typeof FUZZY_SIGNALS;

const SIGNAL_NAMES = sql`array_remove(ARRAY[${sql.join(Object.entries(FUZZY_SIGNALS).map(([name, holds]) => sql`CASE WHEN ${holds} THEN ${sql.lit(name)} END`))}], NULL)`;

/** A pair becomes a review candidate: same birth date and a similar name (or matching initials) plus one
 * corroborating field — namesakes sharing a birth date are common at scale — or the same phone and a
 * somewhat similar name. The cheap corroboration is written before the name similarity: PostgreSQL's
 * executor evaluates AND/OR operands in order and stops early (a speed matter only — the result is the
 * same in any order), so namesakes with nothing else in common, most blocked pairs, never pay for a
 * trigram comparison of their names (in-file scoring of a million rows: 5.1 → 2.3 s). */
const IS_CANDIDATE = sql`(same_date AND (same_phone OR same_place OR (place_unknown AND nik_typo)) AND (sim >= ${NAME_SIMILARITY} OR initials))
       OR (same_phone AND sim >= ${PHONE_NAME_SIMILARITY})`;

/**
 * Candidate pairs inside the file: the later row is recorded against the earlier one. The pairs to score
 * are those the import's blocking found while streaming (peer_rows: an earlier row sharing birth date,
 * sex and a name token, or the phone — fuzzy-blocking.ts); both rows must still be accepted.
 */
export async function findFuzzyInFile(db: Db, tenantCode: string, batchId: number): Promise<number> {
  const result = await sql`
    INSERT INTO import_match (tenant_code, batch_id, row_no, other_row_no, score, signals)
    -- the batch's accepted rows are hashed once (MATERIALIZED: otherwise the planner probes the primary key
    -- once per pair, 2.5 s at a million rows); the later row of a pair is the row carrying peer_rows itself
    WITH acc AS MATERIALIZED (
      SELECT row_no, nik, birth_date, name_key, name_initials, phone, birth_place FROM import_row
      WHERE tenant_code = ${tenantCode} AND batch_id = ${batchId} AND status = 'accepted'
    ), pairs AS (
      -- peer_rows lists each earlier row once, so these pairs are already distinct
      SELECT peer AS a_row, r.row_no AS b_row, r.nik, r.birth_date, r.name_key, r.name_initials, r.phone, r.birth_place
      FROM import_row r, unnest(r.peer_rows) AS peer
      WHERE r.tenant_code = ${tenantCode} AND r.batch_id = ${batchId} AND r.status = 'accepted' AND r.peer_rows IS NOT NULL
    ), scored AS (
      SELECT b.a_row, b.b_row, ${pairSignals('b')}
      FROM pairs b JOIN acc a ON a.row_no = b.a_row
      WHERE a.nik <> b.nik
    )
    SELECT ${tenantCode}, ${batchId}, b_row, a_row, sim,
      ${SIGNAL_NAMES}
    FROM scored
    WHERE ${IS_CANDIDATE}
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Candidate pairs between the file and the tenant's registered persons. The file's accepted rows are the
 * small side: they are hashed on (birth date, sex) and on phone, and the tenant's active persons stream
 * past them once per key — no sort of the registry's name tokens, whose cost grew with the registry
 * (a 42,000-row file against a million persons: 4.8 → 1.5 s). A person pairs with a row sharing birth date,
 * sex and a name token of two letters or more (the in-file blocking's key), or the phone.
 */
export async function findFuzzyInRegistry(db: Db, tenantCode: string, batchId: number): Promise<number> {
  const result = await sql`
    INSERT INTO import_match (tenant_code, batch_id, row_no, other_person_id, score, signals)
    WITH acc AS MATERIALIZED (
      SELECT row_no, nik, birth_date, sex, name_key, name_initials, phone, birth_place,
             ARRAY(SELECT t FROM unnest(string_to_array(name_key, ' ')) t WHERE length(t) >= 2) AS tokens
      FROM import_row
      WHERE tenant_code = ${tenantCode} AND batch_id = ${batchId} AND status = 'accepted'
    ), pairs AS (
      -- the person's columns travel with the pair: joining back by id would hash the whole registry again
      SELECT a.row_no, p.id, p.nik, p.birth_date, p.name_key, p.name_initials, p.phone, p.birth_place FROM acc a
      JOIN ${registry.personSource(db)} p ON p.tenant_code = ${tenantCode} AND p.status = 'active' AND p.birth_date = a.birth_date AND p.sex = a.sex
      WHERE string_to_array(p.name_key, ' ') && a.tokens
      UNION
      SELECT a.row_no, p.id, p.nik, p.birth_date, p.name_key, p.name_initials, p.phone, p.birth_place FROM acc a
      JOIN ${registry.personSource(db)} p ON p.tenant_code = ${tenantCode} AND p.status = 'active' AND p.phone = a.phone
    ), scored AS (
      SELECT r.row_no, r.id, ${pairSignals('r')}
      FROM pairs r JOIN acc a ON a.row_no = r.row_no
      WHERE a.nik <> r.nik
    )
    SELECT ${tenantCode}, ${batchId}, row_no, id, sim,
      ${SIGNAL_NAMES}
    FROM scored
    WHERE ${IS_CANDIDATE}
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function countFuzzyRows(db: Db, tenantCode: string, batchId: number): Promise<number> {
  const row = await db.selectFrom('import_match').select(sql<number>`count(DISTINCT row_no)`.as('n'))
    .where('tenant_code', '=', tenantCode).where('batch_id', '=', batchId).executeTakeFirstOrThrow();
  return Number(row.n);
}
