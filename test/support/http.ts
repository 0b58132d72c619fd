/** HTTP helpers for `app.inject()` tests: sign in as a user and call the API as they would. */
import type { App } from '../../src/http/types';

export const CSRF = { 'x-requested-with': 'lindung' };

export async function loginAs(app: App, username: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: CSRF, payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'lindung_session');
  return `lindung_session=${cookie!.value}`;
}

/** A caller bound to one session cookie. */
export function client(app: App, cookie: string, lang = 'id') {
  const headers = { cookie, 'accept-language': lang, ...CSRF };
  return {
    get: (url: string) => app.inject({ method: 'GET', url, headers }),
    post: (url: string, payload?: object) => app.inject({ method: 'POST', url, headers, payload: payload ?? {} }),
    patch: (url: string, payload: object) => app.inject({ method: 'PATCH', url, headers, payload }),
  };
}
