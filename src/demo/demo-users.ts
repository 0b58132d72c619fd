/** One demo account per role (printed by `lindung demo seed`; for trying the system, never production). */
import type { Role } from '../db/schema';

export interface DemoUser {
  role: Role;
  username: string;
  password: string;
  displayName: string;
  opdName?: string;
  villageCode?: string;
  regionScope?: string;
}

export const DEMO_USERS: DemoUser[] = [
  { role: 'admin', username: 'admin', password: 'Lindung#2025-pasang', displayName: 'Administrator Sistem' },
  { role: 'dinas', username: 'dinas.nagekeo', password: 'Lindung#2025-dinas', displayName: 'Petugas Disnakertrans Nagekeo' },
  // a second Dinas officer, so the maker-checker approval of imports can be tried with demo accounts
  { role: 'dinas', username: 'kabid.nagekeo', password: 'Lindung#2025-kabid', displayName: 'Kabid Perlindungan Tenaga Kerja Nagekeo' },
  { role: 'opd', username: 'opd.pendidikan', password: 'Lindung#2025-opd', displayName: 'Operator Dinas Pendidikan', opdName: 'Dinas Pendidikan, Kepemudaan dan Olahraga' },
  { role: 'desa', username: 'desa.labolewa', password: 'Lindung#2025-desa', displayName: 'Operator Desa Labolewa', villageCode: '53.16.01.2002' },
  { role: 'bpjs', username: 'bpjs.ende', password: 'Lindung#2025-bpjs', displayName: 'Account Representative Cabang Ende' },
  { role: 'viewer', username: 'viewer.ntt', password: 'Lindung#2025-lihat', displayName: 'Pemantau Provinsi NTT', regionScope: '53' },
  // a regency's and the nation's viewers (e.g. Bappeda Nagekeo, Kemnaker): the same role, other region scopes
  { role: 'viewer', username: 'viewer.nagekeo', password: 'Lindung#2025-pantau', displayName: 'Pemantau Bappelitbangda Nagekeo', regionScope: '53.16' },
  { role: 'viewer', username: 'viewer.nasional', password: 'Lindung#2025-nasional', displayName: 'Pemantau Nasional Kemnaker' },
  { role: 'auditor', username: 'auditor.nagekeo', password: 'Lindung#2025-audit', displayName: 'Auditor Inspektorat Nagekeo', regionScope: '53.16' },
];
