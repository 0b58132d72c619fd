/**
 * Roles and what each may do. Permissions gate capabilities; *scope* (which tenant, OPD, village or
 * branch) is a separate, server-side filter applied in every query (see scope.ts).
 */
import type { Role } from '../db/schema';

export const ROLES = ['admin', 'dinas', 'opd', 'desa', 'bpjs', 'viewer', 'auditor'] as const satisfies readonly Role[];

/** Every permission, as a list so the API's schema (and the web's generated types) can name them. */
export const PERMISSION_NAMES = [
  'users:manage', 'tenants:manage', 'audit:read', 'regions:read', 'opds:write',
  'agreements:read', 'agreements:write', 'workers:read', 'workers:write', 'workers:approve',
  'imports:write', 'reports:read', 'calc:use', 'nik:full', 'system:backup',
  'enrolment:read', 'enrolment:write', 'enrolment:exchange', 'reference:write',
  'calendar:write', 'billing:read', 'billing:write', 'payments:read', 'payments:write',
  'claims:read', 'claims:write', 'claims:decide', 'claims:verify',
  'claims:documents', 'payments:reconcile',
] as const;
export type Permission = (typeof PERMISSION_NAMES)[number];

const common: Permission[] = ['regions:read', 'calc:use'];

export const PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [...common, 'users:manage', 'tenants:manage', 'opds:write', 'audit:read', 'agreements:read', 'workers:read', 'reports:read', 'system:backup', 'enrolment:read', 'calendar:write', 'billing:read', 'payments:read', 'claims:read', 'reference:write'],
  dinas: [...common, 'opds:write', 'agreements:read', 'agreements:write', 'workers:read', 'workers:write',
    'workers:approve', 'imports:write', 'reports:read', 'nik:full', 'enrolment:read', 'enrolment:write', 'enrolment:exchange',
    'billing:read', 'billing:write', 'payments:read', 'payments:write', 'payments:reconcile', 'claims:read', 'claims:write', 'claims:decide', 'claims:verify', 'claims:documents'],
  opd: [...common, 'workers:read', 'workers:write', 'imports:write', 'nik:full', 'enrolment:read', 'billing:read', 'claims:read', 'claims:write', 'claims:documents'],
  desa: [...common, 'workers:read', 'workers:write', 'imports:write', 'nik:full', 'enrolment:read', 'billing:read', 'claims:read', 'claims:write', 'claims:documents'],
  bpjs: [...common, 'agreements:read', 'workers:read', 'reports:read', 'nik:full', 'enrolment:read', 'enrolment:exchange', 'billing:read', 'payments:read', 'payments:reconcile', 'claims:read', 'claims:decide', 'claims:documents'],
  viewer: [...common, 'agreements:read', 'reports:read'],
  auditor: [...common, 'agreements:read', 'workers:read', 'reports:read', 'audit:read', 'enrolment:read', 'billing:read', 'payments:read', 'claims:read'],
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}
