import { problemsFromZod } from '@trailmap/core';
import type { z } from 'zod';
import type { AppError, AppResult } from '../errors/appError';
import { toUserMessage } from '../errors/toUserMessage';

/**
 * What every resolver returns to the UI: data, or an error kind with the sentence to show.
 *
 * @example
 * const r: ResolverResponse<number> = { ok: false, error: { kind: 'preview_missing', message: 'Preview the plan first…' } };
 */
export type ResolverResponse<T> =
  | { ok: true; data: T }
  | { ok: false; error: { kind: AppError['kind']; message: string; details?: AppError } };

/**
 * Turns an `AppResult` into the wire response, rendering errors through `toUserMessage`.
 *
 * @example
 * respond({ ok: true, value: 1 }); // => { ok: true, data: 1 }
 */
export function respond<T>(result: AppResult<T>): ResolverResponse<T> {
  if (result.ok) return { ok: true, data: result.value };
  return {
    ok: false,
    error: { kind: result.error.kind, message: toUserMessage(result.error), details: result.error },
  };
}

/**
 * Parses a resolver payload first thing; a bad payload never reaches Jira or KVS.
 *
 * @example
 * const p = parsePayload('score/get', IssueKeyPayload, req.payload); if (!p.ok) return respond(p);
 */
export function parsePayload<T>(resolver: string, schema: z.ZodType<T>, payload: unknown): AppResult<T> {
  const r = schema.safeParse(payload);
  return r.success
    ? { ok: true, value: r.data }
    : {
        ok: false,
        error: {
          kind: 'invalid_payload',
          resolver,
          problems: problemsFromZod(r.error.issues, { root: '(payload)' }),
        },
      };
}

/**
 * Wraps a resolver so that an exception it did not expect (a network failure under
 * `requestJira`, a KVS outage) still reaches the UI as one clear sentence through
 * `toUserMessage`, instead of Forge's generic invocation error.
 *
 * @example
 * resolver.define('score/get', guard('score/get', async ({ payload }) => respond(ok(payload))));
 */
export function guard<Req, T>(
  name: string,
  handler: (request: Req) => Promise<ResolverResponse<T>>,
): (request: Req) => Promise<ResolverResponse<T>> {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      console.error(`resolver ${name} failed`, error);
      return respond<T>({ ok: false, error: { kind: 'unexpected', resolver: name, detail } });
    }
  };
}
