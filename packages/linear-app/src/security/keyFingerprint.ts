import { createHash, hkdfSync } from 'node:crypto';
import type { SqlExecutor } from '../storage/store';

/**
 * A fingerprint of the master key: safe to store (a one-way derivation under its own label),
 * enough to tell one key from another.
 *
 * @example
 * keyFingerprint(Buffer.alloc(32)); // => 16 hex characters, the same for the same key
 */
export function keyFingerprint(master: Buffer): string {
  const derived = Buffer.from(hkdfSync('sha256', master, 'trailmap', 'key-fingerprint/v1', 32));
  return createHash('sha256').update(derived).digest('hex').slice(0, 16);
}

/** What the stored fingerprint says about the configured key. */
export type KeyCheck = 'recorded' | 'matches' | 'rotated' | { mismatch: string };

/**
 * Compares the key with the fingerprint stored in the database: records it on a new database,
 * accepts it when it matches, moves the record to it when the stored one belongs to a retired
 * key listed in TRAILMAP_PREVIOUS_SECRET_KEYS (a rotation), and otherwise reports a mismatch:
 * a different key would make every stored token unreadable and every signed link invalid.
 *
 * @example
 * await checkKeyFingerprint(store, keyFingerprint(master), []); // => 'recorded' on a new database
 */
export async function checkKeyFingerprint(
  db: SqlExecutor,
  current: string,
  previous: readonly string[],
): Promise<KeyCheck> {
  const row = await db.get<{ value: string }>(
    "SELECT value FROM instance_settings WHERE name = 'key_fingerprint'",
  );
  if (!row) {
    await db.run(
      "INSERT INTO instance_settings (name, value) VALUES ('key_fingerprint', ?) ON CONFLICT DO NOTHING",
      [current],
    );
    const again = await db.get<{ value: string }>(
      "SELECT value FROM instance_settings WHERE name = 'key_fingerprint'",
    );
    return again?.value === current ? 'recorded' : { mismatch: again?.value ?? '' };
  }
  if (row.value === current) return 'matches';
  if (previous.includes(row.value)) {
    await db.run("UPDATE instance_settings SET value = ? WHERE name = 'key_fingerprint'", [current]);
    return 'rotated';
  }
  return { mismatch: row.value };
}
