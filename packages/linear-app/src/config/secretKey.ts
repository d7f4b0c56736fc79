import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../boot/startupError';

/** Where the generated master key lives inside DATA_DIR. */
export const SECRET_KEY_FILE = 'trailmap-secret.key';

/** The master key and where it came from (for the start-up log; never the key itself). */
export interface MasterKey {
  key: Buffer;
  source: 'environment' | 'generated' | 'file';
}

/**
 * Returns the 32-byte master key: `TRAILMAP_SECRET_KEY` when configured, else the key file in
 * DATA_DIR, else a fresh random key written there with mode 0600 so later starts reuse it
 * (tokens encrypted under it stay readable across restarts).
 *
 * @example
 * const { key, source } = loadOrCreateMasterKey('./data', undefined); // source: 'generated'
 */
export function loadOrCreateMasterKey(dataDir: string, configured: string | undefined): MasterKey {
  if (configured) return { key: decodeKey(configured), source: 'environment' };
  const file = join(dataDir, SECRET_KEY_FILE);
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      throw new StartupError(
        `key file ${file} cannot be read (${code ?? String(error)}): fix its permissions or set TRAILMAP_SECRET_KEY`,
      );
  }
  if (text !== undefined) {
    // A key file readable by others would leak every stored token; tighten it rather than fail.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    try {
      return { key: decodeKey(text), source: 'file' };
    } catch {
      throw new StartupError(
        `key file ${file} is ${text === '' ? 'empty' : 'not a key'} (it must hold 64 hex characters): restore it from your backup, or delete it only if the database is new`,
      );
    }
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx' fails if another process created the file in the meantime instead of overwriting it.
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  return { key, source: 'generated' };
}

/**
 * Decodes a 32-byte key given as 64 hex characters or base64/base64url.
 *
 * @example
 * decodeKey('00'.repeat(32)).length; // => 32
 */
export function decodeKey(text: string): Buffer {
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32) throw new Error('secret key must decode to exactly 32 bytes');
  return key;
}
