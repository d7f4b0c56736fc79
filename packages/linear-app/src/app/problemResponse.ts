import { html } from '@trailmap/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The one error shape of the HTTP API: `{ error: { code, message } }` with the given status.
 * A person's browser (it asks for `text/html` first) gets the same message as a small page
 * instead of JSON.
 *
 * @example
 * return problemResponse(c, 400, 'state_mismatch', 'start again from /oauth/install');
 */
export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
): Response {
  if (wantsHtml(c)) return c.html(problemPage(status, message).toString(), status);
  return c.json({ error: { code, message } }, status);
}

/** True when the client prefers an HTML page (a browser), false for API clients and `curl`. */
export function wantsHtml(c: Context): boolean {
  const accept = c.req.header('accept') ?? '';
  return /^\s*text\/html/i.test(accept);
}

function problemPage(status: number, message: string) {
  const title = status >= 500 ? 'Something went wrong' : status === 404 ? 'Not found' : 'Request refused';
  return html`<!doctype html><html lang="en"><meta charset="utf-8"><title>${title} · Trailmap</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1f2328}</style><h1>${title}</h1><p>${message}</p><p><a href="/">Trailmap home</a></p></html>`;
}
