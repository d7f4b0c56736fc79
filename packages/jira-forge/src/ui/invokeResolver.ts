import { invoke } from '@forge/bridge';
import type { ResolverResponse } from '../resolvers/respond';

/**
 * Calls a resolver and never throws: a transport failure becomes an error response the UI can show.
 *
 * @example
 * const r = await invokeResolver<IssueScoreView>('score/get', { issueKey: 'PM-1' });
 */
export async function invokeResolver<T>(
  key: string,
  payload: Record<string, unknown>,
): Promise<ResolverResponse<T>> {
  try {
    const r = (await invoke(key, payload)) as ResolverResponse<T> | undefined;
    return r ?? { ok: false, error: { kind: 'jira_bad_response', message: `No answer from ${key}.` } };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { kind: 'jira_unavailable', message: `The app could not be reached (${message}).` },
    };
  }
}
