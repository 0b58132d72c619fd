// Which scope fields a new user of each role needs. The server validates; this only decides what to ask.
import type { Role } from '../../lib/auth';

export interface ScopeFields {
  tenant: boolean;
  opd: boolean;
  village: boolean;
  branch: boolean;
}

const NONE: ScopeFields = { tenant: false, opd: false, village: false, branch: false };

export const ROLE_SCOPE: Record<Role, ScopeFields> = {
  admin: NONE,
  dinas: { ...NONE, tenant: true },
  opd: { ...NONE, tenant: true, opd: true },
  desa: { ...NONE, tenant: true, village: true },
  bpjs: { ...NONE, branch: true },
  viewer: { ...NONE, tenant: true }, // regency-wide read-only; empty means all regencies
  auditor: { ...NONE, tenant: true },
};

/** Regency codes look like "53.16" (Kemendagri province.regency). */
export const TENANT_CODE = /^\d{2}\.\d{2}$/;
