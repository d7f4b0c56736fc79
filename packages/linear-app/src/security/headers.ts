import type { MiddlewareHandler } from 'hono';

/**
 * Content-Security-Policy for server-rendered pages: no scripts, no external fetches, inline
 * styles only, images only as data: URLs. `frame-ancestors` lets Linear embed a page if it ever
 * does, and nothing else.
 */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'self' https://linear.app";

/**
 * Sets the strict security headers on every response. `https` (the public URL is https, even
 * when TLS ends at a proxy in front of us) adds HSTS.
 *
 * @example
 * app.use('*', securityHeaders({ https: config.publicUrl.startsWith('https:') }));
 */
export function securityHeaders(options: { https?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', PAGE_CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'SAMEORIGIN');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (options.https) c.header('Strict-Transport-Security', 'max-age=31536000');
  };
}
