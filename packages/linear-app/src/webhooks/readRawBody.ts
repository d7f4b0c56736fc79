import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import type { BodyBudget } from './bodyBudget';

/** Why a body was not read: over the cap (413), or the shared budget is spent (503). */
export type UnreadBody = 'too_large' | 'busy';

/**
 * Reads the request body as raw bytes, refusing more than `maxBytes` (`'too_large'`) and, past
 * `budget.smallBytes`, more than the shared budget allows (`'busy'`). Under @hono/node-server it
 * reads the Node `IncomingMessage` directly: building the Fetch `Request` body instead costs
 * more CPU than verifying the signature. The bytes are exactly what Linear signed.
 *
 * A refused body is not left half-read: the rest is discarded as it arrives (never buffered)
 * and, once the answer has been sent, the connection is closed, so the client gets its 413/503
 * instead of a reset mid-upload and the socket does not linger.
 *
 * @example
 * const raw = await readRawBody(c, 5 * 1024 * 1024, budget);
 */
export async function readRawBody(
  c: Context,
  maxBytes: number,
  budget: BodyBudget,
): Promise<Buffer | UnreadBody> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > maxBytes) return refuse(c, incoming, 'too_large');
  if (!incoming || incoming.readableEnded) {
    const buf = Buffer.from(await c.req.arrayBuffer());
    return buf.length > maxBytes ? 'too_large' : buf;
  }
  // A declared length is reserved whole up front; an undeclared (chunked) one as it grows.
  let reserved = 0;
  const reserve = (bytes: number) => {
    if (bytes <= budget.smallBytes || bytes <= reserved) return true;
    const more = Math.min(maxBytes, Math.max(bytes, declared)) - reserved;
    if (!budget.reserve(more)) return false;
    reserved += more;
    return true;
  };
  if (!reserve(declared)) return refuse(c, incoming, 'busy');
  try {
    return await new Promise<Buffer | UnreadBody>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const stop = (why: UnreadBody) => {
        cleanup();
        chunks.length = 0;
        resolve(refuse(c, incoming, why));
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return stop('too_large');
        if (!reserve(size)) return stop('busy');
        chunks.push(chunk);
      };
      const onEnd = () => {
        cleanup();
        resolve(Buffer.concat(chunks, size));
      };
      const onError = (error: Error) => {
        cleanup();
        reject(error);
      };
      const cleanup = () => {
        incoming.off('data', onData);
        incoming.off('end', onEnd);
        incoming.off('error', onError);
        incoming.off('aborted', onAborted);
      };
      const onAborted = () => onError(new Error('client closed the connection mid-body'));
      incoming.on('data', onData);
      incoming.on('end', onEnd);
      incoming.on('error', onError);
      incoming.on('aborted', onAborted);
    });
  } finally {
    budget.release(reserved);
  }
}

/**
 * Stops taking the body without destroying the request (that would reset the connection before
 * the answer is written): what still arrives is discarded, and the connection closes after the
 * answer.
 */
function refuse(c: Context, incoming: IncomingMessage | undefined, why: UnreadBody): UnreadBody {
  c.header('Connection', 'close');
  if (incoming && !incoming.readableEnded) {
    incoming.on('data', () => {});
    incoming.resume();
    const outgoing = (c.env as { outgoing?: import('node:http').ServerResponse } | undefined)?.outgoing;
    // Once the answer is out, the rest of the upload is of no use: close instead of reading on.
    outgoing?.once('finish', () => {
      if (!incoming.readableEnded) incoming.socket?.destroySoon();
    });
  }
  return why;
}
