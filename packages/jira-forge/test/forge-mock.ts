import { JIRA_BASE } from './msw/jiraSim';

/**
 * The single Forge platform fake. Everything `@forge/*` sends goes through
 * `global.__forge_fetch__`; this routes it:
 * - `remote: 'jira'` → real `fetch` to the msw-mocked Jira site (validated against the spec),
 * - `type: 'kvs'` → an in-memory KVS that answers like the real backend (KEY_NOT_FOUND on misses),
 * - `remote: 'stargate'` queue publish → an in-memory async-events queue.
 */
export interface ForgeFake {
  kvs: Map<string, unknown>;
  kvsCalls: string[];
  queue: Array<{ queueName: string; body: unknown; delayInSeconds?: number }>;
  /** TTLs requested per key (recorded, not enforced: tests run in milliseconds). */
  ttl: Map<string, { value: number; unit: string }>;
}

export const forge: ForgeFake = { kvs: new Map(), kvsCalls: [], queue: [], ttl: new Map() };

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

type ForgeFetchOptions = { type?: string; provider?: string; remote?: string };

async function forgeFetch(opts: ForgeFetchOptions, path: string, init: RequestInit = {}): Promise<Response> {
  if (opts.remote === 'jira') return fetch(`${JIRA_BASE}${path}`, init);
  if (opts.type === 'kvs')
    return kvsBackend(path, JSON.parse(String(init.body ?? '{}')) as Record<string, unknown>);
  if (opts.remote === 'stargate' && path.startsWith('/webhook/queue/publish/')) {
    const req = JSON.parse(String(init.body)) as {
      queueName: string;
      payload: Array<{ body: unknown; delayInSeconds?: number }>;
    };
    for (const e of req.payload) forge.queue.push({ queueName: req.queueName, ...e });
    return json(201, {});
  }
  throw new Error(`forge-mock: no fake for ${JSON.stringify(opts)} ${path}`);
}

// Mirrors the KVS backend contract (@forge/kvs out/storage-api.js): misses are a non-2xx
// `{code: 'KEY_NOT_FOUND', message}` that the client turns into `undefined`.
function kvsBackend(path: string, body: Record<string, unknown>): Response {
  forge.kvsCalls.push(path);
  const key = String(body.key);
  const notFound = () => json(404, { code: 'KEY_NOT_FOUND', message: `Key ${key} not found` });
  if (key.length > 500 || !/^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/.test(key)) {
    return json(400, { code: 'INVALID_KEY', message: `Invalid key ${key}` });
  }
  switch (path) {
    case '/api/v1/get':
      return forge.kvs.has(key) ? json(200, { key, value: structuredClone(forge.kvs.get(key)) }) : notFound();
    case '/api/v1/set': {
      const ttl = (body.options as { ttl?: { value?: unknown; unit?: unknown } } | undefined)?.ttl;
      if (
        ttl &&
        !(
          typeof ttl.value === 'number' &&
          ttl.value > 0 &&
          ['SECONDS', 'MINUTES', 'HOURS', 'DAYS'].includes(String(ttl.unit))
        )
      ) {
        return json(400, { code: 'INVALID_TTL', message: `Invalid ttl ${JSON.stringify(ttl)}` });
      }
      // A conditional create: the backend refuses it when the key exists. Its error code is not
      // documented, so the app must not depend on this one.
      const policy = (body.options as { keyPolicy?: string } | undefined)?.keyPolicy;
      if (policy === 'FAIL_IF_EXISTS' && forge.kvs.has(key)) {
        return json(409, { code: 'KEY_ALREADY_EXISTS', message: `Key ${key} already exists` });
      }
      if (ttl) forge.ttl.set(key, ttl as { value: number; unit: string });
      if (JSON.stringify(body.value).length > 240 * 1024) {
        return json(413, { code: 'VALUE_TOO_LARGE', message: 'Value exceeds 240 KiB' });
      }
      forge.kvs.set(key, structuredClone(body.value));
      return new Response(null, { status: 204 });
    }
    case '/api/v1/delete':
      if (!forge.kvs.has(key)) return notFound();
      forge.kvs.delete(key);
      return new Response(null, { status: 204 });
    default:
      return json(501, { code: 'NOT_IMPLEMENTED', message: `forge-mock KVS does not fake ${path}` });
  }
}

/** Installs the fake and clears its state; call in `beforeEach`. */
export function resetForge(): void {
  forge.kvs.clear();
  forge.kvsCalls.length = 0;
  forge.queue.length = 0;
  forge.ttl.clear();
  (globalThis as { __forge_fetch__?: unknown }).__forge_fetch__ = forgeFetch;
}
