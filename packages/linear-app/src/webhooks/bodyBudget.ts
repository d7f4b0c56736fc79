/**
 * A shared allowance of bytes for request bodies being buffered at once. Each connection may
 * buffer up to `smallBytes` freely (the connection cap bounds those); beyond that a body must
 * reserve its size here first, so a flood of large bodies with made-up signatures (they have to
 * be read before the signature can be checked) holds at most `largeBytes` in total, and memory
 * comes back after the flood instead of staying with the allocator.
 *
 * @example
 * const budget = createBodyBudget({ smallBytes: 64 * 1024, largeBytes: 16 * 1024 * 1024 });
 * if (budget.reserve(4_000_000)) { … read … budget.release(4_000_000); }
 */
export interface BodyBudget {
  /** Bytes any one body may hold without reserving. */
  readonly smallBytes: number;
  /** Takes `bytes` from the shared allowance; false (and nothing taken) when it does not fit. */
  reserve(bytes: number): boolean;
  /** Gives back what `reserve` took. */
  release(bytes: number): void;
}

export function createBodyBudget(limits: { smallBytes: number; largeBytes: number }): BodyBudget {
  let used = 0;
  return {
    smallBytes: limits.smallBytes,
    reserve(bytes) {
      if (used + bytes > limits.largeBytes) return false;
      used += bytes;
      return true;
    },
    release(bytes) {
      used = Math.max(0, used - bytes);
    },
  };
}
