import type { z } from 'zod';

/**
 * One GraphQL operation the app sends to Linear, with the zod schema of its `data`. Every
 * document lives under `src/linear/documents/` and is validated against Linear's schema in tests,
 * so a typo or a field newer than the pinned schema fails CI rather than production.
 */
export interface LinearDocument<TData, TVars extends Record<string, unknown> = Record<string, unknown>> {
  /** The operation name, as Linear logs it and as the msw mock dispatches on. */
  readonly name: string;
  /** The GraphQL source text. */
  readonly source: string;
  /** Parses the response `data`; responses are never cast. */
  readonly schema: z.ZodType<TData>;
  /** Phantom marker so variables are type-checked at the call site. */
  readonly vars?: TVars;
}

/**
 * Declares a GraphQL document. The operation name is read from the source so the two never drift.
 *
 * @example
 * const Viewer = defineDocument(`query Viewer { viewer { id } }`, z.object({ viewer: z.object({ id: z.string() }) }));
 */
export function defineDocument<TData, TVars extends Record<string, unknown> = Record<string, unknown>>(
  source: string,
  schema: z.ZodType<TData>,
): LinearDocument<TData, TVars> {
  const match = /^\s*(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(source);
  if (!match?.[1]) throw new Error(`GraphQL document has no operation name: ${source.slice(0, 60)}`);
  return { name: match[1], source, schema };
}
