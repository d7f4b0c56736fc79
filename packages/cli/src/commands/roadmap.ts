import type { Command } from 'commander';

/** Registers `trailmap roadmap`. */
export function registerRoadmap(_program: Command): void {
  // Filled in by the roadmap feature.
}
