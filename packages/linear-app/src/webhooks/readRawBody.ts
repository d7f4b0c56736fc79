import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * Reads the request body as raw bytes, refusing more than `maxBytes` (`'too_large'`). Under
 * @hono/node-server it reads the Node `IncomingMessage` directly: building the Fetch `Request`
 * body instead costs more CPU than verifying the signature. The bytes are exactly what Linear
 * signed; nothing parses them first.
 *
 * @example
 * const raw = await readRawBody(c, 5 * 1024 * 1024);
 */
export async function readRawBody(c: Context, maxBytes: number): Promise<Buffer | 'too_large'> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > maxBytes) return 'too_large';
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming || incoming.readableEnded) {
    const buf = Buffer.from(await c.req.arrayBuffer());
    return buf.length > maxBytes ? 'too_large' : buf;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > maxBytes) return 'too_large';
    chunks.push(b);
  }
  return Buffer.concat(chunks, size);
}
