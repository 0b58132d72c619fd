/**
 * Bills (tagihan iuran, issue #12) and the working-day calendar.
 *
 * - `holiday` is reference data (tenant-free): national holidays and cuti bersama by date; a fixed-date
 *   holiday (1 Jan, 1 May, 1 Jun, 17 Aug, 25 Dec) is one `recurring` row valid from its date's year on.
 *   Movable ones (Idul Fitri, Waisak, …) are set each year by an SKB of three ministers and must be entered
 *   by an admin; the 2025 and 2026 rows below are such entries, marked `example` with their source.
 * - `bill`: one regular bill per PKS group and month (UNIQUE (tenant_code, group_id, month, kind): the run is
 *   idempotent by ON CONFLICT DO NOTHING), or a correction bill when a PKS has no later month to carry a
 *   correction. An issued bill is never edited; a retroactive change becomes `bill_line` rows of kind
 *   `susulan` / `pengurangan` with a reason on a later bill.
 * - `bill_line`: one participant-month with everything that explains its amount (base and its source,
 *   scheme, risk class, funding, per-programme amounts, rule ids) and copies of worker group, OPD and
 *   village for scope filters (opd/desa users see only their own participants' lines).
 * - Settings: per tenant (whole-month billing — BPJS practice, unconfirmed; PU grace months for coverage)
 *   and per PKS (late fee on/off, default off: PP 44/2015 sets the 2% fee for employers other than
 *   penyelenggara negara).
 * Citus-ready: tenant_code leads every tenant table's key, unique constraint and foreign key; no triggers.
 * `bill_line.participation_id` has no row-level foreign key (see the table): written only set-based from
 * enrolment's participations, which are never deleted.
 */
import { sql, type Kysely } from 'kysely';

type Holiday = readonly [date: string, nameId: string, nameEn: string, kind: 'national' | 'cuti-bersama', recurring: boolean, source: string];

const FIXED: readonly Holiday[] = [
  ['1953-01-01', 'Tahun Baru Masehi', "New Year's Day", 'national', true, 'Keppres 251/1967 jo. Keppres 3/1983'],
  ['2014-05-01', 'Hari Buruh Internasional', 'International Labour Day', 'national', true, 'Keppres 24/2013'],
  ['2017-06-01', 'Hari Lahir Pancasila', 'Pancasila Day', 'national', true, 'Keppres 24/2016'],
  ['1953-08-17', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day', 'national', true, 'Keppres 251/1967 jo. Keppres 3/1983'],
  ['1953-12-25', 'Hari Raya Natal', 'Christmas Day', 'national', true, 'Keppres 251/1967 jo. Keppres 3/1983'],
];

const SKB_2025 = 'SKB Menag, Menaker, MenPANRB 1017/2024, 2/2024, 2/2024';
const SKB_2026 = 'SKB Menag, Menaker, MenPANRB 1497/2025, 2/2025, 5/2025 (two secondary sources agree)';
const n = (date: string, nameId: string, nameEn: string, source: string): Holiday => [date, nameId, nameEn, 'national', false, source];
const c = (date: string, nameId: string, nameEn: string, source: string): Holiday => [date, nameId, nameEn, 'cuti-bersama', false, source];

// REGULATIONS.md §8. Cuti bersama marked [U] there carry "(unconfirmed)" in their source.
const MOVABLE: readonly Holiday[] = [
  n('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', "Isra' Mi'raj", SKB_2025),
  n('2025-01-29', 'Tahun Baru Imlek', 'Chinese New Year', SKB_2025),
  n('2025-03-29', 'Hari Suci Nyepi', 'Nyepi (Balinese New Year)', SKB_2025),
  n('2025-03-31', 'Idul Fitri', 'Eid al-Fitr', SKB_2025),
  n('2025-04-01', 'Idul Fitri', 'Eid al-Fitr', SKB_2025),
  n('2025-04-18', 'Wafat Yesus Kristus', 'Good Friday', SKB_2025),
  n('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', SKB_2025),
  n('2025-05-12', 'Hari Raya Waisak', 'Vesak Day', SKB_2025),
  n('2025-05-29', 'Kenaikan Yesus Kristus', 'Ascension Day', SKB_2025),
  n('2025-06-06', 'Idul Adha', 'Eid al-Adha', SKB_2025),
  n('2025-06-27', 'Tahun Baru Islam', 'Islamic New Year', SKB_2025),
  n('2025-09-05', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday", SKB_2025),
  c('2025-01-28', 'Cuti bersama Tahun Baru Imlek', 'Collective leave (Chinese New Year)', SKB_2025),
  c('2025-03-28', 'Cuti bersama Hari Suci Nyepi', 'Collective leave (Nyepi)', SKB_2025),
  c('2025-04-02', 'Cuti bersama Idul Fitri', 'Collective leave (Eid al-Fitr)', SKB_2025),
  c('2025-04-03', 'Cuti bersama Idul Fitri', 'Collective leave (Eid al-Fitr)', SKB_2025),
  c('2025-04-04', 'Cuti bersama Idul Fitri', 'Collective leave (Eid al-Fitr)', SKB_2025),
  c('2025-04-07', 'Cuti bersama Idul Fitri', 'Collective leave (Eid al-Fitr)', SKB_2025),
  c('2025-05-13', 'Cuti bersama Hari Raya Waisak', 'Collective leave (Vesak)', SKB_2025),
  c('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave (Ascension Day)', `${SKB_2025} (unconfirmed)`),
  c('2025-06-09', 'Cuti bersama Idul Adha', 'Collective leave (Eid al-Adha)', `${SKB_2025} (unconfirmed)`),
  c('2025-12-26', 'Cuti bersama Hari Raya Natal', 'Collective leave (Christmas)', `${SKB_2025} (unconfirmed)`),
  n('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', "Isra' Mi'raj", SKB_2026),
  n('2026-02-17', 'Tahun Baru Imlek', 'Chinese New Year', SKB_2026),
  n('2026-03-19', 'Hari Suci Nyepi', 'Nyepi (Balinese New Year)', SKB_2026),
  n('2026-03-21', 'Idul Fitri', 'Eid al-Fitr', SKB_2026),
  n('2026-03-22', 'Idul Fitri', 'Eid al-Fitr', SKB_2026),
  n('2026-04-03', 'Wafat Yesus Kristus', 'Good Friday', SKB_2026),
  n('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday', SKB_2026),
  n('2026-05-14', 'Kenaikan Yesus Kristus', 'Ascension Day', SKB_2026),
  n('2026-05-27', 'Idul Adha', 'Eid al-Adha', SKB_2026),
  n('2026-05-31', 'Hari Raya Waisak', 'Vesak Day', SKB_2026),
  n('2026-06-16', 'Tahun Baru Islam', 'Islamic New Year', SKB_2026),
  n('2026-08-25', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday", SKB_2026),
  c('2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'Collective leave (Chinese New Year)', SKB_2026),
  c('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'Collective leave (Nyepi)', SKB_2026),
  c('2026-03-20', 'Cuti bersama Idul Fitri', 'Collective leave (Eid al-Fitr)', SKB_2026),
  c('2026-03-23', 'Cuti bersama Idul Fitri', 'Collective leave (Eid al-Fitr)', SKB_2026),
  c('2026-03-24', 'Cuti bersama Idul Fitri', 'Collective leave (Eid al-Fitr)', SKB_2026),
  c('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave (Ascension Day)', SKB_2026),
  c('2026-05-28', 'Cuti bersama Idul Adha', 'Collective leave (Eid al-Adha)', SKB_2026),
  c('2026-12-24', 'Cuti bersama Hari Raya Natal', 'Collective leave (Christmas)', SKB_2026),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE holiday (
      date date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('national','cuti-bersama')),
      name_id text NOT NULL CHECK (btrim(name_id) <> ''),
      name_en text NOT NULL CHECK (btrim(name_en) <> ''),
      -- a fixed-date holiday: the same month and day every year from this date's year on
      recurring boolean NOT NULL DEFAULT false,
      source text NOT NULL CHECK (btrim(source) <> ''),
      entered_by text NOT NULL DEFAULT 'seed',
      example boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (date, kind)
    );

    CREATE TABLE billing_setting (
      tenant_code text NOT NULL REFERENCES tenant(code),
      -- a participant active on >= 1 day of a month is billed the whole month (BPJS practice, unconfirmed)
      whole_month boolean NOT NULL DEFAULT true,
      -- months after the due month a PU participant stays covered while unpaid (unconfirmed)
      pu_grace_months integer NOT NULL DEFAULT 1 CHECK (pu_grace_months BETWEEN 0 AND 12),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code)
    );

    CREATE TABLE billing_agreement_setting (
      tenant_code text NOT NULL,
      agreement_id bigint NOT NULL,
      -- PP 44/2015's 2% late fee is set for employers other than penyelenggara negara: off unless switched on
      late_fee boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, agreement_id),
      FOREIGN KEY (tenant_code, agreement_id) REFERENCES agreement(tenant_code, id)
    );

    CREATE TABLE bill (
      tenant_code text NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      number text NOT NULL,
      agreement_id bigint NOT NULL,
      group_id bigint NOT NULL,
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      kind text NOT NULL CHECK (kind IN ('regular','correction')),
      scheme text NOT NULL CHECK (scheme IN ('pu','bpu')),
      due_on date NOT NULL,
      due_rule_ids text[] NOT NULL DEFAULT '{}',
      participants integer NOT NULL DEFAULT 0,
      jkk bigint NOT NULL DEFAULT 0,
      jkm bigint NOT NULL DEFAULT 0,
      jht bigint NOT NULL DEFAULT 0,
      amount bigint NOT NULL DEFAULT 0,
      issued_at timestamptz NOT NULL DEFAULT now(),
      issued_by text,
      example boolean NOT NULL DEFAULT false,
      PRIMARY KEY (tenant_code, id),
      UNIQUE (tenant_code, number),
      UNIQUE (tenant_code, group_id, month, kind),
      FOREIGN KEY (tenant_code, agreement_id) REFERENCES agreement(tenant_code, id),
      FOREIGN KEY (tenant_code, group_id) REFERENCES agreement_group(tenant_code, id)
    );
    CREATE INDEX bill_agreement_idx ON bill (tenant_code, agreement_id, due_on);

    CREATE TABLE bill_line (
      tenant_code text NOT NULL,
      bill_id bigint NOT NULL,
      participation_id bigint NOT NULL,
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      kind text NOT NULL CHECK (kind IN ('regular','susulan','pengurangan')),
      group_id bigint NOT NULL,
      base bigint NOT NULL,
      base_source text NOT NULL,
      scheme text NOT NULL CHECK (scheme IN ('pu','bpu')),
      risk_class text,
      funding text NOT NULL,
      jkk bigint NOT NULL,
      jkm bigint NOT NULL,
      jht bigint NOT NULL DEFAULT 0,
      amount bigint NOT NULL,
      rule_ids text[] NOT NULL,
      -- why a correction line exists: a code (participation-ended, participation-added, …) and its date
      reason text,
      reason_on date,
      worker_group text NOT NULL,
      opd_id bigint,
      village_code text,
      PRIMARY KEY (tenant_code, bill_id, participation_id, month, kind),
      FOREIGN KEY (tenant_code, bill_id) REFERENCES bill(tenant_code, id),
      -- no row-level foreign key to participation: a million-line run would lock (KEY SHARE) and dirty every
      -- participation row it bills. Lines are only ever written by INSERT … SELECT from enrolment's own
      -- participations, which are never deleted (ARCHITECTURE.md: bulk tables check references per statement).
      CHECK (amount = jkk + jkm + jht),
      CHECK ((kind = 'pengurangan') = (amount < 0) OR amount = 0),
      CHECK (kind = 'regular' OR reason IS NOT NULL)
    );
    -- "what was billed for this participation": billedMonth and the corrections' net per month
    CREATE INDEX bill_line_participation_idx ON bill_line (tenant_code, participation_id, month);
  `.execute(db);
  const rows = [...FIXED, ...MOVABLE];
  await sql`
    INSERT INTO holiday (date, kind, name_id, name_en, recurring, source, entered_by, example)
    SELECT d::date, k, ni, ne, r, s, CASE WHEN r THEN 'seed' ELSE 'admin' END, NOT r
    FROM unnest(${rows.map((h) => h[0])}::text[], ${rows.map((h) => h[3])}::text[], ${rows.map((h) => h[1])}::text[],
                ${rows.map((h) => h[2])}::text[], ${rows.map((h) => h[4])}::boolean[], ${rows.map((h) => h[5])}::text[]) AS t(d, k, ni, ne, r, s)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE bill_line, bill, billing_agreement_setting, billing_setting, holiday`.execute(db);
}
