// Fault injection: the disk under a SQLite DATA_DIR fills up while the real server process runs.
// Needs a tmpfs the test can mount (root); elsewhere the case is skipped with a message.
// Webhooks must be refused with a clear status (never acknowledged and then lost), /healthz must
// say 503 with the reason, the log must not fill with stack traces, and once space is freed the
// server recovers by itself: nothing acknowledged is lost, nothing runs twice.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faultCase, postBatch, sqliteIn } from './faultCase';
import { type Answer, acknowledged, postDelivery, settledLedger, waitFor } from './faultServer';

const mountPoint = mkdtempSync(join(tmpdir(), 'trailmap-fulldisk-'));
/** Why the case cannot run here, or undefined when a 16 MiB tmpfs is mounted at `mountPoint`. */
const cannotMount = (() => {
  if (process.getuid?.() !== 0) return 'not root, so no tmpfs can be mounted';
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m,mode=0700', 'tmpfs', mountPoint], {
    encoding: 'utf8',
  });
  return r.status === 0 ? undefined : `mount -t tmpfs failed: ${(r.stderr || r.error?.message || '').trim()}`;
})();
if (cannotMount) console.warn(`full-disk fault case skipped: ${cannotMount}`);

/** Writes filler until the file system says ENOSPC, down to the last bytes. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (const size of [1024 * 1024, 64 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x7a);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(cannotMount !== undefined)(
  `a full disk under SQLite${cannotMount ? ` (skipped: ${cannotMount})` : ''}`,
  () => {
    const dataDir = join(mountPoint, 'data');
    const filler = join(mountPoint, 'filler');
    const fault = faultCase({
      afterStop: () => {
        rmSync(filler, { force: true });
        spawnSync('umount', [mountPoint]);
        rmdirSync(mountPoint);
      },
    });

    it('refuses webhooks with 503, says why on /healthz, logs no stack traces, and recovers', async () => {
      const server = await fault.start({ DATA_DIR: dataDir });
      const { url } = server;
      const store = await fault.ledger(() => sqliteIn(dataDir));
      const before = await postBatch(url, 'disk-before', 10);
      expect(before.every(acknowledged)).toBe(true);
      await settledLedger(store, []);

      fillDisk(filler);
      const logBefore = server.output().length;
      const during: Answer[] = [];
      for (let i = 0; i < 40; i++) during.push(await postDelivery(url, `disk-during-${i}`));
      const health = await fetch(`${url}/healthz`);
      const healthBody = (await health.json()) as { status: string; reason?: string };
      const fullLog = server.output().slice(logBefore);

      // A clear refusal or a real acknowledgement, never a 500; and the disk did bite.
      const statuses = during.map((a) => ('status' in a ? a.status : a.error));
      expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
      expect(statuses).toContain(503);
      const refusal = during.find((a) => 'status' in a && a.status === 503);
      expect(refusal && 'body' in refusal ? JSON.parse(refusal.body).error.code : '').toBe(
        'storage_unavailable',
      );
      expect([health.status, healthBody.status]).toEqual([503, 'unavailable']);
      expect(healthBody.reason).toMatch(/^storage: cannot write: SQLITE_FULL/);
      // A few throttled lines, no stack traces (the issue saw 2.1 MB of them in 6 s).
      expect(fullLog).not.toMatch(/\n\s+at /);
      expect(fullLog.split('\n').length).toBeLessThan(20);

      rmSync(filler);
      await waitFor('/healthz to say ok again', async () => (await fetch(`${url}/healthz`)).status === 200);
      // Linear sends the refused deliveries again.
      const retried = await Promise.all(
        during.filter((a) => !acknowledged(a)).map((a) => postDelivery(url, a.deliveryId)),
      );
      expect(retried.every(acknowledged)).toBe(true);
      const after = await postDelivery(url, 'disk-after');
      expect(acknowledged(after)).toBe(true);
      const acked = [...before, ...during.filter(acknowledged), ...retried, after].map((a) => a.deliveryId);
      expect(await settledLedger(store, acked)).toEqual({ acknowledged: 51, lost: [], duplicated: [] });
    }, 90_000);
  },
);
