// Users administration calls (permission users:manage).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Role } from '../../lib/auth';

export interface ManagedUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  tenantCode: string | null;
  opdId: number | null;
  villageCode: string | null;
  branchCode: string | null;
  disabled: boolean;
  lockedUntil: string | null;
  /** The scope by name, widest first: regency, OPD, village, BPJS branch, region (empty: the whole installation). */
  scope: string[];
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  tenantCode?: string;
  opdId?: number;
  villageCode?: string;
  branchCode?: string;
}

export interface Opd {
  id: number;
  name: string;
  kind: string;
}

const USERS_KEY = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: async () => (await api.get<{ items: ManagedUser[] }>('/users')).items,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => api.post<{ user: ManagedUser }>('/users', user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: number; newPassword: string }) =>
      api.post(`/users/${id}/reset-password`, { newPassword }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

/** The OPDs of one regency, for scoping an `opd` user; idle until a tenant code is entered. */
export function useTenantOpds(tenantCode: string) {
  return useQuery({
    queryKey: ['tenants', tenantCode, 'opds'],
    queryFn: async () => (await api.get<{ items: Opd[] }>(`/tenants/${encodeURIComponent(tenantCode)}/opds`)).items,
    enabled: tenantCode.length > 0,
  });
}
