import { seededRandom } from '../random/seededRandom';
import type { DuplicateDoc } from './duplicateTerms';
import type { KnownDuplicate } from './evaluateDuplicates';

/** Options of {@link syntheticBugReports}. */
export interface SyntheticReportOptions {
  /** Reports generated in all (originals, duplicates and distractors). Default 2000. */
  count?: number;
  /** Share of reports that are written as a duplicate of an earlier one. Default 0.05. */
  duplicateShare?: number;
  seed?: number;
}

/** A generated, labelled duplicate set. */
export interface SyntheticReports {
  docs: (DuplicateDoc & { component: string; version: string; platform: string })[];
  pairs: KnownDuplicate[];
}

const COMPONENTS: Record<string, { objects: string[]; classes: string[]; actions: string[] }> = {
  editor: {
    objects: ['draft', 'document', 'paragraph', 'table', 'comment thread', 'heading', 'image caption'],
    classes: ['DocumentEditor', 'SelectionModel', 'UndoStack', 'BlockRenderer'],
    actions: ['saving', 'pasting', 'undoing', 'formatting', 'resizing'],
  },
  sync: {
    objects: ['offline change', 'workspace', 'shared folder', 'attachment', 'revision history'],
    classes: ['SyncEngine', 'ChangeQueue', 'ConflictResolver', 'RevisionStore'],
    actions: ['syncing', 'reconnecting', 'merging', 'restoring'],
  },
  auth: {
    objects: ['login page', 'SSO session', 'password reset link', 'two-factor code', 'API token'],
    classes: ['SessionManager', 'OAuthClient', 'TokenRefresher', 'SamlHandler'],
    actions: ['signing in', 'logging out', 'refreshing the token', 'switching accounts'],
  },
  export: {
    objects: ['PDF export', 'CSV export', 'report', 'invoice', 'chart image', 'backup archive'],
    classes: ['ExportService', 'PdfWriter', 'CsvSerializer', 'ArchiveBuilder'],
    actions: ['exporting', 'downloading', 'printing', 'scheduling an export'],
  },
  notifications: {
    objects: ['push notification', 'email digest', 'mention alert', 'reminder', 'badge count'],
    classes: ['NotificationDispatcher', 'DigestScheduler', 'PushGateway', 'BadgeCounter'],
    actions: ['muting', 'snoozing', 'subscribing', 'mentioning someone'],
  },
  search: {
    objects: ['search results', 'filter panel', 'saved query', 'autocomplete list', 'search index'],
    classes: ['QueryParser', 'SearchIndexer', 'FacetBuilder', 'SuggestionProvider'],
    actions: ['searching', 'filtering', 'sorting results', 'typing a query'],
  },
  billing: {
    objects: ['invoice total', 'credit card form', 'subscription plan', 'tax line', 'coupon code'],
    classes: ['BillingGateway', 'InvoiceCalculator', 'PlanUpgrader', 'TaxResolver'],
    actions: ['upgrading the plan', 'applying a coupon', 'paying', 'cancelling the subscription'],
  },
  calendar: {
    objects: ['recurring event', 'meeting invite', 'time zone setting', 'agenda view', 'reminder time'],
    classes: ['RecurrenceExpander', 'InviteSender', 'TimeZoneMapper', 'AgendaLayout'],
    actions: ['rescheduling', 'accepting an invite', 'dragging an event', 'changing the time zone'],
  },
};

// Each symptom with the ways different reporters put it.
const SYMPTOMS: string[][] = [
  ['crashes', 'the app closes', 'force closes', 'quits unexpectedly'],
  ['freezes', 'hangs', 'becomes unresponsive', 'locks up'],
  ['shows a blank screen', 'renders nothing', 'is empty', 'goes white'],
  ['loses data', 'drops my changes', 'deletes what I typed', 'discards edits'],
  ['is very slow', 'takes forever', 'lags badly', 'is sluggish'],
  ['shows the wrong values', 'displays incorrect numbers', 'is off by one', 'shows stale data'],
  ['fails with an error', 'throws an error', 'shows an error message', 'errors out'],
  ['duplicates entries', 'creates the item twice', 'shows everything double', 'repeats rows'],
];
const EXCEPTIONS = [
  'java.lang.NullPointerException',
  'java.lang.IllegalStateException',
  'java.util.ConcurrentModificationException',
  'java.lang.IndexOutOfBoundsException',
  'TypeError',
  'java.io.IOException',
];
const PLATFORMS = ['ios', 'android', 'windows', 'macos', 'linux', 'web'];
const OPENERS = [
  ['Steps to reproduce:', 'How to reproduce', 'Repro:', 'What I did:'],
  ['Expected:', 'I expected', 'Should:', 'Expected result:'],
  ['Actual:', 'Instead', 'What happens:', 'Actual result:'],
];
const FILLER = [
  'This started after the last update.',
  'It happens every time for me.',
  'It only happens sometimes, maybe one in five tries.',
  'A colleague sees the same thing.',
  'Restarting does not help.',
  'We rely on this daily, please have a look.',
  'I tried clearing the cache without luck.',
  'Screenshot attached.',
  'Not sure if this is related to the new release.',
  'This is blocking our team.',
];

/**
 * A seeded, labelled set of synthetic bug reports with paraphrased duplicates: each "bug" is a
 * component, an object, an action and a symptom (plus sometimes an exception with stack frames);
 * a duplicate re-tells the same bug as another reporter would (other words for the symptom,
 * another body layout, a different platform or version, part of the trace). Many distinct bugs
 * share a component and symptom, so ranking must tell them apart. Synthetic: easier in wording
 * than real duplicates, useful for regression and scale, not a substitute for real tracker data.
 *
 * @example
 * const { docs, pairs } = syntheticBugReports({ count: 500, seed: 1 });
 * pairs.length; // => about 25
 */
export function syntheticBugReports(options: SyntheticReportOptions = {}): SyntheticReports {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const count = options.count ?? 2000;
  const share = options.duplicateShare ?? 0.05;
  const componentNames = Object.keys(COMPONENTS);
  interface Bug {
    component: string;
    object: string;
    action: string;
    symptom: number;
    exception?: string;
    frames: string[];
    detail: string;
  }
  const bugs: Bug[] = [];
  const docs: SyntheticReports['docs'] = [];
  const pairs: KnownDuplicate[] = [];
  // Position in `docs` of each bug's first report: duplicates point at it.
  const originalDoc: number[] = [];
  const write = (bug: Bug, id: string, retelling: boolean) => {
    const symptom = pick(SYMPTOMS[bug.symptom]!);
    const lead = retelling ? pick(['After', 'While', 'When', 'Every time after']) : pick(['When', 'While']);
    const title = pick([
      () => `${capital(bug.object)} ${symptom} ${lead.toLowerCase()} ${bug.action}`,
      () => `${lead} ${bug.action} the ${bug.object}, it ${symptom}`,
      () => `${capital(bug.component)}: ${bug.object} ${symptom}`,
      () =>
        `${capital(bug.action)} ${bug.object} ${symptom}${bug.exception ? ` (${short(bug.exception)})` : ''}`,
    ])();
    const platform = pick(PLATFORMS);
    const version = `${1 + Math.floor(random() * 4)}.${Math.floor(random() * 10)}`;
    const lines = [
      `${pick(OPENERS[0]!)} open the ${bug.component} area, ${bug.action} the ${bug.object} ${bug.detail}.`,
      `${pick(OPENERS[1]!)} the ${bug.object} to work normally.`,
      `${pick(OPENERS[2]!)} it ${pick(SYMPTOMS[bug.symptom]!)}.`,
      `Using version ${version} on ${platform}.`,
    ];
    for (let i = 0, n = Math.floor(random() * 3); i < n; i++) lines.push(pick(FILLER));
    if (bug.exception && random() < (retelling ? 0.6 : 0.8)) {
      const frames = retelling
        ? bug.frames.slice(0, 1 + Math.floor(random() * bug.frames.length))
        : bug.frames;
      lines.push(`${bug.exception}: ${pick(['unexpected state', 'null', 'index 3', 'closed'])}`);
      for (const f of frames) lines.push(`    at ${f}`);
    }
    if (retelling) shuffleMiddle(lines, random);
    docs.push({ id, title, body: lines.join('\n'), component: bug.component, version, platform });
  };
  for (let i = 0; i < count; i++) {
    const id = `SYN-${i + 1}`;
    if (bugs.length > 20 && random() < share) {
      const original = Math.floor(random() * bugs.length);
      write(bugs[original]!, id, true);
      pairs.push({ duplicate: id, original: docs[originalDoc[original]!]!.id });
      continue;
    }
    const component = pick(componentNames);
    const c = COMPONENTS[component]!;
    const hasException = random() < 0.35;
    const cls = pick(c.classes);
    const bug: Bug = {
      component,
      object: pick(c.objects),
      action: pick(c.actions),
      symptom: Math.floor(random() * SYMPTOMS.length),
      frames: hasException
        ? [
            `com.acme.${component}.${cls}.${pick(['apply', 'handle', 'flush', 'render', 'resolve'])}${cls}(${cls}.java:${10 + Math.floor(random() * 400)})`,
            `com.acme.${component}.${pick(c.classes)}.run(${cls}.java:${10 + Math.floor(random() * 400)})`,
            `com.acme.core.EventLoop.dispatch(EventLoop.java:${10 + Math.floor(random() * 90)})`,
          ]
        : [],
      detail: pick([
        'with more than 50 items',
        'right after opening the app',
        'on a slow network',
        'with two tabs open',
        'while another user edits',
        'after changing the language',
        'from the mobile widget',
        'in dark mode',
        'with an external keyboard',
        'for a shared workspace',
      ]),
      ...(hasException ? { exception: pick(EXCEPTIONS) } : {}),
    };
    bugs.push(bug);
    originalDoc.push(docs.length);
    write(bug, id, false);
  }
  return { docs, pairs };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function short(exception: string): string {
  return exception.split('.').pop()!;
}

// A second reporter orders the middle of a report differently; first and last lines stay.
function shuffleMiddle(lines: string[], random: () => number): void {
  for (let i = lines.length - 2; i > 1; i--) {
    const j = 1 + Math.floor(random() * i);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
}
