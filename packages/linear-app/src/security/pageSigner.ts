import { createHmac, timingSafeEqual } from 'node:crypto';

/** Why a page link was refused. */
export type PageLinkFailure = 'missing' | 'malformed' | 'expired' | 'bad_signature';

/** Signs and checks expiring links to workspace pages. */
export interface PageSigner {
  /**
   * Returns `path?exp=<unix s>&sig=<mac>`; the MAC covers the path and the expiry, so neither
   * can be changed, and a link for one workspace's path does not open another's.
   */
  signPath(path: string, ttlSeconds: number, nowMs?: number): string;
  /** Checks `exp`/`sig` for `path` at `nowMs`. */
  verify(
    path: string,
    exp: string | undefined,
    sig: string | undefined,
    nowMs?: number,
  ): { ok: true; expiresAt: number } | { ok: false; reason: PageLinkFailure };
}

/**
 * HMAC-SHA256 page-link signer with the expiry inside the signed payload and a timing-safe
 * comparison.
 *
 * @example
 * const signer = createPageSigner(keys.signing);
 * const url = signer.signPath('/roadmap/org_1', 3600); // '/roadmap/org_1?exp=1764120000&sig=...'
 */
export function createPageSigner(key: Buffer): PageSigner {
  const mac = (path: string, exp: number) =>
    createHmac('sha256', key).update(`page\n${path}\n${exp}`).digest();
  return {
    signPath(path, ttlSeconds, nowMs = Date.now()) {
      if (!path.startsWith('/') || path.includes('?') || path.includes('#')) {
        throw new Error(`signPath expects a bare absolute path, got ${path}`);
      }
      const exp = Math.floor(nowMs / 1000) + Math.max(1, Math.floor(ttlSeconds));
      return `${path}?exp=${exp}&sig=${mac(path, exp).toString('base64url')}`;
    },
    verify(path, exp, sig, nowMs = Date.now()) {
      if (exp === undefined || sig === undefined || exp === '' || sig === '')
        return { ok: false, reason: 'missing' };
      if (!/^\d{1,12}$/.test(exp) || !/^[A-Za-z0-9_-]{43}$/.test(sig))
        return { ok: false, reason: 'malformed' };
      const expSeconds = Number(exp);
      const expected = mac(path, expSeconds);
      const given = Buffer.from(sig, 'base64url');
      // Check the MAC before the expiry so a forged link never learns whether its date was right.
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { ok: false, reason: 'bad_signature' };
      }
      if (expSeconds * 1000 <= nowMs) return { ok: false, reason: 'expired' };
      return { ok: true, expiresAt: expSeconds * 1000 };
    },
  };
}
