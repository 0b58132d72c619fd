// Kemendagri regions: province (53) → regency (53.16) → district (53.16.01) → village (53.16.01.2001).
import { useQueries, useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '../../api/types';
import { call, client } from '../../lib/api';

export type Region = ResponseOf<'/api/v1/regions', 'get'>['items'][number];
export type RegionLevel = Region['level'];
export type RegionDetail = ResponseOf<'/api/v1/regions/{code}', 'get'>;

/** Children of `parent`, or the provinces when there is none. Region lists never change at run time. */
export function useRegionChildren(parent: string | undefined) {
  return useQuery({
    queryKey: ['regions', 'children', parent ?? null],
    queryFn: async () => (await call(client.GET('/api/v1/regions', { params: { query: { parent } } }))).items,
    staleTime: Infinity,
  });
}

/** "53.16.01" → ["53", "53.16", "53.16.01"]: the codes of the region and everything above it. */
export function ancestorCodes(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, index) => parts.slice(0, index + 1).join('.'));
}

export function useRegionPath(code: string | undefined) {
  return useQueries({
    queries: (code ? ancestorCodes(code) : []).map((ancestor) => ({
      queryKey: ['regions', 'detail', ancestor],
      queryFn: () => call(client.GET('/api/v1/regions/{code}', { params: { path: { code: ancestor } } })),
      staleTime: Infinity,
    })),
  });
}
