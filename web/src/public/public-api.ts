// The public API as the light pages call it: JSON, the CSRF header every POST needs, the chosen language.
// Types come from the generated OpenAPI client types (type-only: no bytes in the bundle).
import type { paths } from '../api/schema.gen';
import type { Lang } from './public-text';

type Post<P extends keyof paths> = paths[P] extends { post: { requestBody?: { content: { 'application/json': infer B } } } } ? B : never;
type Ok<P extends keyof paths> = paths[P] extends { post: { responses: { 200: { content: { 'application/json': infer R } } } } } ? R : never;

export type CoverageAnswer = Ok<'/api/v1/public/coverage'>;
export type ClaimAnswer = Ok<'/api/v1/public/claims/status'>;
export type CardCheck = paths['/api/v1/card-checks/{*}'] extends { get: { responses: { 200: { content: { 'application/json': infer R } } } } } ? R : never;

/** An answer, or the server's translated refusal (429 with its wait, 400 with the field). */
export type Outcome<T> = { ok: true; data: T } | { ok: false; message: string | null };

async function request<T>(url: string, lang: Lang, body?: object): Promise<Outcome<T>> {
  try {
    const res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      headers: { 'accept-language': lang, ...(body ? { 'content-type': 'application/json', 'x-requested-with': 'lindung' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const data = await res.json().catch(() => null) as { error?: { message?: string } } | null;
    if (res.ok) return { ok: true, data: data as T };
    return { ok: false, message: data?.error?.message ?? null };
  } catch {
    return { ok: false, message: null }; // offline or unreachable: the page says so
  }
}

export const checkCoverage = (lang: Lang, body: Post<'/api/v1/public/coverage'>) => request<CoverageAnswer>('/api/v1/public/coverage', lang, body);
export const askCode = (lang: Lang, nik: string) => request<{ accepted: true }>('/api/v1/public/coverage/otp', lang, { nik });
export const followClaim = (lang: Lang, body: Post<'/api/v1/public/claims/status'>) => request<ClaimAnswer>('/api/v1/public/claims/status', lang, body);
export const checkCard = (lang: Lang, token: string) => request<CardCheck>(`/api/v1/card-checks/${token}`, lang);
