import type { DemoContext } from './context.ts';

/** The score step of `pnpm demo`. */
export async function demoScore(_ctx: DemoContext): Promise<void> {
  // Filled in by the score feature.
}
