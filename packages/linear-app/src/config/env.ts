import { z } from 'zod';
import { type FeatureSettings, readFeatureSettings } from '../routes/featureSettings';

/** How the server talks to Linear, decided by which variables are set. */
export type LinearMode = 'demo' | 'oauth' | 'api-key';

/** Validated runtime configuration of the Linear app server. */
export interface AppConfig {
  /** TCP port to listen on. */
  port: number;
  /** Public base URL without trailing slash, e.g. `https://trailmap.example.com`. */
  publicUrl: string;
  /** Directory for the SQLite file and the generated secret key. */
  dataDir: string;
  /** PostgreSQL connection string; when absent the embedded SQLite store is used. */
  databaseUrl: string | undefined;
  mode: LinearMode;
  linearClientId: string | undefined;
  linearClientSecret: string | undefined;
  linearApiKey: string | undefined;
  linearWebhookSecret: string | undefined;
  /** The secret before a regeneration in Linear, still accepted so in-flight retries land. */
  linearWebhookPreviousSecret: string | undefined;
  /** Comma-separated OAuth scopes requested on install. */
  linearScopes: string;
  /** 32-byte master key (hex or base64); undefined means "load or generate in DATA_DIR". */
  secretKey: string | undefined;
  /** Retired master keys whose sealed tokens must stay readable during a key rotation. */
  previousSecretKeys: string[];
  /** Oldest `webhookTimestamp` accepted, in seconds (Linear's retry horizon). */
  webhookMaxAgeSeconds: number;
  /** Bearer token for the admin endpoints; admin endpoints are disabled when unset. */
  adminToken: string | undefined;
  /** Run the job worker inside the HTTP process. */
  inProcessWorker: boolean;
  /** Linear's GraphQL endpoint; undefined means the SDK default (https://api.linear.app/graphql). */
  linearApiUrl: string | undefined;
  /** A failing job keeps retrying this long after its first failure before it dead-letters, in ms. */
  retryHorizonMs: number;
  /** SIGTERM lets requests and jobs in flight finish for at most this long, in ms. */
  shutdownTimeoutMs: number;
  /** A claimed job is another worker's to take over this long after its worker stops renewing it, in ms. */
  workerLeaseMs: number;
  /** An idle worker looks for due jobs this often, in ms. */
  workerPollMs: number;
  /**
   * Started by a package manager (`pnpm start` sets `npm_lifecycle_event`): the server then stops
   * when the process that started it goes away, since pnpm does not pass SIGTERM on.
   */
  underPackageManager: boolean;
  /** Feature behaviour (`TRAILMAP_FEEDBACK_TEAMS`, `TRAILMAP_PLAN_HORIZON`, …), read at boot. */
  features: FeatureSettings;
  /** The Jira site whose issues join Linear's in one duplicate index; undefined when not configured. */
  jira: JiraConnection | undefined;
}

/** An optional Jira Cloud connection (`TRAILMAP_JIRA_*`), for cross-tracker duplicates. */
export interface JiraConnection {
  /** Site URL without trailing slash, e.g. `https://acme.atlassian.net`. */
  baseUrl: string;
  email: string;
  apiToken: string;
  /** Projects mirrored (the JQL must be bounded): `project in (…)`. */
  projects: string[];
  /** Only this Linear workspace is matched against the Jira site; all when undefined. */
  organizationId: string | undefined;
}

/** The variables of the Jira connection: set all of the first four, or none. */
const JIRA_VARIABLES = [
  'TRAILMAP_JIRA_BASE_URL',
  'TRAILMAP_JIRA_EMAIL',
  'TRAILMAP_JIRA_API_TOKEN',
  'TRAILMAP_JIRA_PROJECTS',
] as const;

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number (0-65535)' })
    .int('must be a port number (0-65535)')
    .min(0, 'must be a port number (0-65535)')
    .max(65_535, 'must be a port number (0-65535)')
    .default(8787),
  PUBLIC_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an absolute http(s) URL, e.g. https://trailmap.example.com',
    })
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  LINEAR_CLIENT_ID: optionalText,
  LINEAR_CLIENT_SECRET: optionalText,
  LINEAR_API_KEY: optionalText,
  LINEAR_WEBHOOK_SECRET: optionalText,
  LINEAR_WEBHOOK_PREVIOUS_SECRET: optionalText,
  LINEAR_SCOPES: z
    .string()
    .regex(/^[a-zA-Z:]+(,[a-zA-Z:]+)*$/, 'must be comma-separated scopes, e.g. read,write')
    .default('read,write,issues:create'),
  TRAILMAP_SECRET_KEY: z
    .string()
    .regex(
      /^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/,
      'must be 32 random bytes as 64 hex characters or base64 (e.g. `openssl rand -hex 32`)',
    )
    .optional(),
  LINEAR_WEBHOOK_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(7 * 3600),
  TRAILMAP_PREVIOUS_SECRET_KEYS: z
    .string()
    .regex(
      /^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)(,([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?))*$/,
      'must be comma-separated 32-byte keys (64 hex characters or base64 each)',
    )
    .optional(),
  TRAILMAP_ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  TRAILMAP_WORKER: z.enum(['in-process', 'off']).default('in-process'),
  LINEAR_API_URL: z
    .url({
      protocol: /^https?$/,
      error: 'must be an absolute http(s) URL, e.g. https://api.linear.app/graphql',
    })
    .optional(),
  TRAILMAP_RETRY_HORIZON_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds, e.g. 3600' })
    .int('must be a whole number of seconds, e.g. 3600')
    .min(10, 'must be at least 10 seconds (default 3600: retries outlast an hour-long outage)')
    .max(30 * 86_400, 'must be at most 30 days (2592000)')
    .default(3600),
  TRAILMAP_SHUTDOWN_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds, e.g. 10' })
    .min(0.1, 'must be more than 0 seconds')
    .max(600, 'must be at most 600 seconds')
    .default(10),
  TRAILMAP_LEASE_MS: z.coerce
    .number({ error: 'must be a number of milliseconds, e.g. 60000' })
    .int('must be a whole number of milliseconds, e.g. 60000')
    .min(100, 'must be at least 100 ms (default 60000)')
    .max(3_600_000, 'must be at most one hour (3600000)')
    .default(60_000),
  TRAILMAP_POLL_MS: z.coerce
    .number({ error: 'must be a number of milliseconds, e.g. 500' })
    .int('must be a whole number of milliseconds, e.g. 500')
    .min(10, 'must be at least 10 ms (default 500)')
    .max(600_000, 'must be at most 10 minutes (600000)')
    .default(500),
  TRAILMAP_JIRA_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be the Jira site URL, e.g. https://acme.atlassian.net' })
    .optional(),
  TRAILMAP_JIRA_EMAIL: z
    .email({ error: 'must be the e-mail address of the Jira API token owner' })
    .optional(),
  TRAILMAP_JIRA_API_TOKEN: optionalText,
  TRAILMAP_JIRA_PROJECTS: z
    .string()
    .trim()
    .regex(
      /^[A-Z][A-Z0-9_]+(\s*,\s*[A-Z][A-Z0-9_]+)*$/,
      'must be comma-separated Jira project keys, e.g. SUP,PM',
    )
    .optional(),
  TRAILMAP_JIRA_LINEAR_ORGANIZATION: optionalText,
});

/** One problem with one environment variable. */
export interface ConfigProblem {
  variable: string;
  message: string;
}

/** Either a usable configuration or every problem found, one per variable. */
export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] };

/**
 * Validates the environment and decides the Linear mode. Collects every problem instead of
 * stopping at the first, so an operator fixes the deployment in one pass.
 *
 * @example
 * const r = loadConfig({ PORT: '8787' });
 * // => { ok: true, config: { mode: 'demo', port: 8787, ... } }
 */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  const problems: ConfigProblem[] = [];
  const seen = new Set<string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0] ?? '(environment)');
      if (seen.has(variable)) continue;
      seen.add(variable);
      problems.push({ variable, message: issue.message });
    }
  }
  // Mode rules read the raw values too, so one run reports format and combination problems.
  const has = (name: string) => (env[name]?.trim() ?? '') !== '';
  const requireVar = (name: string, message: string) => {
    if (!has(name) && !seen.has(name)) {
      seen.add(name);
      problems.push({ variable: name, message });
    }
  };
  let mode: LinearMode = 'demo';
  if (has('LINEAR_CLIENT_ID') || has('LINEAR_CLIENT_SECRET')) {
    mode = 'oauth';
    requireVar('LINEAR_CLIENT_ID', 'is required for OAuth mode (set both client id and secret)');
    requireVar('LINEAR_CLIENT_SECRET', 'is required for OAuth mode (set both client id and secret)');
    requireVar(
      'LINEAR_WEBHOOK_SECRET',
      'is required for OAuth mode (copy it from the OAuth app settings in Linear)',
    );
    requireVar('PUBLIC_URL', 'is required for OAuth mode (the callback URL is built from it)');
  } else if (has('LINEAR_API_KEY')) {
    mode = 'api-key';
  } else if (has('LINEAR_WEBHOOK_SECRET')) {
    problems.push({
      variable: 'LINEAR_WEBHOOK_SECRET',
      message: 'is set but neither LINEAR_CLIENT_ID/SECRET nor LINEAR_API_KEY is; set one of them',
    });
  }
  if (has('DATABASE_URL') && !has('TRAILMAP_SECRET_KEY') && !seen.has('TRAILMAP_SECRET_KEY')) {
    // Every instance on one database must share the key, or links signed by one fail on another.
    problems.push({
      variable: 'TRAILMAP_SECRET_KEY',
      message:
        'is required with DATABASE_URL (all instances must share one key): set it to `openssl rand -hex 32`, the same on every instance',
    });
  }
  if (JIRA_VARIABLES.some(has)) {
    for (const name of JIRA_VARIABLES)
      requireVar(
        name,
        `is required for the Jira connection (set all of ${JIRA_VARIABLES.join(', ')}, or none)`,
      );
  } else if (has('TRAILMAP_JIRA_LINEAR_ORGANIZATION')) {
    problems.push({
      variable: 'TRAILMAP_JIRA_LINEAR_ORGANIZATION',
      message: 'is set but TRAILMAP_JIRA_BASE_URL is not; set the Jira connection or remove it',
    });
  }
  const features = readFeatureSettings(env);
  if (!features.ok) problems.push(...features.problems);
  if (!parsed.success || problems.length > 0 || !features.ok) return { ok: false, problems };
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    ok: true,
    config: {
      port: e.PORT,
      publicUrl,
      dataDir: e.DATA_DIR,
      databaseUrl: e.DATABASE_URL,
      mode,
      linearClientId: e.LINEAR_CLIENT_ID,
      linearClientSecret: e.LINEAR_CLIENT_SECRET,
      linearApiKey: e.LINEAR_API_KEY,
      linearWebhookSecret: e.LINEAR_WEBHOOK_SECRET,
      linearWebhookPreviousSecret: e.LINEAR_WEBHOOK_PREVIOUS_SECRET,
      linearScopes: e.LINEAR_SCOPES,
      secretKey: e.TRAILMAP_SECRET_KEY,
      previousSecretKeys: e.TRAILMAP_PREVIOUS_SECRET_KEYS?.split(',') ?? [],
      webhookMaxAgeSeconds: e.LINEAR_WEBHOOK_MAX_AGE_SECONDS,
      adminToken: e.TRAILMAP_ADMIN_TOKEN,
      inProcessWorker: e.TRAILMAP_WORKER === 'in-process',
      linearApiUrl: e.LINEAR_API_URL,
      retryHorizonMs: e.TRAILMAP_RETRY_HORIZON_SECONDS * 1000,
      shutdownTimeoutMs: Math.round(e.TRAILMAP_SHUTDOWN_TIMEOUT_SECONDS * 1000),
      workerLeaseMs: e.TRAILMAP_LEASE_MS,
      workerPollMs: e.TRAILMAP_POLL_MS,
      underPackageManager: has('npm_lifecycle_event'),
      features: features.value,
      jira:
        e.TRAILMAP_JIRA_BASE_URL &&
        e.TRAILMAP_JIRA_EMAIL &&
        e.TRAILMAP_JIRA_API_TOKEN &&
        e.TRAILMAP_JIRA_PROJECTS
          ? {
              baseUrl: e.TRAILMAP_JIRA_BASE_URL.replace(/\/+$/, ''),
              email: e.TRAILMAP_JIRA_EMAIL,
              apiToken: e.TRAILMAP_JIRA_API_TOKEN,
              projects: e.TRAILMAP_JIRA_PROJECTS.split(',').map((p) => p.trim()),
              organizationId: e.TRAILMAP_JIRA_LINEAR_ORGANIZATION,
            }
          : undefined,
    },
  };
}

/**
 * Formats config problems as one line per variable, for stderr at start-up.
 *
 * @example
 * formatConfigProblems([{ variable: 'PORT', message: 'must be a number' }]);
 * // => 'Invalid configuration:\n  PORT: must be a number'
 */
export function formatConfigProblems(problems: readonly ConfigProblem[]): string {
  return ['Invalid configuration:', ...problems.map((p) => `  ${p.variable}: ${p.message}`)].join('\n');
}
