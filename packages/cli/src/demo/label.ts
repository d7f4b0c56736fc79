import type { DemoContext } from './context.ts';

/** The label step of `pnpm demo`. */
export async function demoLabel(_ctx: DemoContext): Promise<void> {
  // Filled in by the label feature.
}
