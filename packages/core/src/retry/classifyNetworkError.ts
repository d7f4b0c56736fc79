import type { NetworkCause, NetworkError } from './networkError';

const CAUSES: Record<string, NetworkCause> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_NONAME: 'dns',
  EAI_FAIL: 'dns',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  ABORT_ERR: 'timeout',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ENETDOWN: 'unreachable',
  EHOSTDOWN: 'unreachable',
};

/** Error names that mean "we gave up waiting" (AbortSignal.timeout, a fetch abort). */
const TIMEOUT_NAMES = new Set(['TimeoutError', 'AbortError']);

/**
 * Recognises a network failure in whatever a fetch or socket threw, following `cause` chains:
 * Node's `TypeError: fetch failed` with `cause.code` ECONNREFUSED / ENOTFOUND / ECONNRESET /
 * UND_ERR_*, TLS errors (`ERR_TLS_*`, `ERR_SSL_*`, certificate codes), timeouts from
 * `AbortSignal.timeout`, and any other `fetch failed` (cause `other`). Returns `undefined` for anything else (an HTTP error, a bug), so a
 * caller never retries a programming error as if it were an outage.
 *
 * @example
 * classifyNetworkError(Object.assign(new TypeError('fetch failed'), {
 *   cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
 * })); // => { code: 'network', cause: 'refused', detail: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9' }
 * classifyNetworkError(new RangeError('bad')); // => undefined
 */
export function classifyNetworkError(error: unknown): NetworkError | undefined {
  const specific = classifyChain(error);
  if (specific) return specific;
  // The Fetch standard's "network error" with a cause we have no name for (e.g. "bad port").
  if (error instanceof TypeError && error.message === 'fetch failed') {
    const cause =
      isObject(error.cause) && typeof error.cause.message === 'string' ? oneLine(error.cause.message) : '';
    return { code: 'network', cause: 'other', detail: cause ? `fetch failed: ${cause}` : 'fetch failed' };
  }
  return undefined;
}

function classifyChain(error: unknown): NetworkError | undefined {
  const seen = new Set<unknown>();
  for (let current = error; isObject(current) && !seen.has(current); current = current.cause) {
    seen.add(current);
    const code = typeof current.code === 'string' ? current.code : undefined;
    const message = oneLine(typeof current.message === 'string' ? current.message : '');
    const detail = code
      ? message && !message.startsWith(code)
        ? `${code}: ${message}`
        : message || code
      : message;
    const cause = code ? causeOfCode(code) : undefined;
    if (cause) return { code: 'network', cause, detail };
    if (typeof current.name === 'string' && TIMEOUT_NAMES.has(current.name)) {
      return { code: 'network', cause: 'timeout', detail: detail || current.name };
    }
    // A nested AggregateError (happy eyeballs: one error per address) carries its causes here.
    if (Array.isArray(current.errors)) {
      for (const inner of current.errors) {
        const found = classifyChain(inner);
        if (found) return found;
      }
    }
  }
  return undefined;
}

function causeOfCode(code: string): NetworkCause | undefined {
  const known = CAUSES[code];
  if (known) return known;
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/.test(code)) return 'tls';
  if (code.startsWith('UND_ERR_')) return 'other';
  return undefined;
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  name?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function isObject(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null;
}

function oneLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}
