import { classifyNetworkError, describeNetworkError } from '@trailmap/core';

/** What the last probe of Linear found. */
export interface LinearReachability {
  reachable: boolean;
  /** One line, when unreachable (e.g. `network error (refused): ECONNREFUSED …`). */
  error?: string;
  checkedAt: number;
}

/**
 * Probes whether Linear's API answers at all (any HTTP status counts: this is about the
 * network, not credentials), at most once per `ttlMs`, each probe bounded by `timeoutMs`.
 * Concurrent callers share one probe.
 *
 * @example
 * const probe = createLinearProbe({ url: 'https://api.linear.app/graphql', now: Date.now });
 * await probe(); // => { reachable: true, checkedAt: … }
 */
export function createLinearProbe(options: {
  url: string;
  now: () => number;
  fetch?: typeof fetch;
  timeoutMs?: number;
  ttlMs?: number;
}): () => Promise<LinearReachability> {
  const doFetch = options.fetch ?? fetch;
  const ttlMs = options.ttlMs ?? 15_000;
  let last: LinearReachability | undefined;
  let pending: Promise<LinearReachability> | undefined;
  const probe = async (): Promise<LinearReachability> => {
    try {
      const res = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
        signal: AbortSignal.timeout(options.timeoutMs ?? 3_000),
      });
      await res.body?.cancel();
      return { reachable: true, checkedAt: options.now() };
    } catch (error) {
      const network = classifyNetworkError(error);
      const line = network ? describeNetworkError(network) : String(error).split('\n')[0];
      return { reachable: false, error: line, checkedAt: options.now() };
    }
  };
  return () => {
    if (last && options.now() - last.checkedAt < ttlMs) return Promise.resolve(last);
    pending ??= probe().then((r) => {
      last = r;
      pending = undefined;
      return r;
    });
    return pending;
  };
}
