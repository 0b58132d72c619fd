// The signed-in user (GET /auth/me) and the login/logout/password calls, as React Query hooks.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ResponseOf } from '../api/types';
import { ApiError, call, client } from './api';

/** The signed-in user as GET /auth/me answers it; role and permissions are the server's own enums. */
export type User = ResponseOf<'/api/v1/auth/me', 'get'>['user'];
export type Role = User['role'];
export type Permission = User['permissions'][number];

// A record over `Role` must name each role exactly once: a role the server adds or drops fails the type-check here.
const ROLE_ORDER: Record<Role, number> = { admin: 0, dinas: 1, opd: 2, desa: 3, bpjs: 4, viewer: 5, auditor: 6 };
/** Every role, in the order the account form offers them. */
export const ROLES = (Object.keys(ROLE_ORDER) as Role[]).sort((a, b) => ROLE_ORDER[a] - ROLE_ORDER[b]);

export const ME_KEY = ['auth', 'me'] as const;

async function fetchMe(): Promise<User | null> {
  try {
    return (await call(client.GET('/api/v1/auth/me'))).user;
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
    mutationFn: (credentials: { username: string; password: string }) => call(client.POST('/api/v1/auth/login', { body: credentials })),
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
    mutationFn: () => call(client.POST('/api/v1/auth/logout')),
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
    mutationFn: (body: { currentPassword: string; newPassword: string }) => call(client.POST('/api/v1/auth/password', { body })),
    onSuccess: () => {
      // Lift the forced-change flag now, so the guard lets the user through before the refetch lands.
      queryClient.setQueryData<User | null>(ME_KEY, (user) => user && { ...user, mustChangePassword: false });
      return queryClient.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
