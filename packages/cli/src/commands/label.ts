import type { Command } from 'commander';

/** Registers `trailmap label`. */
export function registerLabel(_program: Command): void {
  // Filled in by the label feature.
}
