// The signed-in user (GET /auth/me) and the login/logout/password calls, as React Query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './api';

export const ROLES = ['admin', 'dinas', 'opd', 'desa', 'bpjs', 'viewer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'users:manage'
  | 'tenants:manage'
  | 'audit:read'
  | 'regions:read'
  | 'opds:write'
  | 'agreements:read'
  | 'agreements:write'
  | 'workers:read'
  | 'workers:write'
  | 'workers:approve'
  | 'imports:write'
  | 'reports:read'
  | 'calc:use'
  | 'nik:full'
  | 'enrolment:read'
  | 'enrolment:write'
  | 'enrolment:exchange';

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  tenantCode: string | null;
  tenantName: string | null;
  scopeLabel: string;
  mustChangePassword: boolean;
  permissions: Permission[];
}

export const ME_KEY = ['auth', 'me'] as const;

async function fetchMe(): Promise<User | null> {
  try {
    return (await api.get<{ user: User }>('/auth/me')).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null; // not signed in is not an error
    throw error;
  }
}

/** `data` is the user, `null` when signed out, `undefined` while the first check runs. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });
}

export function hasPermission(user: User | null | undefined, permission: Permission | undefined): boolean {
  if (!permission) return true;
  return user?.permissions.includes(permission) ?? false;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [ME_KEY[0], 'login'],
    mutationFn: (credentials: { username: string; password: string }) =>
      api.post<{ user: User }>('/auth/login', credentials),
    onSuccess: ({ user }) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [ME_KEY[0], 'logout'],
    mutationFn: () => api.post('/auth/logout'),
    // Forget everything the previous user could see, even if the server call failed.
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [ME_KEY[0], 'password'],
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post('/auth/password', body),
    onSuccess: () => {
      // Lift the forced-change flag now, so the guard lets the user through before the refetch lands.
      queryClient.setQueryData<User | null>(ME_KEY, (user) => user && { ...user, mustChangePassword: false });
      return queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
