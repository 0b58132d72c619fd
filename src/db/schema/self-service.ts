/** Self-service one-time codes (migration 0018): one row per NIK digest, installation-wide. */
import type { Generated } from 'kysely';

export interface SelfServiceCodeTable {
  nik_digest: string;
  code_digest: string;
  expires_at: Date;
  attempts: Generated<number>;
  used_at: Date | null;
  created_at: Generated<Date>;
}

export interface SelfServiceTables {
  self_service_code: SelfServiceCodeTable;
}
