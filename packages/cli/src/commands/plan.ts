import type { Command } from 'commander';

/** Registers `trailmap plan`. */
export function registerPlan(_program: Command): void {
  // Filled in by the plan feature.
}
