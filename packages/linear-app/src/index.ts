// Public API of the Linear app package: the Linear GraphQL client and sync, usable without the server.
export type {
  LinearApi,
  LinearApiError,
  LinearApiErrorCode,
  LinearApiOptions,
  LinearResult,
} from './linear/linearApi.ts';
export { createLinearApi } from './linear/linearApi.ts';
export type { Clock, RateLimitPolicy, RateLimitSnapshot, Sleep } from './linear/rateLimitGate.ts';
export {
  DEFAULT_RATE_LIMIT_POLICY,
  pauseBeforeNextRequest,
  readRateLimitHeaders,
} from './linear/rateLimitGate.ts';
export type { RoadmapScope, ScopedBacklog } from './sync/backlogForScope.ts';
export { backlogForScope } from './sync/backlogForScope.ts';
export type { SnapshotStore, SyncEntity } from './sync/snapshotStore.ts';
export { createSnapshotStore } from './sync/snapshotStore.ts';
export type { SyncOptions, SyncReport } from './sync/syncWorkspace.ts';
export { syncWorkspace } from './sync/syncWorkspace.ts';
export type { WorkspaceData } from './sync/workspaceData.ts';
export { loadWorkspaceData } from './sync/workspaceData.ts';
