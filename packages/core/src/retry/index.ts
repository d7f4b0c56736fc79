// Public API of the retry area: one retry rule for every edge (Linear, Jira, the job queue).
export type { BackoffOptions } from './backoffDelay';
export { backoffDelay } from './backoffDelay';
export { classifyNetworkError } from './classifyNetworkError';
export type { NetworkCause, NetworkError } from './networkError';
export { describeNetworkError } from './networkError';
export type { RetryDecision, RetryState } from './nextRetry';
export { nextRetry } from './nextRetry';
export { parseRetryAfter } from './parseRetryAfter';
export type { AttemptOutcome, RetryEnvironment } from './retrying';
export { retrying } from './retrying';
export type { RetryPolicy } from './retryPolicy';
export { DEFAULT_RETRY_POLICY } from './retryPolicy';
