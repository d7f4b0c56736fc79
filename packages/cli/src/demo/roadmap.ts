import type { DemoContext } from './context.ts';

/** The roadmap step of `pnpm demo`. */
export async function demoRoadmap(_ctx: DemoContext): Promise<void> {
  // Filled in by the roadmap feature.
}
