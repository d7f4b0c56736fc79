import { z } from 'zod';

/** Relay `pageInfo` as Linear returns it. */
export const PageInfoSchema = z.object({
  hasNextPage: z.boolean(),
  endCursor: z.string().nullable(),
});

/**
 * A Linear connection (`{ nodes, pageInfo }`) of the given node schema.
 *
 * @example
 * connectionOf(z.object({ id: z.string() })).parse({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
 */
export function connectionOf<T extends z.ZodType>(node: T) {
  return z.object({ nodes: z.array(node), pageInfo: PageInfoSchema });
}

/** A nested connection where only the first page is fetched inline; `pageInfo` says if more exist. */
export function nestedOf<T extends z.ZodType>(node: T) {
  return z.object({ nodes: z.array(node), pageInfo: z.object({ hasNextPage: z.boolean() }) });
}
