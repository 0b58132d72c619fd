// Calls of the installation pages (permission tenants:manage): regencies, BPJS branches, onboarding.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BodyOf, ResponseOf } from '../../api/types';
import { call, client } from '../../lib/api';

export type Tenant = ResponseOf<'/api/v1/tenants', 'get'>['items'][number];
export type Branch = ResponseOf<'/api/v1/branches', 'get'>['items'][number];
export type OnboardingRow = ResponseOf<'/api/v1/tenants/onboarding', 'post'>['rows'][number];
export type OnboardingBody = BodyOf<'/api/v1/tenants/onboarding', 'post'>;

const TENANTS = ['tenants'] as const;
const BRANCHES = ['branches'] as const;

export const useTenants = () => useQuery({ queryKey: TENANTS, queryFn: async () => (await call(client.GET('/api/v1/tenants'))).items });
export const useBranches = () => useQuery({ queryKey: BRANCHES, queryFn: async () => (await call(client.GET('/api/v1/branches'))).items });

/** Onboarding changes regencies, users and branch areas: everything those lists show is refetched. */
export function useOnboard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: OnboardingBody) => (await call(client.POST('/api/v1/tenants/onboarding', { body }))).rows,
    onSuccess: () => Promise.all([TENANTS, BRANCHES, ['users']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export function useRenameTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, name }: { code: string; name: string }) => call(client.PATCH('/api/v1/tenants/{code}', { params: { path: { code } }, body: { name } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TENANTS }),
  });
}

export function useCreateBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/branches', 'post'>) => call(client.POST('/api/v1/branches', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BRANCHES }),
  });
}

export function useAssignBranch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, regencies }: { code: string; regencies: string[] }) =>
      call(client.POST('/api/v1/branches/{code}/regencies', { params: { path: { code } }, body: { regencies } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BRANCHES }),
  });
}
