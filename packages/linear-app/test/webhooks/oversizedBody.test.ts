// A webhook body over 5 MiB is refused with 413 and the upload is not read on: the client gets
// its answer (not a reset mid-upload), the server closes the connection instead of waiting for
// or buffering the rest, and the next delivery is served as usual.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/storage/store';
import { type RunningServer, startTestServer, TEST_WEBHOOK_SECRET } from '../server/testServer';
import { memoryStore } from '../support/testStore';
import { signedDelivery } from './signedDelivery';

const MiB = 1024 * 1024;

/**
 * Uploads `total` bytes after `head`, `paceMs` between 64 KiB pieces (`chunked` frames them),
 * and reports the answer's status line and how much had been sent when the server closed.
 */
function upload(port: number, head: string, total: number, options: { paceMs: number; chunked?: boolean }) {
  return new Promise<{ status: string; sentAtClose: number; closedBy: 'server' | 'timeout' }>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    let closedBy: 'server' | 'timeout' = 'server';
    const piece = Buffer.alloc(64 * 1024, 0x61);
    const frame = options.chunked
      ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
      : piece;
    const guard = setTimeout(() => {
      closedBy = 'timeout';
      socket.destroy();
    }, 20_000);
    let timer: NodeJS.Timeout | undefined;
    socket.on('data', (d: Buffer) => {
      answer += d.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(guard);
      clearTimeout(timer);
      resolve({ status: answer.split('\r\n')[0] ?? '', sentAtClose: sent, closedBy });
    });
    const next = () => {
      if (socket.destroyed || sent >= total) return;
      socket.write(frame);
      sent += piece.length;
      timer = setTimeout(next, options.paceMs);
    };
    socket.once('connect', () => {
      socket.write(head);
      next();
    });
  });
}

describe('an oversized webhook body', () => {
  let store: Store;
  let server: RunningServer;
  let port: number;
  beforeAll(async () => {
    store = await memoryStore();
    server = await startTestServer(store, {
      LINEAR_API_KEY: 'k',
      LINEAR_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    });
    port = Number(new URL(server.url).port);
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  const signedHead = (framing: string) =>
    `POST /webhooks/linear HTTP/1.1\r\nHost: 127.0.0.1\r\nLinear-Signature: ${'ab'.repeat(32)}\r\nLinear-Delivery: big\r\n${framing}\r\n\r\n`;

  it('declared over 5 MiB: answered 413 at once and the connection closed, not the upload awaited', async () => {
    // 8 MiB at 64 KiB per 25 ms would take over 3 s to send; the server must not wait for it.
    const r = await upload(port, signedHead(`Content-Length: ${8 * MiB}`), 8 * MiB, { paceMs: 25 });
    expect(r.status).toBe('HTTP/1.1 413 Payload Too Large');
    expect(r.closedBy).toBe('server');
    expect(r.sentAtClose).toBeLessThan(8 * MiB);
  });

  it('streamed (chunked) past 5 MiB: answered 413 and closed without reading the rest', async () => {
    const r = await upload(port, signedHead('Transfer-Encoding: chunked'), 12 * MiB, {
      paceMs: 1,
      chunked: true,
    });
    expect(r.status).toBe('HTTP/1.1 413 Payload Too Large');
    expect(r.closedBy).toBe('server');
    expect(r.sentAtClose).toBeLessThan(12 * MiB);
  });

  it('leaves the server serving: the next signed delivery is queued', async () => {
    const d = signedDelivery(TEST_WEBHOOK_SECRET, { data: { id: 'after-big' } });
    const res = await fetch(`${server.url}/webhooks/linear`, {
      method: 'POST',
      body: d.body,
      headers: d.headers,
    });
    expect([res.status, await res.json()]).toEqual([200, { status: 'queued' }]);
  });
});
