// Kemendagri regions: province (53) → regency (53.16) → district (53.16.01) → village (53.16.01.2001).
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, qs } from '../../lib/api';

export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
}

export interface RegionDetail extends Region {
  parent: string | null;
}

/** Children of `parent`, or the provinces when there is none. Region lists never change at run time. */
export function useRegionChildren(parent: string | undefined) {
  return useQuery({
    queryKey: ['regions', 'children', parent ?? null],
    queryFn: async () => (await api.get<{ items: Region[] }>(`/regions${qs({ parent })}`)).items,
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
      queryFn: () => api.get<RegionDetail>(`/regions/${encodeURIComponent(ancestor)}`),
      staleTime: Infinity,
    })),
  });
}
