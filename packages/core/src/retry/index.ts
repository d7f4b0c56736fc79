// Public API of the retry area: one retry rule for every edge (Linear, Jira, the job queue).
export { type BackoffOptions, backoffDelay } from './backoffDelay';
export { classifyNetworkError } from './classifyNetworkError';
export { describeNetworkError, type NetworkCause, type NetworkError } from './networkError';
export { nextRetry, type RetryDecision, type RetryState } from './nextRetry';
export { parseRetryAfter } from './parseRetryAfter';
export { type AttemptOutcome, type RetryEnvironment, retrying } from './retrying';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retryPolicy';
