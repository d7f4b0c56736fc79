import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Why a stored ciphertext could not be opened. */
export type DecryptFailure = 'malformed' | 'unknown_key' | 'tampered';

/** Encrypts and decrypts secrets at rest (OAuth tokens). */
export interface TokenCipher {
  /** Id of the key new values are sealed under. */
  readonly keyId: string;
  /** Seals `plaintext`; `context` (e.g. `org:<id>:access`) is bound as associated data. */
  encrypt(plaintext: string, context: string): string;
  /** Opens a sealed value, or says why it cannot. */
  decrypt(
    sealed: string,
    context: string,
  ): { ok: true; value: string } | { ok: false; reason: DecryptFailure };
}

const VERSION = 'v1';

/**
 * AES-256-GCM with a random 96-bit IV per value. The sealed form is
 * `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url), so old values stay readable after a key
 * rotation as long as their key is still in `keys`.
 *
 * @example
 * const c = createTokenCipher({ k1: key }, 'k1');
 * c.decrypt(c.encrypt('lin_oauth_x', 'org:1:access'), 'org:1:access'); // => { ok: true, value: 'lin_oauth_x' }
 */
export function createTokenCipher(keys: Readonly<Record<string, Buffer>>, currentKeyId: string): TokenCipher {
  const current = keys[currentKeyId];
  if (current?.length !== 32) throw new Error(`no 32-byte key for key id ${currentKeyId}`);
  return {
    keyId: currentKeyId,
    encrypt(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [
        VERSION,
        currentKeyId,
        iv.toString('base64url'),
        tag.toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    decrypt(sealed, context) {
      const parts = sealed.split('.');
      if (parts.length !== 5 || parts[0] !== VERSION) return { ok: false, reason: 'malformed' };
      const [, keyId, ivText, tagText, bodyText] = parts as [string, string, string, string, string];
      const key = keys[keyId];
      if (!key) return { ok: false, reason: 'unknown_key' };
      const iv = Buffer.from(ivText, 'base64url');
      const tag = Buffer.from(tagText, 'base64url');
      if (iv.length !== 12 || tag.length !== 16) return { ok: false, reason: 'malformed' };
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(tag);
        const value = Buffer.concat([decipher.update(Buffer.from(bodyText, 'base64url')), decipher.final()]);
        return { ok: true, value: value.toString('utf8') };
      } catch {
        // GCM authentication failure: wrong key, altered ciphertext/IV/tag, or a value moved
        // to another row (the associated data differs).
        return { ok: false, reason: 'tampered' };
      }
    },
  };
}
