// The typed client for /api/v1 (openapi-fetch over the types generated from the server's OpenAPI
// document): same-origin cookies, the CSRF header the server requires on every non-GET request,
// Accept-Language so server messages come back in the user's language, and errors as ApiError.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../api/schema.gen';
import { currentLanguage } from '../i18n';

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server's message for one input, for showing under that field. */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((field) => field.path === path)?.message;
  }
}

export const API_BASE = '/api/v1';

/** Headers every call carries; `X-Requested-With` on anything that is not a read (the server's CSRF guard). */
export function apiHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage() };
  if (method !== 'GET' && method !== 'HEAD') headers['X-Requested-With'] = 'lindung';
  return headers;
}

const headersMiddleware: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(apiHeaders(request.method))) request.headers.set(name, value);
    return request;
  },
};

/** Typed by the server's contract: `client.GET('/api/v1/…', { params })`. Wrap each call in `call()`. */
export const client = createClient<paths>({ credentials: 'same-origin' });
client.use(headersMiddleware);

type Answer = { data?: unknown; error?: unknown; response: Response };

/** Awaits a client call: its data, or an ApiError (status 0 and code NETWORK when the server is unreachable). */
export async function call<A extends Answer>(pending: Promise<A>): Promise<Exclude<A['data'], undefined>> {
  let answer: A;
  try {
    answer = await pending;
  } catch {
    throw new ApiError(0, 'NETWORK', 'Network error');
  }
  if (!answer.response.ok) throw toApiError(answer.response, answer.error);
  return answer.data as Exclude<A['data'], undefined>;
}

/** For the few calls the client cannot make (raw-body and multipart uploads): checks a fetch answer. */
export async function checked<T>(pending: Promise<Response>): Promise<T> {
  let response: Response;
  try {
    response = await pending;
  } catch {
    throw new ApiError(0, 'NETWORK', 'Network error');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response, body);
  return body as T;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown };
}

function toApiError(response: Response, body: unknown): ApiError {
  // a proxy's HTML error page or an empty body: fall back to the status alone
  const error = (typeof body === 'object' && body !== null ? (body as ErrorBody).error : undefined) ?? {};
  const code = typeof error.code === 'string' ? error.code : `HTTP_${response.status}`;
  const message = typeof error.message === 'string' ? error.message : response.statusText;
  const fields = Array.isArray(error.fields) ? error.fields.filter(isFieldError) : [];
  return new ApiError(response.status, code, message, fields);
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.path === 'string' && typeof candidate.message === 'string';
}

/** Query strings without undefined values: qs({ parent: undefined, limit: 50 }) → "?limit=50". */
export function qs(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
