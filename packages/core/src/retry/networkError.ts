/** Why a request never got an answer. */
export type NetworkCause = 'refused' | 'dns' | 'reset' | 'tls' | 'timeout' | 'unreachable' | 'other';

/**
 * A request that failed below HTTP: the peer refused, its name did not resolve, the connection
 * was reset, TLS failed, or it took too long. Always worth retrying. `detail` is one line
 * naming the low-level code (e.g. `ECONNREFUSED 127.0.0.1:9`) for logs and `last_error`.
 */
export interface NetworkError {
  code: 'network';
  cause: NetworkCause;
  detail: string;
}

/**
 * One line for logs and job records.
 *
 * @example
 * describeNetworkError({ code: 'network', cause: 'refused', detail: 'ECONNREFUSED 127.0.0.1:9' });
 * // => 'network error (refused): ECONNREFUSED 127.0.0.1:9'
 */
export function describeNetworkError(error: NetworkError): string {
  return `network error (${error.cause}): ${error.detail}`;
}
