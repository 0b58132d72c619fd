// The role menu: one entry per page, shown when the user holds its permission. Routes use the same
// paths, so the menu and the router cannot drift apart.
import type { Permission } from '../lib/auth';

export type NavKey =
  | 'dashboard'
  | 'agreements'
  | 'workers'
  | 'enrolment'
  | 'billing'
  | 'claims'
  | 'imports'
  | 'reports'
  | 'simulation'
  | 'regions'
  | 'tenants'
  | 'users'
  | 'audit'
  | 'password';

export interface NavItem {
  key: NavKey;
  path: string;
  /** Absent: every signed-in user sees it. */
  permission?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', path: '/' },
  { key: 'agreements', path: '/perjanjian', permission: 'agreements:read' },
  { key: 'workers', path: '/pekerja', permission: 'workers:read' },
  { key: 'enrolment', path: '/kepesertaan', permission: 'enrolment:read' },
  { key: 'billing', path: '/tagihan', permission: 'billing:read' },
  { key: 'claims', path: '/klaim', permission: 'claims:read' },
  { key: 'imports', path: '/impor', permission: 'imports:write' },
  { key: 'reports', path: '/laporan', permission: 'reports:read' },
  { key: 'simulation', path: '/simulasi', permission: 'calc:use' },
  { key: 'regions', path: '/wilayah', permission: 'regions:read' },
  { key: 'tenants', path: '/kabupaten', permission: 'tenants:manage' },
  { key: 'users', path: '/pengguna', permission: 'users:manage' },
  { key: 'audit', path: '/audit', permission: 'audit:read' },
  { key: 'password', path: '/kata-sandi' },
];

export function navItem(key: NavKey): NavItem {
  const item = NAV_ITEMS.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`unknown nav key ${key}`);
  return item;
}

export function pathOf(key: NavKey): string {
  return navItem(key).path;
}
