// The public calculator API (/api/v1/calc/…): answer types and a computes-as-you-type query hook.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';

export type Confidence = 'confirmed' | 'unconfirmed';
export interface Words { id: string; en: string }

/** One explained amount: what it is, and the rule row (id, legal basis, confidence) that sets it. */
export interface CalcLine {
  amount: number;
  rule: string;
  legalBasis: string;
  confidence: Confidence;
  program?: 'JKK' | 'JKM';
  kind?: 'rate' | 'flat' | 'discount';
  base?: number;
  rateBp?: number;
  discountBp?: number;
  component?: string;
  wage?: number;
  multiplier?: number;
  months?: number;
  percents?: string[];
  fromMonth?: number;
  toMonth?: number;
}

export interface CalcWarning { code: string; message: string; confidence: Confidence; legalBasis: string }

export interface ContributionResult {
  on: string; scheme: 'pu' | 'bpu'; base: number; jkk: number; jkm: number; total: number;
  lines: CalcLine[]; warnings: CalcWarning[]; totalInWords: Words;
}

export interface Scholarship { eligible: boolean; maxChildren: number; maxPerChild: number }

export interface BenefitResult {
  on: string; total?: number; amount?: number; lines: CalcLine[]; totalInWords: Words;
  isFullBenefit?: boolean; scholarship?: Scholarship | null;
}

export interface PlanGroupResult {
  name: string; scheme: 'pu' | 'bpu'; headcount: number; perHeadMonthly: number; perHeadVaries: boolean; total: number;
  lines: CalcLine[]; warnings: CalcWarning[];
}

export interface PlanResult {
  start: string; monthCount: number; total: number; budget: number; remaining: number; remainingBp: number;
  verdict: 'shortfall' | 'surplus' | 'balanced'; headsCarried: number | null; monthsCarried: number; perHeadVaries: boolean;
  groups: PlanGroupResult[];
  months: { month: string; total: number; groups: { name: string; perHead: number; total: number }[] }[];
  totalInWords: Words; remainingInWords: Words;
}

/**
 * POSTs `body` to /calc/<path> once typing pauses (300 ms); null means "input incomplete, don't ask".
 * The previous answer stays on screen while the next one is computed.
 */
export function useCalculation<T>(path: string, body: object | null) {
  const [json] = useDebouncedValue(body === null ? null : JSON.stringify(body), 300);
  return useQuery({
    queryKey: ['calc', path, json],
    queryFn: () => api.post<T>(`/calc/${path}`, JSON.parse(json!) as unknown),
    enabled: json !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** Today as 'YYYY-MM-DD' in the browser's calendar. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
