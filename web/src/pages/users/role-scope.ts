// Which scope fields a new user of each role needs, named by the account body's own keys (generated from
// the server's schema), so the form can only ask for — and send — a field the server reads. The server
// validates; this only decides what to ask.
import type { Role } from '../../lib/auth';
import type { NewUser } from './users.api';

type ScopeKey = Extract<keyof NewUser, 'tenantCode' | 'opdId' | 'villageCode' | 'branchCode' | 'regionScope'>;
export type ScopeFields = Record<ScopeKey, boolean>;

const NONE: ScopeFields = { tenantCode: false, opdId: false, villageCode: false, branchCode: false, regionScope: false };

export const ROLE_SCOPE: Record<Role, ScopeFields> = {
  admin: NONE,
  dinas: { ...NONE, tenantCode: true },
  opd: { ...NONE, tenantCode: true, opdId: true },
  desa: { ...NONE, tenantCode: true, villageCode: true },
  bpjs: { ...NONE, branchCode: true },
  // Viewers and auditors are scoped by a region (a province or a regency; empty = national), not a tenant:
  // the server reads `regionScope` for them (auth/scope.service.ts). Sending the code as `tenantCode`, as
  // this form once did, left `regionScope` empty — a national view for a user meant to see one regency.
  viewer: { ...NONE, regionScope: true },
  auditor: { ...NONE, regionScope: true },
};

/** Regency codes look like "53.16" (Kemendagri province.regency). */
export const TENANT_CODE = /^\d{2}\.\d{2}$/;
