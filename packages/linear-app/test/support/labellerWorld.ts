import type { ClaimedJob } from '../../src/jobs/queue';
import { effectOnce } from '../../src/jobs/queue';
import type { JobContext, JobHandler, JobOutcome } from '../../src/jobs/worker';
import { createLinearApi } from '../../src/linear/linearApi';
import type { LinearAuthProvider } from '../../src/oauth/linearAuth';
import { readFeatureSettings } from '../../src/routes/featureSettings';
import type { Store } from '../../src/storage/store';
import { createSnapshotStore } from '../../src/sync/snapshotStore';
import { recordCompleteSync } from '../../src/sync/syncStatus';
import { conn, issueFixture } from './linearFixtures';
import { memoryStore } from './testStore';

export const LABEL_ORG = 'org-label';
export const APP_USER = 'app-user-1';
const FB_TEAM = { id: 'team-fb', key: 'FB', name: 'Feedback' };
/** When the labelling suites run their jobs: the day after the history's complete sync. */
export const LABEL_NOW = Date.UTC(2026, 1, 20, 9);

/** The suites' feature settings: team FB is feedback, and a label applies from 30 % confidence. */
export const labellerSettings = (() => {
  const settings = readFeatureSettings({
    TRAILMAP_FEEDBACK_TEAMS: 'FB',
    TRAILMAP_MIN_LABEL_CONFIDENCE: '0.3',
  });
  if (!settings.ok) throw new Error(settings.messages.join());
  return settings.value;
})();

const BUG = [
  'crashes when saving',
  'throws an error on login',
  'export fails with exception',
  'freezes and crashes on upload',
  'error 500 when opening settings',
  'broken link throws error',
  'app crashes after update',
  'sync fails with timeout error',
  'data lost after crash',
  'exception when deleting a draft',
];
const FEATURE = [
  'add support for dark mode',
  'new integration with Salesforce',
  'allow users to export to PDF',
  'add calendar view',
  'support for custom fields',
  'new API endpoint for reports',
  'allow scheduling of messages',
  'add two-factor login option',
  'support importing from CSV',
  'new mobile widget',
];
const IMPROVEMENT = [
  'make search faster',
  'improve loading performance of inbox',
  'better layout for settings page',
  'reduce clicks to assign a ticket',
  'clearer wording in onboarding',
  'speed up dashboard rendering',
  'improve contrast of buttons',
  'smoother scrolling in lists',
  'simplify the filter menu',
  'more readable timestamps',
];

/**
 * The labelled history of a feedback team, in the mirror: 60 issues carrying Linear's Bug,
 * Feature or Improvement labels (the cold-start training data), plus a near-duplicate target.
 */
export async function seedLabelledHistory(store: Store): Promise<void> {
  const snapshots = createSnapshotStore(store);
  // As after the first complete sync: webhook work waits for one.
  await recordCompleteSync(store, LABEL_ORG, Date.UTC(2026, 1, 20));
  const rows: { id: string; updatedAt: string; data: unknown }[] = [];
  let n = 1;
  for (const [label, titles] of [
    ['Bug', BUG],
    ['Feature', FEATURE],
    ['Improvement', IMPROVEMENT],
  ] as const) {
    for (const variant of ['', ' again']) {
      for (const t of titles) {
        const issue = issueFixture(n, {
          id: `hist-${n}`,
          identifier: `FB-${n}`,
          title: `${t}${variant}`,
          team: FB_TEAM,
          labels: conn([{ id: `lbl-${label.toLowerCase()}-old`, name: label }]),
        });
        rows.push({ id: issue.id, updatedAt: issue.updatedAt, data: issue });
        n++;
      }
    }
  }
  const dup = issueFixture(90, {
    id: 'hist-dup',
    identifier: 'FB-90',
    title: 'Invoice PDF download returns a blank page in Safari',
    description: 'Clicking download invoice PDF in Safari opens a blank page instead of the file.',
    team: FB_TEAM,
  });
  rows.push({ id: dup.id, updatedAt: dup.updatedAt, data: dup });
  await snapshots.upsert(LABEL_ORG, 'issues', rows);
  await snapshots.upsert(LABEL_ORG, 'teams', [
    {
      id: FB_TEAM.id,
      updatedAt: '',
      data: { ...FB_TEAM, cyclesEnabled: false, triageEnabled: true, issueEstimationType: 'notUsed' },
    },
  ]);
}

const BILLING = [
  'invoice total is wrong after a discount',
  'charged twice for the monthly plan',
  'cannot download the invoice PDF',
  'refund never arrived on my card',
  'VAT missing on the company invoice',
  'payment method update keeps failing',
  'billing page shows the old plan price',
  'credit card declined at checkout',
  'subscription renewal charged the wrong amount',
  'invoice address cannot be changed',
];
const AUTH = [
  'password reset email never arrives',
  'single sign-on with Okta loops back to login',
  'two-factor code is rejected every time',
  'logged out every few minutes',
  'cannot sign in with Google account',
  'session expires while typing',
  'SAML login fails for new users',
  'magic link login opens a blank page',
  'account locked after one wrong password',
  'login page rejects a valid email address',
];

/**
 * Adds the feedback team's area-labelled history: issues its people labelled `billing` or
 * `auth` (the team's own product areas, not kind labels), `variants` copies of 20 titles each.
 * Two variants give 40 examples, enough for core to apply labels; one gives 20, suggest only.
 */
export async function seedAreaHistory(
  store: Store,
  variants: readonly string[] = ['', ' again'],
): Promise<void> {
  const rows: { id: string; updatedAt: string; data: unknown }[] = [];
  let n = 200;
  for (const [label, titles] of [
    ['billing', BILLING],
    ['auth', AUTH],
  ] as const) {
    for (const variant of variants) {
      for (const t of titles) {
        const issue = issueFixture(n, {
          id: `area-${n}`,
          identifier: `FB-${n}`,
          title: `${t}${variant}`,
          team: FB_TEAM,
          labels: conn([{ id: `lbl-${label}`, name: label }]),
        });
        rows.push({ id: issue.id, updatedAt: issue.updatedAt, data: issue });
        n++;
      }
    }
  }
  await createSnapshotStore(store).upsert(LABEL_ORG, 'issues', rows);
}

/** A credential provider that always answers with an OAuth token and the app user id. */
export const fakeAuth: LinearAuthProvider = {
  async getLinearAuth(organizationId) {
    return { ok: true, value: { kind: 'oauth', token: 'tok', organizationId, appUserId: APP_USER } };
  },
};

/** Mutable Linear state served by the mock resolvers. */
export interface LinearWorld {
  labels: { id: string; name: string; team: { id: string } | null }[];
  issueLabels: Map<string, string[]>;
  comments: { id: string; issueId: string; body: string }[];
  relations: { id: string; issueId: string; relatedIssueId: string; type: string }[];
}

/** Resolvers implementing labels, comments and relations over `world` (the rest comes from the schema). */
export function worldResolvers(
  world: LinearWorld,
  issue: { id: string; title: string; description: string },
) {
  const labelOf = (id: string) => world.labels.find((l) => l.id === id);
  return () => ({
    Query: {
      issue: (_: unknown, args: { id: string }) => ({
        ...issueFixture(100, {
          id: args.id,
          identifier: 'FB-100',
          title: issue.title,
          description: issue.description,
          team: FB_TEAM,
        }),
        labels: conn((world.issueLabels.get(args.id) ?? []).map((id) => labelOf(id)).filter(Boolean)),
      }),
      issueLabels: (
        _: unknown,
        args: { filter?: { name?: { eqIgnoreCase?: string }; id?: { in?: string[] } } },
      ) => {
        const name = args.filter?.name?.eqIgnoreCase?.toLowerCase();
        const ids = args.filter?.id?.in;
        return conn(
          world.labels.filter(
            (l) => (name === undefined || l.name.toLowerCase() === name) && (!ids || ids.includes(l.id)),
          ),
        );
      },
    },
    Mutation: {
      issueLabelCreate: (_: unknown, args: { input: { id: string; name: string; teamId?: string } }) => {
        if (world.labels.some((l) => l.id === args.input.id)) throw new Error('Entity already exists');
        const label = {
          id: args.input.id,
          name: args.input.name,
          team: args.input.teamId ? { id: args.input.teamId } : null,
        };
        world.labels.push(label);
        return { success: true, issueLabel: label };
      },
      issueAddLabel: (_: unknown, args: { id: string; labelId: string }) => {
        const current = world.issueLabels.get(args.id) ?? [];
        if (!current.includes(args.labelId)) world.issueLabels.set(args.id, [...current, args.labelId]);
        return { success: true };
      },
      commentCreate: (_: unknown, args: { input: { id: string; issueId: string; body: string } }) => {
        if (world.comments.some((c) => c.id === args.input.id)) throw new Error('Entity already exists');
        world.comments.push(args.input);
        return { success: true, comment: { id: args.input.id } };
      },
      issueRelationCreate: (_: unknown, args: { input: LinearWorld['relations'][number] }) => {
        world.relations.push(args.input);
        return { success: true, issueRelation: { id: args.input.id } };
      },
    },
  });
}

let jobIds = 1;

/** A fresh in-memory store holding `seedLabelledHistory`. */
export async function labelledStore(): Promise<Store> {
  const store = await memoryStore();
  await seedLabelledHistory(store);
  return store;
}

/** Runs one job through a handler as the worker would, committing `commit` in a transaction. */
export async function runJob(
  handler: JobHandler,
  store: Store,
  payload: unknown,
  now: number,
): Promise<JobOutcome> {
  const id = jobIds++;
  const job: ClaimedJob = {
    id,
    type: 'linear.Issue',
    payload,
    organizationId: LABEL_ORG,
    attempts: 1,
    maxAttempts: 8,
    leaseToken: 'lease',
    leaseUntil: now + 60_000,
    firstFailedAt: null,
    recovered: false,
  };
  const ctx: JobContext = {
    store,
    linearAuth: fakeAuth,
    now: () => now,
    effectOnce: (key, fn) => effectOnce(store, key, id, fn, now),
  };
  const outcome = await handler(job, ctx);
  if (outcome.kind === 'done' && outcome.commit) await store.transaction(outcome.commit);
  return outcome;
}

/** The Linear client factory handlers use in tests: the real client, no real sleeping. */
export const testApi = () => createLinearApi({ accessToken: 'tok', sleep: async () => {} });
