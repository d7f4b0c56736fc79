// Fault injection: `kill -9` of the whole server process (HTTP intake and its in-process worker)
// while signed deliveries pour in and jobs are mid-flight. Every delivery answered 200 before
// the kill must run exactly once after a plain restart on the same DATA_DIR.
import { describe, expect, it } from 'vitest';
import { faultCase, sqliteIn, tempDataDir } from './faultCase';
import { type Answer, acknowledged, postDelivery, settledLedger, waitFor } from './faultServer';

const CONNECTIONS = 8;

describe('kill -9 of the server under load', () => {
  const data = tempDataDir('trailmap-kill-');
  const fault = faultCase({ afterStop: data.remove });

  it('processes every delivery acknowledged before the kill exactly once after a restart', async () => {
    const first = await fault.start({ DATA_DIR: data.dir });
    const store = await fault.ledger(() => sqliteIn(data.dir));

    // Load: CONNECTIONS clients posting unique deliveries back to back until the kill. Each job
    // holds for 40 ms, so the worker has a backlog and jobs in flight when the process dies.
    const answers: Answer[] = [];
    let killed = false;
    let n = 0;
    const client = async () => {
      while (!killed)
        answers.push(await postDelivery(first.url, `kill-${n++}`, { holdMs: 40, timeoutMs: 5_000 }));
    };
    const clients = Array.from({ length: CONNECTIONS }, client);
    await waitFor('200 acknowledged deliveries', () => answers.filter(acknowledged).length >= 200);
    first.child.kill('SIGKILL');
    await first.exited;
    killed = true;
    await Promise.all(clients);
    expect(first.child.signalCode).toBe('SIGKILL');

    const acked = answers.filter(acknowledged).map((a) => a.deliveryId);
    const unfinished = await store.get<{ n: number }>(
      "SELECT count(*) AS n FROM jobs WHERE type = 'linear.Issue' AND status IN ('ready', 'running')",
    );
    // The kill caught work in progress (otherwise this case would prove nothing).
    expect(Number(unfinished?.n)).toBeGreaterThan(0);

    const second = await fault.start({ DATA_DIR: data.dir });
    const after = await postDelivery(second.url, 'kill-after-restart');
    expect(acknowledged(after)).toBe(true);
    const ledger = await settledLedger(store, [...acked, 'kill-after-restart']);
    expect(ledger).toEqual({ acknowledged: acked.length + 1, lost: [], duplicated: [] });
  }, 90_000);
});
