import { describe, expect, it } from 'vitest';
import { classifyNetworkError } from './classifyNetworkError';
import { describeNetworkError } from './networkError';

function fetchFailed(code: string, message = `connect ${code} 127.0.0.1:9`): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

describe('classifyNetworkError', () => {
  it.each([
    ['ECONNREFUSED', 'refused'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['ECONNRESET', 'reset'],
    ['UND_ERR_SOCKET', 'reset'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['ETIMEDOUT', 'timeout'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['EHOSTUNREACH', 'unreachable'],
  ])('names %s as %s', (code, cause) => {
    expect(classifyNetworkError(fetchFailed(code))?.cause).toBe(cause);
  });

  it('keeps the low-level code and message on one line', () => {
    const error = classifyNetworkError(
      fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9\n    at x'),
    );
    expect(error).toEqual({
      code: 'network',
      cause: 'refused',
      detail: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9',
    });
    expect(error && describeNetworkError(error)).toBe(
      'network error (refused): ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9',
    );
  });

  it('recognises an AbortSignal timeout and an aggregate of per-address failures', () => {
    const timeout = new Error('The operation was aborted due to timeout');
    timeout.name = 'TimeoutError';
    expect(classifyNetworkError(new TypeError('fetch failed', { cause: timeout }))?.cause).toBe('timeout');
    const aggregate = Object.assign(new AggregateError([fetchFailed('ECONNREFUSED').cause], ''), {});
    expect(classifyNetworkError(new TypeError('fetch failed', { cause: aggregate }))?.cause).toBe('refused');
  });

  it('still calls an unnamed fetch failure a network error', () => {
    expect(classifyNetworkError(new TypeError('fetch failed', { cause: new Error('bad port') }))).toEqual({
      code: 'network',
      cause: 'other',
      detail: 'fetch failed: bad port',
    });
  });

  it('leaves bugs and HTTP errors alone', () => {
    expect(classifyNetworkError(new TypeError('x is not a function'))).toBeUndefined();
    expect(classifyNetworkError(Object.assign(new Error('HTTP 500'), { status: 500 }))).toBeUndefined();
    expect(classifyNetworkError('ECONNREFUSED')).toBeUndefined();
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(classifyNetworkError(loop)).toBeUndefined();
  });
});
