import type { DemoContext } from './context.ts';

/** The plan step of `pnpm demo`. */
export async function demoPlan(_ctx: DemoContext): Promise<void> {
  // Filled in by the plan feature.
}
