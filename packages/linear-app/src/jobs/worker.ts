import {
  backoffDelay,
  classifyNetworkError,
  DEFAULT_RETRY_POLICY,
  describeNetworkError,
  nextRetry,
} from '@trailmap/core';
import { throttledLog } from '../app/throttledLog';
import type { LinearAuthProvider } from '../oauth/linearAuth';
import { storageErrorLine } from '../storage/storageError';
import type { SqlExecutor, Store } from '../storage/store';
import {
  type ClaimedJob,
  claimJobs,
  completeJob,
  effectOnce,
  extendLease,
  failJob,
  pruneFinished,
} from './queue';

/** What a handler decided about one job. */
export type JobOutcome =
  /** Success. `commit` writes run in the same transaction that marks the job done. */
  | { kind: 'done'; commit?: (tx: SqlExecutor) => Promise<void> }
  /**
   * Transient failure: retried with jittered backoff (never sooner than `delayMs`, e.g. a
   * Retry-After) until the retry horizon since the first failure is used up.
   */
  | { kind: 'retry'; error: string; delayMs?: number }
  /** Permanent failure: dead-lettered at once. */
  | { kind: 'dead'; error: string }
  /** Nothing to do for this job (e.g. a payload Trailmap does not act on): recorded as skipped. */
  | { kind: 'skipped'; reason: string };

/** Capabilities a handler gets besides the job. */
export interface JobContext {
  store: Store;
  linearAuth: LinearAuthProvider;
  now: () => number;
  /** Runs `fn` once per `effectKey` across retries (see `effectOnce`). */
  effectOnce(effectKey: string, fn: () => Promise<void>): Promise<'ran' | 'skipped'>;
}

/** Processes one job. Throwing counts as a transient failure (retry). */
export type JobHandler = (job: ClaimedJob, ctx: JobContext) => Promise<JobOutcome>;

/** Job type → handler. Types without a handler are marked `skipped`. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/** Tuning knobs; defaults suit the in-process worker. */
export interface WorkerOptions {
  concurrency?: number;
  leaseMs?: number;
  pollMs?: number;
  /** First retry step (default 2 s), doubling up to `retryMaxMs` (default 5 min). */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** A failing job dead-letters once its next attempt would start this long after its first failure (default 1 h). */
  retryHorizonMs?: number;
  random?: () => number;
  log?: (line: string) => void;
}

/** A running worker loop. */
export interface Worker {
  /** Wakes the loop now instead of at the next poll (call after enqueueing). */
  notify(): void;
  /** Stops claiming, waits for jobs in flight, resolves when idle. */
  stop(): Promise<void>;
  /** Jobs currently being processed. */
  readonly inFlight: number;
}

/**
 * Delay before retry number `attempt` (1-based): exponential from `baseMs`, capped at `maxMs`,
 * with "equal jitter" (half fixed, half random) so retries of a burst spread out instead of
 * hitting Linear again in lock-step.
 *
 * @example
 * retryDelayMs(3, 2000, 900_000, () => 0.5); // => 6000
 */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  return backoffDelay(attempt, { baseMs, maxMs }, random);
}

/**
 * Starts a worker loop that claims jobs with a lease, runs their handlers and records the
 * outcome. Several workers (threads of one process, processes, machines on one PostgreSQL) can
 * run at once; leases keep them from processing the same job concurrently and expired leases
 * hand a crashed worker's jobs to the others.
 *
 * @example
 * const worker = startWorker({ store, linearAuth, now: Date.now }, jobHandlers, { concurrency: 4 });
 * process.on('SIGTERM', () => worker.stop());
 */
export function startWorker(
  deps: { store: Store; linearAuth: LinearAuthProvider; now: () => number },
  handlers: JobHandlers,
  options: WorkerOptions = {},
): Worker {
  const concurrency = options.concurrency ?? 4;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 500;
  const retryPolicy = {
    baseMs: options.retryBaseMs ?? DEFAULT_RETRY_POLICY.baseMs,
    maxMs: options.retryMaxMs ?? DEFAULT_RETRY_POLICY.maxMs,
    horizonMs: options.retryHorizonMs ?? DEFAULT_RETRY_POLICY.horizonMs,
  };
  const random = options.random ?? Math.random;
  const log = options.log ?? ((line: string) => console.error(line));
  // A database outage fails every poll and every completion alike: one report per 10 s.
  const warn = throttledLog(log, 10_000, deps.now);
  const { store, now } = deps;

  const running = new Set<Promise<void>>();
  let stopping = false;
  let wake: (() => void) | undefined;
  // A notify that arrives while the loop is busy (no `wake` yet) must not be lost.
  let woken = false;
  let lastPrune = 0;
  let lastExpiredCheck = 0;

  const run = async (job: ClaimedJob) => {
    const ctx: JobContext = {
      store,
      linearAuth: deps.linearAuth,
      now,
      effectOnce: (key, fn) => effectOnce(store, key, job.id, fn, now()),
    };
    const heartbeat = setInterval(() => {
      extendLease(store, job, leaseMs, now()).catch(() => {});
    }, leaseMs / 3);
    try {
      const crashLoop =
        job.recovered && job.firstFailedAt !== null && now() - job.firstFailedAt > retryPolicy.horizonMs;
      if (job.attempts > job.maxAttempts || crashLoop) {
        // The lease expired on every attempt: the job kills or hangs its worker. Stop feeding it.
        await failJob(store, job, 'lease expired on every attempt (worker crashed or hung)', null, now());
        return;
      }
      const handler = handlers[job.type];
      if (!handler) {
        await completeJob(store, job, now(), undefined, 'skipped');
        return;
      }
      let outcome: JobOutcome;
      try {
        outcome = await handler(job, ctx);
      } catch (error) {
        const line = describeFailure(error);
        // A bug deserves its stack once in the log; the job row keeps one line.
        if (!classifyNetworkError(error) && !storageErrorLine(error))
          log(`job ${job.id} (${job.type}) threw: ${error instanceof Error ? (error.stack ?? line) : line}`);
        outcome = { kind: 'retry', error: line };
      }
      if (outcome.kind === 'skipped') {
        await completeJob(store, job, now(), undefined, 'skipped');
        return;
      }
      if (outcome.kind === 'done') {
        const owned = await completeJob(store, job, now(), outcome.commit);
        if (!owned) log(`job ${job.id} (${job.type}): lease lost before completion; another worker owns it`);
        return;
      }
      const at = now();
      let error = firstLine(outcome.error);
      let retryAt: number | null = null;
      if (outcome.kind === 'retry') {
        const decision = nextRetry(
          {
            attempt: job.attempts,
            firstFailureAt: job.firstFailedAt ?? at,
            now: at,
            retryAfterMs: outcome.delayMs,
          },
          retryPolicy,
          random,
        );
        if (decision.retry) retryAt = at + decision.delayMs;
        else
          error = `gave up after ${Math.round((at - (job.firstFailedAt ?? at)) / 60_000)} min of retries: ${error}`;
      }
      const status = await failJob(store, job, error, retryAt, at);
      if (status === 'dead') log(`job ${job.id} (${job.type}) dead-lettered: ${error}`);
    } finally {
      clearInterval(heartbeat);
    }
  };

  const loop = async () => {
    while (!stopping) {
      let claimed = 0;
      try {
        const free = concurrency - running.size;
        if (free > 0) {
          // Wake-ups come in bursts (every intake and every finished job): let them coalesce for
          // one turn, and look for expired leases only once per poll interval, so a busy queue
          // is not dominated by empty claim queries.
          await new Promise((resolve) => setImmediate(resolve));
          const at = now();
          const includeExpired = at - lastExpiredCheck >= pollMs;
          if (includeExpired) lastExpiredCheck = at;
          const jobs = await claimJobs(store, { limit: free, leaseMs, now: at, includeExpired });
          claimed = jobs.length;
          for (const job of jobs) {
            const p = run(job)
              .catch((error: unknown) =>
                warn('record', `job ${job.id} (${job.type}) failed to record: ${describeFailure(error)}`),
              )
              .finally(() => {
                running.delete(p);
                signal();
              });
            running.add(p);
          }
        }
        if (now() - lastPrune > 10 * 60_000) {
          lastPrune = now();
          await pruneFinished(store, {
            jobsBefore: now() - 7 * 86_400_000,
            deliveriesBefore: now() - 8 * 86_400_000,
          });
        }
      } catch (error) {
        warn('loop', `worker: ${describeFailure(error)}`);
      }
      if (stopping) break;
      // A full batch means there may be more due jobs: loop at once if a slot is free.
      if (claimed > 0 && running.size < concurrency) continue;
      if (woken) {
        woken = false;
        if (running.size < concurrency) continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        };
      });
    }
  };

  function signal() {
    if (wake) wake();
    else woken = true;
  }

  const done = loop();
  return {
    notify: signal,
    get inFlight() {
      return running.size;
    },
    async stop() {
      stopping = true;
      signal();
      await done;
      await Promise.allSettled([...running]);
    },
  };
}

/** One line for `last_error`: a network failure names its cause; anything else its message. */
function describeFailure(error: unknown): string {
  const network = classifyNetworkError(error);
  if (network) return describeNetworkError(network);
  const storage = storageErrorLine(error);
  if (storage) return storage;
  return firstLine(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim().slice(0, 500);
}
