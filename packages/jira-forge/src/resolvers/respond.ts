import type { z } from 'zod';
import { type AppError, type AppResult, problemsFromZod } from '../errors/appError.ts';
import { toUserMessage } from '../errors/toUserMessage.ts';

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
    : { ok: false, error: { kind: 'invalid_payload', resolver, problems: problemsFromZod(r.error.issues) } };
}
