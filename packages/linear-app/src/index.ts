// Public API of the Linear app package: the Linear GraphQL client and sync, usable without the server.
export type {
  LinearApi,
  LinearApiError,
  LinearApiErrorCode,
  LinearApiOptions,
  LinearResult,
} from './linear/linearApi';
export { createLinearApi } from './linear/linearApi';
export type { Clock, RateLimitPolicy, RateLimitSnapshot, Sleep } from './linear/rateLimitGate';
export {
  DEFAULT_RATE_LIMIT_POLICY,
  pauseBeforeNextRequest,
  readRateLimitHeaders,
} from './linear/rateLimitGate';
export type { RoadmapScope, ScopedBacklog } from './sync/backlogForScope';
export { backlogForScope } from './sync/backlogForScope';
export type { SnapshotStore, SyncEntity } from './sync/snapshotStore';
export { createSnapshotStore } from './sync/snapshotStore';
export type { SyncOptions, SyncReport } from './sync/syncWorkspace';
export { syncWorkspace } from './sync/syncWorkspace';
export type { WorkspaceData } from './sync/workspaceData';
export { loadWorkspaceData } from './sync/workspaceData';
