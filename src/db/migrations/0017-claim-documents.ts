/**
 * Heirs and documents of a claim (issue #13, helper claimdocs), beside `claim` (0016).
 *
 * - `claim_heir_relation`: who may inherit and in which order (REGULATIONS §10 [U], "as commonly reported":
 *   widow/widower, children, parents, grandchildren, siblings, parents-in-law, a person named in a will).
 * - `claim_document_requirement`: the checklist per claim type, effective-dated like every rule; the
 *   lists are what BPJS Ketenagakerjaan commonly asks under Permenaker 5/2021 [U], not an official table.
 *   A list that changes gets new rows from a new date; old rows stay for the claims filed under them.
 * - `claim_heir` / `claim_document` are tenant tables keyed (tenant_code, id) beside their claim. The
 *   bytes of a document live in the data directory under `storage_key`; the row keeps its SHA-256 so a
 *   file changed on disk is refused when read, and one claim never holds the same file twice.
 */
import { sql, type Kysely } from 'kysely';

const BASIS = 'PP 44/2015 jo. PP 82/2019; Permenaker 5/2021 (dokumen yang lazim diminta BPJS)';
const FROM = '2015-07-01'; // PP 44/2015 (JKK, JKM) in force

type Req = [code: string, labelId: string, labelEn: string, required?: boolean, appliesTo?: string, onlyIf?: string];
const DOC = {
  kartu: ['kartu-peserta', 'Kartu peserta BPJS Ketenagakerjaan', 'BPJS Ketenagakerjaan membership card', false],
  ktpPeserta: ['ktp-peserta', 'KTP peserta', "Participant's identity card (KTP)"],
  akta: ['akta-kematian', 'Akta kematian / surat keterangan kematian', 'Death certificate or statement of death'],
  kk: ['kk', 'Kartu Keluarga (KK)', 'Family card (KK)'],
  ktpWaris: ['ktp-ahli-waris', 'KTP ahli waris penerima', "Receiving heir's identity card (KTP)"],
  suratWaris: ['surat-ahli-waris', 'Surat keterangan ahli waris (kepala desa/lurah, diketahui camat)', 'Statement of heirs (village head, acknowledged by the camat)'],
  tabungan: ['buku-tabungan', 'Buku tabungan penerima', "Recipient's bank passbook"],
  laporan: ['laporan-kecelakaan', 'Laporan kecelakaan kerja tahap I', 'Work-accident report, stage I'],
  kronologi: ['kronologi', 'Kronologi kejadian (ditandatangani atasan/saksi)', 'Chronology of the incident (signed by a superior or witness)'],
  polisi: ['laporan-polisi', 'Laporan polisi kecelakaan lalu lintas', 'Police report of the traffic accident', true, 'claim', 'traffic-accident'],
  dokter: ['surat-dokter', 'Surat keterangan dokter', 'Medical statement'],
  kwitansi: ['kuitansi', 'Kuitansi biaya', 'Receipts of the costs'],
  kwitansiOptional: ['kuitansi', 'Kuitansi biaya (perawatan di rumah)', 'Receipts of the costs (home care)', false],
  aktaLahir: ['akta-kelahiran-anak', 'Akta kelahiran anak', "Child's birth certificate", true, 'each-scholarship-child'],
  sekolah: ['surat-sekolah', 'Surat keterangan aktif sekolah/kuliah', 'Statement of enrolment from the school', true, 'each-scholarship-child'],
} satisfies Record<string, Req>;

const JKK_CASE: Req[] = [DOC.laporan, DOC.kronologi, DOC.polisi];
const CHECKLISTS: Record<string, Req[]> = {
  jkm: [DOC.akta, DOC.kk, DOC.ktpWaris, DOC.suratWaris, DOC.tabungan, DOC.kartu],
  'jkk-death': [...JKK_CASE, DOC.dokter, DOC.akta, DOC.kk, DOC.ktpWaris, DOC.suratWaris, DOC.tabungan, DOC.kartu],
  'jkk-disability-total': [...JKK_CASE, DOC.dokter, DOC.ktpPeserta, DOC.tabungan, DOC.kartu],
  'jkk-disability-partial': [...JKK_CASE, DOC.dokter, DOC.ktpPeserta, DOC.tabungan, DOC.kartu],
  'jkk-stmb': [...JKK_CASE, DOC.dokter, DOC.ktpPeserta, DOC.tabungan, DOC.kartu],
  'jkk-medical': [...JKK_CASE, DOC.dokter, DOC.kwitansiOptional],
  'jkk-transport': [...JKK_CASE, DOC.kwitansi, DOC.tabungan],
  beasiswa: [DOC.akta, DOC.kk, DOC.ktpWaris, DOC.aktaLahir, DOC.sekolah, DOC.tabungan],
};

const RELATIONS: [code: string, rank: number, isChild: boolean, labelId: string, labelEn: string][] = [
  ['pasangan', 1, false, 'Janda/duda (suami/istri)', 'Widow or widower'],
  ['anak', 2, true, 'Anak', 'Child'],
  ['orang-tua', 3, false, 'Orang tua', 'Parent'],
  ['cucu', 4, false, 'Cucu', 'Grandchild'],
  ['saudara-kandung', 5, false, 'Saudara kandung', 'Sibling'],
  ['mertua', 6, false, 'Mertua', 'Parent-in-law'],
  ['penerima-wasiat', 7, false, 'Pihak yang ditunjuk dalam wasiat', 'Person named in a will'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE claim_heir_relation (
      code text PRIMARY KEY,
      rank smallint NOT NULL CHECK (rank > 0),
      is_child boolean NOT NULL,
      label_id text NOT NULL,
      label_en text NOT NULL,
      legal_basis text NOT NULL,
      confidence text NOT NULL CHECK (confidence IN ('confirmed','unconfirmed'))
    );

    CREATE TABLE claim_document_requirement (
      claim_type text NOT NULL,
      code text NOT NULL,
      label_id text NOT NULL,
      label_en text NOT NULL,
      required boolean NOT NULL,
      applies_to text NOT NULL CHECK (applies_to IN ('claim','each-scholarship-child')),
      only_if text CHECK (only_if IN ('traffic-accident')),
      sort smallint NOT NULL,
      legal_basis text NOT NULL,
      confidence text NOT NULL CHECK (confidence IN ('confirmed','unconfirmed')),
      effective_from date NOT NULL,
      effective_to date,
      PRIMARY KEY (claim_type, code, effective_from)
    );

    CREATE TABLE claim_heir (
      tenant_code text NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      claim_id bigint NOT NULL,
      name text NOT NULL,
      relation text NOT NULL REFERENCES claim_heir_relation(code),
      nik text NOT NULL CHECK (nik ~ '^[0-9]{16}$'),
      birth_date date NOT NULL,
      sex text NOT NULL CHECK (sex IN ('L','P')),
      bank_name text,
      bank_account text CHECK (bank_account ~ '^[0-9]{6,20}$'),
      school_level text CHECK (school_level IN ('tk','sd','smp','sma','s1')),
      married boolean NOT NULL DEFAULT false,
      working boolean NOT NULL DEFAULT false,
      created_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, id),
      UNIQUE (tenant_code, claim_id, nik),
      FOREIGN KEY (tenant_code, claim_id) REFERENCES claim(tenant_code, id)
    );
    CREATE INDEX claim_heir_nik_idx ON claim_heir (tenant_code, nik);

    CREATE TABLE claim_document (
      tenant_code text NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      claim_id bigint NOT NULL,
      requirement_code text NOT NULL,
      heir_id bigint,
      filename text NOT NULL,
      content_type text NOT NULL CHECK (content_type IN ('application/pdf','image/jpeg','image/png')),
      size integer NOT NULL CHECK (size > 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      storage_key text NOT NULL,
      status text NOT NULL DEFAULT 'received' CHECK (status IN ('received','verified','rejected')),
      note text,
      uploaded_by text NOT NULL,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      decided_by text,
      decided_at timestamptz,
      PRIMARY KEY (tenant_code, id),
      UNIQUE (tenant_code, claim_id, sha256),
      UNIQUE (tenant_code, storage_key),
      FOREIGN KEY (tenant_code, claim_id) REFERENCES claim(tenant_code, id),
      FOREIGN KEY (tenant_code, heir_id) REFERENCES claim_heir(tenant_code, id)
    );
    CREATE INDEX claim_document_claim_idx ON claim_document (tenant_code, claim_id);
  `.execute(db);

  const relations = RELATIONS.map(([code, rank, isChild, labelId, labelEn]) =>
    sql`(${code}, ${rank}, ${isChild}, ${labelId}, ${labelEn}, ${'PP 44/2015 jo. PP 82/2019; urutan sebagaimana lazim dilaporkan'}, 'unconfirmed')`);
  await sql`INSERT INTO claim_heir_relation (code, rank, is_child, label_id, label_en, legal_basis, confidence) VALUES ${sql.join(relations)}`.execute(db);

  const requirements = Object.entries(CHECKLISTS).flatMap(([type, list]) => list.map(([code, labelId, labelEn, required = true, appliesTo = 'claim', onlyIf = null], sort) =>
    sql`(${type}, ${code}, ${labelId}, ${labelEn}, ${required}, ${appliesTo}, ${onlyIf}, ${sort + 1}, ${BASIS}, 'unconfirmed', ${FROM}::date)`));
  await sql`INSERT INTO claim_document_requirement (claim_type, code, label_id, label_en, required, applies_to, only_if, sort, legal_basis, confidence, effective_from)
    VALUES ${sql.join(requirements)}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE claim_document; DROP TABLE claim_heir; DROP TABLE claim_document_requirement; DROP TABLE claim_heir_relation;`.execute(db);
}
