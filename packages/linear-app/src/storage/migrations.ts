import type { Dialect } from './store';

/** One schema change. `sql` is shared, or written for a dialect where the two differ. */
export interface Migration {
  version: number;
  name: string;
  sql: string | ((dialect: Dialect) => string);
}

// The dialects differ only in how an auto-numbered key is declared.
const AUTO_ID: Record<Dialect, string> = {
  sqlite: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  postgres: 'BIGSERIAL PRIMARY KEY',
};

/**
 * The schema, oldest first. Never edit an applied migration; append a new one. Times are epoch
 * milliseconds in BIGINT columns so both dialects compare them the same way.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'jobs and webhook deliveries',
    sql: (dialect) => `
        CREATE TABLE jobs (
          id ${AUTO_ID[dialect]},
          type TEXT NOT NULL,
          payload TEXT NOT NULL,
          organization_id TEXT,
          dedupe_key TEXT UNIQUE,
          status TEXT NOT NULL DEFAULT 'ready',
          attempts INTEGER NOT NULL DEFAULT 0,
          max_attempts INTEGER NOT NULL,
          run_at BIGINT NOT NULL,
          lease_token TEXT,
          lease_until BIGINT,
          last_error TEXT,
          created_at BIGINT NOT NULL,
          updated_at BIGINT NOT NULL,
          completed_at BIGINT
        );`,
  },
  {
    version: 2,
    name: 'job indexes, effects, deliveries',
    sql: `
      CREATE INDEX jobs_ready_idx ON jobs (status, run_at);
      CREATE INDEX jobs_lease_idx ON jobs (status, lease_until);
      CREATE TABLE job_effects (
        effect_key TEXT PRIMARY KEY,
        job_id BIGINT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE webhook_deliveries (
        delivery_id TEXT PRIMARY KEY,
        body_sha256 TEXT NOT NULL UNIQUE,
        organization_id TEXT,
        event_type TEXT NOT NULL,
        action TEXT NOT NULL,
        webhook_timestamp BIGINT NOT NULL,
        received_at BIGINT NOT NULL,
        outcome TEXT NOT NULL
      );
      CREATE INDEX webhook_deliveries_received_idx ON webhook_deliveries (received_at);`,
  },
  {
    version: 3,
    name: 'installations and oauth states',
    sql: `
      CREATE TABLE installations (
        organization_id TEXT PRIMARY KEY,
        organization_name TEXT NOT NULL,
        url_key TEXT,
        app_user_id TEXT,
        scope TEXT NOT NULL,
        access_token_enc TEXT NOT NULL,
        refresh_token_enc TEXT,
        token_expires_at BIGINT,
        key_id TEXT NOT NULL,
        refresh_lock_until BIGINT,
        installed_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE oauth_states (
        state TEXT PRIMARY KEY,
        code_verifier_enc TEXT NOT NULL,
        browser_binding TEXT NOT NULL,
        expires_at BIGINT NOT NULL,
        created_at BIGINT NOT NULL
      );`,
  },
  {
    version: 4,
    name: 'claim indexes that match the two claim queries',
    // The claim used to OR "due" and "lease expired" in one WHERE, which no index serves: every
    // poll scanned the whole table. Two queries, each with its own index, stay O(batch).
    sql: `
      DROP INDEX jobs_ready_idx;
      DROP INDEX jobs_lease_idx;
      CREATE INDEX jobs_due_idx ON jobs (status, run_at, id);
      CREATE INDEX jobs_lease_expiry_idx ON jobs (status, lease_until, id);`,
  },
  {
    version: 5,
    name: 'installation: the app OAuth client id as Linear reports it in webhook actors',
    sql: 'ALTER TABLE installations ADD COLUMN app_actor_id TEXT;',
  },
  {
    version: 6,
    name: 'jobs: first failure time (retries stop at a horizon from it, not after a count)',
    sql: 'ALTER TABLE jobs ADD COLUMN first_failed_at BIGINT;',
  },
  {
    version: 7,
    name: 'instance settings (the secret key fingerprint)',
    sql: 'CREATE TABLE instance_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);',
  },
  {
    version: 8,
    name: 'workspace sync status (webhook work waits for the first complete sync)',
    sql: 'CREATE TABLE workspace_syncs (organization_id TEXT PRIMARY KEY, first_synced_at BIGINT NOT NULL, last_synced_at BIGINT NOT NULL);',
  },
  {
    // Feature tables (linear-app features side): Linear mirror + sync cursors, the workspace's
    // label model, plan previews (apply refuses stale ones), and sidebar links the app created.
    version: 100,
    name: 'linear mirror, label model, plan previews, sidebar links',
    sql: `
      CREATE TABLE linear_entities (
        organization_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        id TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (organization_id, entity, id)
      );
      CREATE TABLE linear_sync_cursors (
        organization_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        cursor TEXT NOT NULL,
        synced_at BIGINT NOT NULL,
        PRIMARY KEY (organization_id, entity)
      );
      CREATE TABLE label_models (
        organization_id TEXT PRIMARY KEY,
        model TEXT NOT NULL,
        revision INTEGER NOT NULL,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE plan_previews (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL,
        scope TEXT NOT NULL,
        input_hash TEXT NOT NULL,
        plan TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        applied_at BIGINT
      );
      CREATE TABLE sidebar_links (
        organization_id TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        url TEXT NOT NULL,
        linear_id TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (organization_id, entity_type, entity_id)
      );`,
  },
  {
    // Experiments side: experiment records posted per workspace, and the workspace's API token
    // for POST /api/experiments (only its SHA-256 is kept).
    version: 140,
    name: 'experiment records and per-workspace experiment API tokens',
    sql: `
      CREATE TABLE experiment_records (
        organization_id TEXT NOT NULL,
        id TEXT NOT NULL,
        record TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (organization_id, id)
      );
      CREATE TABLE experiment_tokens (
        organization_id TEXT PRIMARY KEY,
        token_sha256 TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );`,
  },
  {
    // A label model per team for its own area labels (Linear labels are team-scoped), beside the
    // workspace's kind model in label_models.
    version: 145,
    name: 'per-team area label models',
    sql: `
      CREATE TABLE area_label_models (
        organization_id TEXT NOT NULL,
        team_key TEXT NOT NULL,
        model TEXT NOT NULL,
        revision INTEGER NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (organization_id, team_key)
      );`,
  },
  {
    // The Jira site's issues for cross-tracker duplicates, kept across restarts: one row per
    // mirrored issue and the mirror's read times (incremental refreshes between full re-reads),
    // plus, per workspace, which Jira issue version was last matched against its Linear issues.
    version: 150,
    name: 'jira mirror and the jira issues matched against linear',
    sql: `
      CREATE TABLE jira_mirrors (
        mirror TEXT PRIMARY KEY,
        full_at BIGINT NOT NULL,
        read_at BIGINT NOT NULL
      );
      CREATE TABLE jira_mirror_issues (
        mirror TEXT NOT NULL,
        issue_key TEXT NOT NULL,
        version TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (mirror, issue_key)
      );
      CREATE TABLE jira_duplicate_baselines (
        organization_id TEXT NOT NULL,
        mirror TEXT NOT NULL,
        taken_at BIGINT NOT NULL,
        PRIMARY KEY (organization_id, mirror)
      );
      CREATE TABLE jira_duplicate_checks (
        organization_id TEXT NOT NULL,
        mirror TEXT NOT NULL,
        issue_key TEXT NOT NULL,
        version TEXT NOT NULL,
        PRIMARY KEY (organization_id, mirror, issue_key)
      );`,
  },
];

/** The SQL of `m` for `dialect`. */
export function migrationSql(m: Migration, dialect: Dialect): string {
  return typeof m.sql === 'string' ? m.sql : m.sql(dialect);
}
