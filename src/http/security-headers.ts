/**
 * Security headers (helmet) for the API, the web app and the API docs. The CSP is as tight as the built
 * web app allows: scripts only from this origin (Vite emits no inline script); styles also inline,
 * because Mantine sets its CSS variables and component styles in <style> tags and style attributes; no
 * framing by anyone (clickjacking), no plugins, forms only back to this origin. `upgrade-insecure-requests`
 * is left out on purpose: a regency PC serves plain http://127.0.0.1, and upgrading would break every
 * asset. HSTS only when the installation says it is behind HTTPS.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
};

export async function registerSecurityHeaders(app: FastifyInstance, opts: { behindHttps: boolean }) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: opts.behindHttps ? { maxAge: 31_536_000 } : false,
  });
}

/**
 * The Swagger UI's own CSP (swagger-ui adds the hashes of its inline script) made as strict as the app's
 * about framing, fonts and the https upgrade. Its styles get the app's rule: Swagger UI injects a <style>
 * element at run time that no hash can name (and a hash in style-src would disable 'unsafe-inline').
 */
export const swaggerCsp = (header: string) => header
  .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
  .replace(/font-src [^;]*/, "font-src 'self' data:")
  .replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")
  .replace(/\s*upgrade-insecure-requests;?/, '');
