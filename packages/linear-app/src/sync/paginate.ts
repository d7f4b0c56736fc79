import type { LinearApi, LinearApiError, LinearResult } from '../linear/linearApi';
import type { LinearDocument } from '../linear/linearDocument';

type Connection<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

/**
 * Walks a paginated connection page by page (`first`/`after`), handing each page to `onPage`
 * before asking for the next, so memory stays flat on a 10,000-issue workspace. `onPage` may stop
 * the walk with an error (a follow-up request failed).
 *
 * @example
 * await paginate(api, IssuesPage, 'issues', { filter: null }, 100, async (nodes) => save(nodes));
 */
export async function paginate<K extends string, T, V extends Record<string, unknown>>(
  api: LinearApi,
  document: LinearDocument<Record<K, Connection<T>>, V & { first: number; after: string | null }>,
  key: K,
  variables: V,
  pageSize: number,
  onPage: (nodes: T[]) => Promise<undefined | { error: LinearApiError }>,
): Promise<{ ok: true; pages: number } | { ok: false; error: LinearApiError; pages: number }> {
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const result: LinearResult<Record<K, Connection<T>>> = await api.request(document, {
      ...variables,
      first: pageSize,
      after,
    });
    if (!result.ok) return { ok: false, error: result.error, pages };
    const connection: Connection<T> = result.value[key];
    pages++;
    const stop = await onPage(connection.nodes);
    if (stop) return { ok: false, error: stop.error, pages };
    if (!connection.pageInfo.hasNextPage || connection.pageInfo.endCursor === null)
      return { ok: true, pages };
    after = connection.pageInfo.endCursor;
  }
}
