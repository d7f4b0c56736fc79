import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadOrCreateMasterKey, SECRET_KEY_FILE } from '../../src/config/secretKey';
import { deriveKeys, rotatingCipher } from '../../src/security/keys';
import { createTokenCipher } from '../../src/security/tokenCipher';

const keys = deriveKeys(randomBytes(32));
const cipher = createTokenCipher({ [keys.encryptionKeyId]: keys.encryption }, keys.encryptionKeyId);
const ctx = 'installation:org-1:access';

/** Flips one base64url character of part `index` of a sealed value. */
function tamper(sealed: string, index: number): string {
  const parts = sealed.split('.');
  const p = parts[index]!;
  parts[index] = (p[0] === 'A' ? 'B' : 'A') + p.slice(1);
  return parts.join('.');
}

describe('token encryption (AES-256-GCM)', () => {
  it('round-trips a token and never stores it in clear', () => {
    const sealed = cipher.encrypt('lin_oauth_secret_token', ctx);
    expect(sealed).not.toContain('lin_oauth');
    expect(sealed.startsWith(`v1.${keys.encryptionKeyId}.`)).toBe(true);
    expect(cipher.decrypt(sealed, ctx)).toEqual({ ok: true, value: 'lin_oauth_secret_token' });
  });

  it('uses a fresh IV per value, so equal tokens give different ciphertexts', () => {
    const a = cipher.encrypt('same', ctx);
    const b = cipher.encrypt('same', ctx);
    expect(a).not.toBe(b);
    expect(a.split('.')[2]).not.toBe(b.split('.')[2]);
  });

  it.each([
    ['IV', 2],
    ['tag', 3],
    ['ciphertext', 4],
  ])('detects a tampered %s', (_name, index) => {
    const sealed = cipher.encrypt('lin_oauth_secret_token', ctx);
    expect(cipher.decrypt(tamper(sealed, index), ctx)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('refuses a value copied to another workspace row (associated data differs)', () => {
    const sealed = cipher.encrypt('lin_oauth_secret_token', ctx);
    expect(cipher.decrypt(sealed, 'installation:org-2:access')).toEqual({ ok: false, reason: 'tampered' });
  });

  it('refuses a value sealed under another master key, naming the unknown key id', () => {
    const otherKeys = deriveKeys(randomBytes(32));
    const other = createTokenCipher(
      { [otherKeys.encryptionKeyId]: otherKeys.encryption },
      otherKeys.encryptionKeyId,
    );
    expect(cipher.decrypt(other.encrypt('x', ctx), ctx)).toEqual({ ok: false, reason: 'unknown_key' });
  });

  it('opens values sealed under a previous key kept for rotation', () => {
    const old = deriveKeys(randomBytes(32));
    const oldCipher = createTokenCipher({ [old.encryptionKeyId]: old.encryption }, old.encryptionKeyId);
    const rotated = createTokenCipher(
      { [old.encryptionKeyId]: old.encryption, [keys.encryptionKeyId]: keys.encryption },
      keys.encryptionKeyId,
    );
    expect(rotated.decrypt(oldCipher.encrypt('legacy', ctx), ctx)).toEqual({ ok: true, value: 'legacy' });
  });

  it('rotates master keys: new values use the new key, old values stay readable, retired keys are refused', () => {
    const oldKeys = deriveKeys(randomBytes(32));
    const newKeys = deriveKeys(randomBytes(32));
    const sealedOld = rotatingCipher(oldKeys).encrypt('legacy-token', ctx);
    const rotating = rotatingCipher(newKeys, [oldKeys]);
    expect(rotating.decrypt(sealedOld, ctx)).toEqual({ ok: true, value: 'legacy-token' });
    expect(rotating.encrypt('fresh', ctx).split('.')[1]).toBe(newKeys.encryptionKeyId);
    expect(rotatingCipher(newKeys).decrypt(sealedOld, ctx)).toEqual({ ok: false, reason: 'unknown_key' });
  });

  it('reports garbage as malformed', () => {
    expect(cipher.decrypt('not-a-sealed-value', ctx)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('master key file', () => {
  it('is generated with mode 0600 on first run and reused afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-key-'));
    const first = loadOrCreateMasterKey(dir, undefined);
    const second = loadOrCreateMasterKey(dir, undefined);
    expect(first.source).toBe('generated');
    expect(second.source).toBe('file');
    expect(second.key.equals(first.key)).toBe(true);
    expect(statSync(join(dir, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, SECRET_KEY_FILE), 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prefers TRAILMAP_SECRET_KEY and does not write a file then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trailmap-key-'));
    const k = loadOrCreateMasterKey(dir, 'ab'.repeat(32));
    expect([k.source, k.key.toString('hex')]).toEqual(['environment', 'ab'.repeat(32)]);
    expect(() => statSync(join(dir, SECRET_KEY_FILE))).toThrow();
  });
});
