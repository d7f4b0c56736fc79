import type { Store } from '../storage/store';

/** What the storage probe found. */
export type StoreHealth = { ok: true; latencyMs: number } | { ok: false; reason: string };

/**
 * Proves the store can write, not only read: one small upsert, bounded by `timeoutMs` (a hung
 * PostgreSQL or a locked SQLite must not hang the health check). A full disk, a read-only file
 * or a paused database come back as `{ ok: false, reason }` with one line.
 *
 * @example
 * await probeStoreWrite(store, Date.now(), 2000); // => { ok: true, latencyMs: 0.4 }
 */
export async function probeStoreWrite(store: Store, now: number, timeoutMs: number): Promise<StoreHealth> {
  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<StoreHealth>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: `no answer from the database within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const write = store
    .run(
      `INSERT INTO instance_settings (name, value) VALUES ('health_probe', ?)
       ON CONFLICT (name) DO UPDATE SET value = excluded.value`,
      [String(now)],
    )
    .then((): StoreHealth => ({ ok: true, latencyMs: performance.now() - start }))
    .catch((error: unknown): StoreHealth => {
      const code = (error as { code?: unknown }).code;
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      return { ok: false, reason: `cannot write: ${typeof code === 'string' ? `${code}: ` : ''}${message}` };
    });
  try {
    return await Promise.race([write, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
