// The public API of @trailmap/core. Each area keeps its own explicit barrel; nothing internal leaks.
export * from './feedback/index.ts';
export * from './model/index.ts';
export * from './release/index.ts';
export * from './roadmap/index.ts';
export * from './scoring/index.ts';
