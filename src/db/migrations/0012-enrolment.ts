/**
 * Enrolment with BPJS Ketenagakerjaan (issue #11): a participation (kepesertaan) is a registry membership
 * × a PKS group × a period, with its status history; registration and non-active batches exchanged with
 * BPJS; BPJS's answer files with every row accounted for; the exchange layouts as versioned templates.
 *
 * - `participation` copies from the registry what the exchange and the scope need at enrolment time (NIK,
 *   worker group, OPD, village): BPJS identifies people by NIK, and "one active participation per person
 *   per programme, across regencies" is a lookup by NIK alone (index participation_nik_idx).
 * - Coverage dates are exact (billing counts participant-months from them): `starts_on` is the day asked,
 *   `coverage_from` the day BPJS gives, `coverage_to` the PKS end or the end date.
 * - `bpjs_template` is reference data (tenant-free): a new BPJS layout is a new row (name, version).
 *   The SIPP collective-upload columns are a public reproduction, not an official template (REGULATIONS
 *   §7): marked `confirmed = false`.
 */
import { sql, type Kysely } from 'kysely';

const SIPP_COLUMNS = [
  { header: 'NO_PEGAWAI', field: 'participation_id', format: 'text' },
  { header: 'NAMA_LENGKAP', field: 'name', format: 'text' },
  { header: 'TEMPAT_LAHIR', field: 'birth_place', format: 'text' },
  { header: 'TANGGAL_LAHIR', field: 'birth_date', format: 'dd-mm-yyyy' },
  { header: 'NAMA_IBU_KANDUNG', field: 'mother_name', format: 'text' },
  { header: 'JENIS_IDENTITAS', field: 'const', value: 'KTP', format: 'text' },
  { header: 'NO_IDENTITAS', field: 'nik', format: 'text' },
  { header: 'JENIS_KELAMIN', field: 'sex', format: 'text' },
  { header: 'STATUS_KAWIN', field: 'const', value: '', format: 'text' },
  { header: 'UPAH', field: 'wage', format: 'integer' },
  { header: 'ALAMAT', field: 'address', format: 'text' },
  { header: 'KODE_POS', field: 'const', value: '', format: 'text' },
  { header: 'LOKASI_PEKERJAAN', field: 'workplace', format: 'text' },
  { header: 'HP', field: 'phone', format: 'text' },
  { header: 'EMAIL', field: 'const', value: '', format: 'text' },
  { header: 'TANGGAL_KEPESERTAAN', field: 'starts_on', format: 'dd-mm-yyyy' },
];

const NON_ACTIVE_COLUMNS = [
  { header: 'NO_KPJ', field: 'kpj', format: 'text' },
  { header: 'NO_IDENTITAS', field: 'nik', format: 'text' },
  { header: 'NAMA_LENGKAP', field: 'name', format: 'text' },
  { header: 'TANGGAL_NONAKTIF', field: 'ended_on', format: 'dd-mm-yyyy' },
  { header: 'ALASAN', field: 'end_reason', format: 'text' },
];

/** The answer file: canonical fields and the header spellings accepted for each (matched like imports). */
const ANSWER_COLUMNS = [
  { field: 'nik', aliases: ['nik', 'no_identitas', 'nomor_identitas', 'no_ktp'], required: true },
  { field: 'kpj', aliases: ['kpj', 'no_kpj', 'nomor_kpj'], required: false },
  { field: 'coverage_from', aliases: ['tanggal_kepesertaan', 'tgl_kepesertaan', 'tanggal_efektif'], required: false },
  { field: 'status', aliases: ['status', 'status_kepesertaan'], required: true },
  { field: 'reason', aliases: ['alasan', 'keterangan', 'alasan_tolak'], required: false },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE bpjs_template (
      name text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      kind text NOT NULL CHECK (kind IN ('registration','non-active','answer')),
      title text NOT NULL,
      columns jsonb NOT NULL,
      confirmed boolean NOT NULL DEFAULT false,
      source_note text NOT NULL DEFAULT '',
      effective_from date NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (name, version)
    );

    CREATE TABLE enrolment_setting (
      tenant_code text NOT NULL REFERENCES tenant(code),
      waitlist_order text NOT NULL DEFAULT 'decile-then-registered'
        CHECK (waitlist_order IN ('decile-then-registered','registered')),
      registration_template text NOT NULL DEFAULT 'sipp-kolektif',
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code)
    );

    CREATE TABLE enrolment_batch (
      tenant_code text NOT NULL REFERENCES tenant(code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      kind text NOT NULL CHECK (kind IN ('registration','non-active')),
      agreement_id bigint,
      template_name text NOT NULL,
      template_version integer NOT NULL,
      participants integer NOT NULL DEFAULT 0,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','answered')),
      created_by bigint,
      created_by_username text,
      created_at timestamptz NOT NULL DEFAULT now(),
      answered_at timestamptz,
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, agreement_id) REFERENCES agreement(tenant_code, id),
      FOREIGN KEY (template_name, template_version) REFERENCES bpjs_template(name, version),
      CHECK (kind = 'non-active' OR agreement_id IS NOT NULL)
    );

    CREATE TABLE participation (
      tenant_code text NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      person_id bigint NOT NULL,
      membership_id bigint NOT NULL,
      nik text NOT NULL CHECK (nik ~ '^[0-9]{16}$'),
      worker_group text NOT NULL CHECK (worker_group IN ('non-asn','rentan')),
      opd_id bigint,
      village_code text,
      agreement_id bigint NOT NULL,
      group_id bigint NOT NULL,
      programmes text[] NOT NULL CHECK (programmes <@ ARRAY['JKK','JKM','JHT']::text[]),
      status text NOT NULL DEFAULT 'calon' CHECK (status IN ('calon','diajukan','aktif','berakhir','ditolak')),
      starts_on date NOT NULL,
      coverage_from date,
      coverage_to date NOT NULL,
      kpj text CHECK (kpj ~ '^[0-9]{11}$'),
      batch_id bigint,
      non_active_batch_id bigint,
      replaces_id bigint,
      end_reason text CHECK (end_reason IN ('meninggal','berhenti','pindah','tidak-memenuhi-syarat','akhir-pks')),
      ended_on date,
      refusal_reason text,
      example boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, person_id) REFERENCES person(tenant_code, id),
      FOREIGN KEY (tenant_code, membership_id) REFERENCES membership(tenant_code, id),
      FOREIGN KEY (tenant_code, opd_id) REFERENCES opd(tenant_code, id),
      FOREIGN KEY (tenant_code, agreement_id) REFERENCES agreement(tenant_code, id),
      FOREIGN KEY (tenant_code, group_id) REFERENCES agreement_group(tenant_code, id),
      FOREIGN KEY (tenant_code, batch_id) REFERENCES enrolment_batch(tenant_code, id),
      FOREIGN KEY (tenant_code, non_active_batch_id) REFERENCES enrolment_batch(tenant_code, id),
      FOREIGN KEY (tenant_code, replaces_id) REFERENCES participation(tenant_code, id),
      CHECK (coverage_to >= starts_on OR status IN ('berakhir','ditolak')),
      CHECK (status <> 'aktif' OR (kpj IS NOT NULL AND coverage_from IS NOT NULL)),
      CHECK (status <> 'berakhir' OR (end_reason IS NOT NULL AND ended_on IS NOT NULL)),
      CHECK (status <> 'ditolak' OR refusal_reason IS NOT NULL),
      CHECK (status <> 'diajukan' OR batch_id IS NOT NULL)
    );
    CREATE INDEX participation_group_idx ON participation (tenant_code, group_id, status);
    CREATE INDEX participation_person_idx ON participation (tenant_code, person_id);
    CREATE INDEX participation_batch_idx ON participation (tenant_code, batch_id);
    -- cross-regency rule (one active participation per NIK per programme): a lookup by NIK alone
    CREATE INDEX participation_nik_idx ON participation (nik);
    -- a KPJ belongs to one person within a regency
    CREATE INDEX participation_kpj_idx ON participation (tenant_code, kpj) WHERE kpj IS NOT NULL;

    CREATE TABLE participation_history (
      tenant_code text NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      participation_id bigint NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id bigint,
      actor_username text,
      action text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      batch_id bigint,
      changes jsonb NOT NULL DEFAULT '{}',
      PRIMARY KEY (tenant_code, id),
      FOREIGN KEY (tenant_code, participation_id) REFERENCES participation(tenant_code, id)
    );
    CREATE INDEX participation_history_idx ON participation_history (tenant_code, participation_id, id);

    CREATE TABLE enrolment_answer (
      tenant_code text NOT NULL REFERENCES tenant(code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      file_name text NOT NULL,
      file_sha256 text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
      format text NOT NULL CHECK (format IN ('csv','xlsx')),
      template_name text NOT NULL,
      template_version integer NOT NULL,
      rows integer NOT NULL,
      activated integer NOT NULL,
      refused integer NOT NULL,
      unmatched integer NOT NULL,
      invalid integer NOT NULL,
      duplicates integer NOT NULL,
      unchanged integer NOT NULL DEFAULT 0,
      created_by bigint,
      created_by_username text,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, id),
      UNIQUE (tenant_code, file_sha256),
      FOREIGN KEY (template_name, template_version) REFERENCES bpjs_template(name, version)
    );

    CREATE TABLE enrolment_answer_row (
      tenant_code text NOT NULL,
      answer_id bigint NOT NULL,
      row_no integer NOT NULL,
      nik text,
      kpj text,
      coverage_from text,
      answer_status text,
      answer_reason text,
      outcome text NOT NULL CHECK (outcome IN ('activated','refused','unmatched','invalid','duplicate','unchanged')),
      outcome_reason text,
      participation_id bigint,
      raw jsonb NOT NULL,
      PRIMARY KEY (tenant_code, answer_id, row_no),
      FOREIGN KEY (tenant_code, answer_id) REFERENCES enrolment_answer(tenant_code, id),
      FOREIGN KEY (tenant_code, participation_id) REFERENCES participation(tenant_code, id)
    );
  `.execute(db);
  await sql`
    INSERT INTO bpjs_template (name, version, kind, title, columns, confirmed, source_note, effective_from) VALUES
      ('sipp-kolektif', 1, 'registration', 'Unggah kolektif SIPP (pendaftaran tenaga kerja)', ${JSON.stringify(SIPP_COLUMNS)}::jsonb, false,
       'Belum dikonfirmasi: kolom dari reproduksi publik unggahan pemberi kerja SIPP (REGULATIONS §7), bukan templat resmi BPJS.', '2021-01-01'),
      ('sipp-non-aktif', 1, 'non-active', 'Laporan peserta non-aktif', ${JSON.stringify(NON_ACTIVE_COLUMNS)}::jsonb, false,
       'Belum dikonfirmasi: tata letak ilustrasi; BPJS belum menerbitkan templat resmi.', '2021-01-01'),
      ('jawaban-bpjs', 1, 'answer', 'Jawaban BPJS atas pendaftaran (KPJ atau penolakan)', ${JSON.stringify(ANSWER_COLUMNS)}::jsonb, false,
       'Belum dikonfirmasi: kolom jawaban disepakati dengan kantor cabang; judul kolom dicocokkan seperti impor.', '2021-01-01')
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE enrolment_answer_row, enrolment_answer, participation_history, participation, enrolment_batch, enrolment_setting, bpjs_template`.execute(db);
}
