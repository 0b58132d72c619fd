// The regency dashboard on the Beranda of a regency's dinas, auditor or viewer (their scope is one
// regency); other roles keep the welcome card and reach reports through /laporan.
import { useQuery } from '@tanstack/react-query';
import { useCurrentUser } from '../../app/current-user';
import { call, client } from '../../lib/api';
import { hasPermission } from '../../lib/auth';
import { RegencyDashboard } from './regency-dashboard';

const BERANDA_ROLES = new Set(['dinas', 'auditor', 'viewer']);

export function BerandaDashboard() {
  const user = useCurrentUser();
  const enabled = BERANDA_ROLES.has(user.role) && hasPermission(user, 'reports:read');
  const home = useQuery({ queryKey: ['reports', 'home'], queryFn: () => call(client.GET('/api/v1/reports/home')), enabled });
  if (!enabled || !home.data || home.data.level !== 'regency' || !home.data.region) return null;
  return <RegencyDashboard code={home.data.region} year={home.data.year} />;
}
