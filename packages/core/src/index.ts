// The public API of @trailmap/core. Each area keeps its own explicit barrel; nothing internal leaks.
export * from './dedupe/index';
export * from './experiments/index';
export * from './feedback/index';
export * from './model/index';
export * from './outcomes/index';
export * from './release/index';
export * from './render/index';
export * from './retry/index';
export * from './roadmap/index';
export * from './scoring/index';
