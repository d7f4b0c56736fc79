import type { Command } from 'commander';

/** Registers `trailmap score`. */
export function registerScore(_program: Command): void {
  // Filled in by the score feature.
}
