import { createHash, hkdfSync } from 'node:crypto';
import { createTokenCipher, type TokenCipher } from './tokenCipher';

/** Purpose-separated keys derived from the master key, so one leak does not open everything. */
export interface DerivedKeys {
  /** AES-256-GCM key for tokens at rest. */
  encryption: Buffer;
  /** Identifies the encryption key in stored ciphertexts (not secret). */
  encryptionKeyId: string;
  /** HMAC-SHA256 key for signed page links and cookies. */
  signing: Buffer;
}

/**
 * Derives the encryption and signing keys from the master key with HKDF-SHA256.
 *
 * @example
 * const keys = deriveKeys(randomBytes(32)); // keys.encryptionKeyId: 'k1a2b3c4d'
 */
export function deriveKeys(master: Buffer): DerivedKeys {
  const encryption = Buffer.from(hkdfSync('sha256', master, 'trailmap', 'token-encryption/v1', 32));
  const signing = Buffer.from(hkdfSync('sha256', master, 'trailmap', 'page-signing/v1', 32));
  const encryptionKeyId = `k${createHash('sha256').update(encryption).digest('hex').slice(0, 8)}`;
  return { encryption, encryptionKeyId, signing };
}

/**
 * The token cipher for a key rotation: seals under `current`, opens values sealed under
 * `current` or any of `previous` (each identified by its key id). Tokens move to the new key as
 * they are refreshed or reinstalled.
 *
 * @example
 * const cipher = rotatingCipher(deriveKeys(newMaster), [deriveKeys(oldMaster)]);
 */
export function rotatingCipher(current: DerivedKeys, previous: readonly DerivedKeys[] = []): TokenCipher {
  const keys: Record<string, Buffer> = {};
  for (const k of previous) keys[k.encryptionKeyId] = k.encryption;
  keys[current.encryptionKeyId] = current.encryption;
  return createTokenCipher(keys, current.encryptionKeyId);
}
