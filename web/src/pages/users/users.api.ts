// Users administration calls (permission users:manage).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BodyOf, ResponseOf } from '../../api/types';
import { call, client } from '../../lib/api';

export type ManagedUser = ResponseOf<'/api/v1/users', 'get'>['items'][number];
export type NewUser = BodyOf<'/api/v1/users', 'post'>;
export type Opd = ResponseOf<'/api/v1/tenants/{code}/opds', 'get'>['items'][number];

const USERS_KEY = ['users'] as const;

export function useUsers() {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: async () => (await call(client.GET('/api/v1/users'))).items,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => call(client.POST('/api/v1/users', { body: user })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: number; newPassword: string }) =>
      call(client.POST('/api/v1/users/{id}/reset-password', { params: { path: { id } }, body: { newPassword } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

/** The OPDs of one regency, for scoping an `opd` user; idle until a tenant code is entered. */
export function useTenantOpds(tenantCode: string) {
  return useQuery({
    queryKey: ['tenants', tenantCode, 'opds'],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/opds', { params: { path: { code: tenantCode } } }))).items,
    enabled: tenantCode.length > 0,
  });
}
