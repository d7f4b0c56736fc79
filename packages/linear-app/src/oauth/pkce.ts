import { createHash, randomBytes } from 'node:crypto';

/**
 * A fresh PKCE pair (RFC 7636, S256): the verifier stays on the server, the challenge goes to
 * Linear's authorize URL, and the verifier is sent with the code exchange.
 *
 * @example
 * const { verifier, challenge } = createPkcePair(); // 43-character base64url strings
 */
export function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: pkceChallenge(verifier) };
}

/** S256 challenge of a verifier: base64url(sha256(verifier)). */
export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** A random URL-safe token (state, nonces). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
