/** Foundation: reference regions and branches, tenants, OPDs, accounts, sessions, audit log. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE region (
      code text PRIMARY KEY,
      name text NOT NULL,
      level text NOT NULL CHECK (level IN ('province','regency','district','village')),
      parent_code text REFERENCES region(code)
    );
    CREATE INDEX region_parent_idx ON region (parent_code, code);

    CREATE TABLE bpjs_branch (
      code text PRIMARY KEY,
      name text NOT NULL,
      province_code text NOT NULL REFERENCES region(code)
    );
    -- the regencies a branch serves (Cabang Ende: Ende and Nagekeo)
    CREATE TABLE bpjs_branch_area (
      branch_code text NOT NULL REFERENCES bpjs_branch(code),
      regency_code text NOT NULL REFERENCES region(code),
      PRIMARY KEY (branch_code, regency_code)
    );

    CREATE TABLE tenant (
      code text PRIMARY KEY REFERENCES region(code),
      name text NOT NULL,
      province_code text NOT NULL REFERENCES region(code),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE opd (
      tenant_code text NOT NULL REFERENCES tenant(code),
      id bigint GENERATED ALWAYS AS IDENTITY,
      name text NOT NULL,
      kind text NOT NULL DEFAULT 'dinas',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_code, id),
      UNIQUE (tenant_code, name)
    );

    CREATE TABLE app_user (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      username text NOT NULL,
      display_name text NOT NULL,
      password_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin','dinas','opd','desa','bpjs','viewer','auditor')),
      tenant_code text REFERENCES tenant(code),
      opd_id bigint,
      village_code text REFERENCES region(code),
      branch_code text REFERENCES bpjs_branch(code),
      region_scope text REFERENCES region(code),
      must_change_password boolean NOT NULL DEFAULT false,
      failed_logins integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      password_changed_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (tenant_code, opd_id) REFERENCES opd(tenant_code, id),
      -- each role carries exactly the scope it needs
      CHECK (role NOT IN ('dinas','opd','desa') OR tenant_code IS NOT NULL),
      CHECK (role <> 'opd' OR opd_id IS NOT NULL),
      CHECK (role <> 'desa' OR village_code IS NOT NULL),
      CHECK (role <> 'bpjs' OR branch_code IS NOT NULL)
    );
    CREATE UNIQUE INDEX app_user_username_idx ON app_user (lower(username));

    CREATE TABLE session (
      token_hash text PRIMARY KEY,
      user_id bigint NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      ip text,
      user_agent text
    );
    CREATE INDEX session_user_idx ON session (user_id);

    CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id bigint,
      actor_username text,
      action text NOT NULL,
      entity text NOT NULL,
      entity_id text,
      tenant_code text,
      ip text,
      details jsonb NOT NULL DEFAULT '{}'
    );
    CREATE INDEX audit_log_tenant_idx ON audit_log (tenant_code, id DESC);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE audit_log, session, app_user, opd, tenant, bpjs_branch_area, bpjs_branch, region`.execute(db);
}
