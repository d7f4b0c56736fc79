import { html } from '@trailmap/core/render';
import type { MiddlewareHandler } from 'hono';
import type { PageLinkFailure, PageSigner } from './pageSigner';

const MESSAGES: Record<PageLinkFailure, string> = {
  missing: 'This page needs a signed link. Open it from Linear (the Trailmap link on the project or issue).',
  malformed: 'This link is damaged. Open it again from Linear.',
  expired: 'This link has expired. Open it again from Linear to get a fresh one.',
  bad_signature: 'This link is not valid.',
};

/**
 * Refuses requests whose URL does not carry a valid, unexpired signature for the request path
 * (see `PageSigner.signPath`). Workspace pages are never reachable by guessing a URL.
 * Responds 403 with a short HTML explanation; valid requests continue.
 *
 * @example
 * app.get('/roadmap/:org', requirePageAccess(deps.pageSigner), (c) => c.html(render()));
 */
export function requirePageAccess(signer: PageSigner, now: () => number = Date.now): MiddlewareHandler {
  return async (c, next) => {
    const result = signer.verify(c.req.path, c.req.query('exp'), c.req.query('sig'), now());
    if (!result.ok) {
      c.header('Cache-Control', 'no-store');
      return c.html(
        html`<!doctype html><meta charset="utf-8"><title>Link required</title><p>${MESSAGES[result.reason]}</p>`.toString(),
        403,
      );
    }
    c.header('Cache-Control', 'private, no-store');
    await next();
    return undefined;
  };
}
