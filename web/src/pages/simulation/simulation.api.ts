// The public calculator API (/api/v1/calc/…): answer types and a computes-as-you-type query hook.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ApiPath, ResponseOf } from '../../api/types';
import { call, client } from '../../lib/api';

/** The calculators under /api/v1/calc/…, named by the rest of their path. */
export type CalcKind = ApiPath extends infer P ? (P extends `/api/v1/calc/${infer K}` ? K : never) : never;
type Calc<K extends CalcKind> = ResponseOf<`/api/v1/calc/${K}`, 'post'>;
/** A benefit answer is read through one view over the four benefit calculators. */
type Answer<K extends CalcKind> = K extends BenefitPath ? BenefitResult : Calc<K>;
export type BenefitPath = Extract<CalcKind, `benefit/${string}`>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** One view over several answers: the fields they all have, and every other one as optional. */
type Loose<U> = Pick<U, keyof U> & Partial<UnionToIntersection<U>>;

export type ContributionResult = Calc<'contribution'>;
export type PlanResult = Calc<'plan'>;
export type BenefitResult = Loose<Calc<BenefitPath>>;
/** One explained amount (a contribution line or a benefit line): what it is, and the rule row that sets it. */
export type CalcLine = Loose<ContributionResult['lines'][number] | BenefitResult['lines'][number]>;
export type CalcWarning = ContributionResult['warnings'][number];
export type Confidence = CalcLine['confidence'];
export type Words = ContributionResult['totalInWords'];
export type Scholarship = NonNullable<Calc<'benefit/jkm'>['scholarship']>;

/**
 * POSTs `body` to /calc/<path> once typing pauses (300 ms); null means "input incomplete, don't ask".
 * The previous answer stays on screen while the next one is computed.
 */
export function useCalculation<K extends CalcKind>(path: K, body: object | null): UseQueryResult<Answer<K>> {
  const [json] = useDebouncedValue(body === null ? null : JSON.stringify(body), 300);
  return useQuery({
    queryKey: ['calc', path, json],
    // one hook for every calculator: the path is a union, so the client's per-path typing is asserted here
    queryFn: async () => (await call(client.POST(`/api/v1/calc/${path}` as '/api/v1/calc/contribution', { body: JSON.parse(json!) as never }))) as unknown as Answer<K>,
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
