import { connect, type Socket } from 'node:net';

/**
 * Sends `head` and then `bodyBytes` of filler on a fresh loopback connection as fast as the
 * server takes them, and resolves with the response's status (0 when the connection closed
 * without one) once the server has answered and closed or reset the connection. A flood
 * client: it never reads the response body and ignores EPIPE/ECONNRESET.
 *
 * @example
 * await rawRequest(port, 'POST /webhooks/linear HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n', 5);
 */
export function rawRequest(
  port: number,
  head: string,
  bodyBytes: number,
  timeoutMs = 15_000,
): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const timer = setTimeout(() => socket.destroy(), timeoutMs);
    const status = () => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
    socket.on('data', (d: Buffer) => {
      if (answer.length < 64) answer += d.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(status());
    });
    const pump = () => {
      while (sent < bodyBytes && !socket.destroyed) {
        const part = Math.min(chunk.length, bodyBytes - sent);
        sent += part;
        if (!socket.write(part === chunk.length ? chunk : chunk.subarray(0, part))) {
          socket.once('drain', pump);
          return;
        }
      }
      // Everything sent: the server may keep the connection alive; close our side.
      if (!socket.destroyed) socket.end();
    };
    socket.once('connect', () => {
      socket.write(head);
      pump();
    });
  });
}

/** A connection that sends part of a request's headers and then nothing (slowloris). */
export function stalledConnection(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write('POST /webhooks/linear HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      resolve(socket);
    });
    socket.on('error', () => {});
  });
}
