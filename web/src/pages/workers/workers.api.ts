// Registry calls as React Query hooks. Keys start with ['workers', tenant]; the import page invalidates
// the same prefix after an approval, so a new batch shows up here at once.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, client } from '../../lib/api';
import type { ReviewStatus, SearchFilters } from './workers.types';

const path = (code: string) => ({ path: { code } });
const keyOf = (tenant: string) => ['workers', tenant] as const;
export const PAGE_SIZE = 25;

export function useWorkers(tenant: string | null, filters: SearchFilters, page: number, reveal: boolean) {
  const query = {
    q: filters.q.trim() || undefined, group: filters.group ?? undefined, opdId: filters.opdId ?? undefined,
    villageCode: filters.villageCode ?? undefined, status: filters.status ?? undefined,
    limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, revealNik: reveal ? ('true' as const) : undefined,
  };
  return useQuery({
    queryKey: [...keyOf(tenant ?? ''), 'search', query],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/workers', { params: { ...path(tenant!), query } })),
    enabled: !!tenant,
    placeholderData: keepPreviousData,
  });
}

export function useWorker(tenant: string, id: number, reveal: boolean) {
  return useQuery({
    queryKey: [...keyOf(tenant), id, reveal],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/workers/{id}', { params: { path: { code: tenant, id }, query: { revealNik: reveal ? 'true' : undefined } } })),
  });
}

export function useWorkerHistory(tenant: string, id: number) {
  return useQuery({
    queryKey: [...keyOf(tenant), id, 'history'],
    queryFn: async () => (await call(client.GET('/api/v1/tenants/{code}/workers/{id}/history', { params: { path: { code: tenant, id } } }))).items,
  });
}

export function useDedupReviews(tenant: string | null, status: ReviewStatus, page: number) {
  return useQuery({
    queryKey: [...keyOf(tenant ?? ''), 'reviews', status, page],
    queryFn: () => call(client.GET('/api/v1/tenants/{code}/dedup-reviews', { params: { ...path(tenant!), query: { status, limit: 10, offset: (page - 1) * 10 } } })),
    enabled: !!tenant,
    placeholderData: keepPreviousData,
  });
}

export function useDecideReview(tenant: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; decision: 'merge' | 'keep-separate'; keepPersonId?: number }) =>
      call(client.POST('/api/v1/tenants/{code}/dedup-reviews/{id}/decision', { params: { path: { code: tenant, id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyOf(tenant) }),
  });
}

/** Regions under a parent (the regency's districts, a district's villages) for the village filter. */
export function useRegions(parent: string | null) {
  return useQuery({
    queryKey: ['regions', 'children', parent], // shared with the regions page's cache
    queryFn: async () => (await call(client.GET('/api/v1/regions', { params: { query: { parent: parent ?? undefined } } }))).items,
    enabled: !!parent,
    staleTime: Infinity,
  });
}
