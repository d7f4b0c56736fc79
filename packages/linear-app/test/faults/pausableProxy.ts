import type { AddressInfo } from 'node:net';
import { connect, createServer, type Socket } from 'node:net';

/** A loopback TCP proxy whose traffic the test can freeze and thaw. */
export interface PausableProxy {
  port: number;
  /**
   * From now on nothing passes in either direction, and new connections are accepted but get
   * nowhere: to its clients the server looks frozen, as under SIGSTOP (the kernel still accepts).
   */
  pause(): void;
  /** Delivers everything held back, in order, and forwards again. */
  resume(): void;
  close(): Promise<void>;
}

/**
 * Starts a proxy on 127.0.0.1 in front of `target` (e.g. PostgreSQL). Data that arrives while
 * paused is held, not dropped, so a statement sent during the pause runs after it, as it would
 * on a database process that was stopped and continued.
 *
 * @example
 * const proxy = await pausableProxy({ host: '127.0.0.1', port: 5432 });
 * proxy.pause(); … proxy.resume();
 */
export async function pausableProxy(target: { host: string; port: number }): Promise<PausableProxy> {
  let paused = false;
  const held: Array<{ to: Socket; chunk: Buffer }> = [];
  const sockets = new Set<Socket>();
  const forward = (from: Socket, to: Socket) => {
    from.on('data', (chunk: Buffer) => {
      if (paused) held.push({ to, chunk });
      else if (!to.destroyed) to.write(chunk);
    });
  };
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {});
      s.on('close', () => {
        sockets.delete(s);
        // One side gone: the other follows once what is held for it has been delivered.
        const other = s === client ? upstream : client;
        if (!paused) other.end();
        else held.push({ to: other, chunk: Buffer.alloc(0) });
      });
    }
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      for (const { to, chunk } of held.splice(0)) {
        if (to.destroyed) continue;
        if (chunk.length > 0) to.write(chunk);
        else to.end();
      }
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
