// Which regency a page shows: the user's own (dinas, OPD and village operators); for wider roles (BPJS
// branch, viewers, auditors, admins) the one chosen in the URL (?pemda=53.16), else the first they may see.
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useCurrentUser } from '../app/current-user';
import { call, client } from './api';

export function useTenantChoice() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const tenants = useQuery({
    queryKey: ['tenants'],
    queryFn: async () => (await call(client.GET('/api/v1/tenants'))).items,
    enabled: !user.tenantCode,
  });
  const tenant = user.tenantCode ?? params.get('pemda') ?? tenants.data?.[0]?.code ?? null;
  const choose = (code: string) => setParams({ pemda: code }, { replace: true });
  return { tenant, tenants: user.tenantCode ? null : (tenants.data ?? []), choose };
}
