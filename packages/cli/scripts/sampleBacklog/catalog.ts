import { seededRandom } from '@trailmap/core';
import { WSJF_SCALE } from '@trailmap/core/scoring';
import { CUSTOMERS, EPICS, HISTORY, IDEAS, INITIATIVES, PEOPLE, RELEASES, TEAMS, THEMES } from './content';
import { FEEDBACK } from './feedbackContent';
import {
  hex,
  type Person,
  pick,
  type SampleItem,
  type SampleScores,
  type SampleState,
  type Team,
  uuid,
} from './model';

/** The instant the sample was "exported": history lies in the ten weeks before it. */
export const SAMPLE_NOW = new Date('2026-11-24T17:00:00Z');
const DAY = 86_400_000;

// Dependencies by title: [blocker, blocked].
const DEPENDENCIES: [string, string][] = [
  ['SAML SSO with Okta and Azure AD', 'Enforce SSO for all agents'],
  ['SAML SSO with Okta and Azure AD', 'SCIM user provisioning'],
  ['Stand up the EU data centre', 'Region selector at signup'],
  ['Stand up the EU data centre', 'Migrate existing EU tenants'],
  ['Audit log of admin changes', 'Stream the audit log to a SIEM'],
  ['Redact personal data before it reaches the model', 'Suggest replies from help-centre articles'],
  ['Suggest replies from help-centre articles', 'Tone rewrite: friendlier or more formal'],
  ['Business-hours calendars per team', 'Pause the SLA clock while a ticket is pending'],
  ['Business-hours calendars per team', 'SLA reports by customer tier'],
  ['Sync account owner from Salesforce', 'Show open opportunities in the ticket sidebar'],
  ['Cursor pagination for the ticket list', 'Zapier triggers and actions'],
  ['Signed webhooks with retries', 'Zapier triggers and actions'],
  ['Drag-and-drop dashboard layout', 'Scheduled dashboard emails'],
  ['Post-resolution CSAT survey', 'NPS survey campaigns'],
  ['Route WhatsApp messages into the inbox', 'Merge duplicate conversations across channels'],
  ['Show who is viewing a ticket', 'Lock the reply box while a teammate is typing'],
  ['Trigger automations on custom field changes', 'Delay step in automations'],
];

// Ideas left unscored on purpose, and ideas scored without an effort estimate.
const UNSCORED = new Set([4, 9, 21, 29, 38]);
const NO_EFFORT = new Set([16, 33]);
// Epic index → release it is planned in; ideas planned by index.
const EPIC_RELEASE: Record<number, string> = {
  0: '2026.12',
  2: '2026.12',
  3: '2027.01',
  7: '2027.01',
  9: '2026.12',
  10: '2027.02',
  11: '2027.01',
};
const IDEA_RELEASE: Record<number, string> = {
  0: '2027.01',
  1: '2026.12',
  3: '2026.12',
  10: '2027.01',
  17: '2026.12',
  18: '2027.02',
  23: '2027.02',
  30: '2027.01',
  32: '2027.02',
};

/**
 * Builds the sample backlog deterministically from the content tables.
 *
 * @example
 * buildSampleItems().length; // => 147
 */
export function buildSampleItems(): SampleItem[] {
  // core's one seeded PRNG, so the committed samples regenerate byte for byte.
  const random = seededRandom(20261124);
  const people = new Map<string, Person>(
    PEOPLE.map((name) => [
      name,
      {
        name,
        email: `${name
          .split(' ')[0]!
          .normalize('NFKD')
          .replace(/[^A-Za-z]/g, '')
          .toLowerCase()}@relaydesk.io`,
        accountId: `712020:${uuid(random)}`,
      },
    ]),
  );
  const teams = new Map<string, Team>(
    TEAMS.map((t, i) => [
      t.key,
      {
        key: t.key,
        name: t.name,
        projectId: String(10100 + i),
        projectUuid: uuid(random),
        lead: people.get(t.lead)!,
      },
    ]),
  );
  const counters = new Map<string, number>();
  let nextId = 10500;
  const items: SampleItem[] = [];
  const person = () => people.get(pick(random, PEOPLE))!;
  const created = (daysAgoMin: number, daysAgoMax: number) =>
    new Date(
      SAMPLE_NOW.getTime() -
        (daysAgoMin + random() * (daysAgoMax - daysAgoMin)) * DAY -
        Math.floor(random() * 600) * 60_000,
    );

  const add = (
    teamKey: string,
    partial: Omit<
      SampleItem,
      | 'key'
      | 'id'
      | 'uuid'
      | 'team'
      | 'blocks'
      | 'relates'
      | 'customers'
      | 'rank'
      | 'reporter'
      | 'updated'
      | 'labels'
    > &
      Partial<SampleItem>,
  ): SampleItem => {
    const n = (counters.get(teamKey) ?? 100) + 1;
    counters.set(teamKey, n);
    const team = teams.get(teamKey)!;
    const item: SampleItem = {
      key: `${teamKey}-${n}`,
      id: String(nextId++),
      uuid: uuid(random),
      team,
      blocks: [],
      relates: [],
      customers: [],
      labels: [],
      reporter: team.lead,
      rank: 0,
      updated: new Date(Math.min(SAMPLE_NOW.getTime(), partial.created.getTime() + random() * 20 * DAY)),
      ...partial,
    };
    if (item.resolved && item.updated < item.resolved) item.updated = item.resolved;
    items.push(item);
    return item;
  };

  EPICS.forEach(([teamKey, initiative, theme, title, description, children], e) => {
    const release = EPIC_RELEASE[e];
    const r = RELEASES.find((x) => x.name === release);
    const epic = add(teamKey, {
      type: 'Epic',
      title,
      description,
      state: release ? 'in_progress' : 'todo',
      initiative: INITIATIVES[initiative],
      theme: THEMES[theme],
      priority: pick(random, ['High', 'Medium', 'Urgent'] as const),
      assignee: teams.get(teamKey)!.lead,
      created: created(60, 120),
      scores: scores(random, e % 5 === 4),
      ...(release && r ? { release, startDate: r.start, dueDate: r.end } : {}),
    });
    epic.labels.push(labelFor(theme));
    // Big epics span two releases; Jira lists both fix versions, the first is where it starts.
    const next = RELEASES[RELEASES.findIndex((x) => x.name === release) + 1];
    if (release && next && e % 2 === 0) epic.alsoIn = next.name;
    children.forEach(([type, childTitle], c) => {
      const done = release !== undefined && c === 0;
      const resolved = done ? new Date(SAMPLE_NOW.getTime() - (3 + random() * 60) * DAY) : undefined;
      const state: SampleState = done
        ? 'done'
        : release && c === 1
          ? pick(random, ['in_progress', 'in_review'] as const)
          : 'todo';
      add(teamKey, {
        type: type as SampleItem['type'],
        title: childTitle,
        description: `Part of "${title}".`,
        state,
        parentKey: epic.key,
        initiative: epic.initiative,
        theme: epic.theme,
        points: pick(random, [1, 2, 3, 5, 8]),
        priority: pick(random, ['High', 'Medium', 'Medium', 'Low'] as const),
        assignee: person(),
        created: created(30, 90),
        ...(resolved ? { resolved, started: new Date(resolved.getTime() - 4 * DAY) } : {}),
        ...(state === 'in_progress' || state === 'in_review' ? { started: created(2, 12) } : {}),
        ...(done
          ? { release: resolved! < new Date('2026-10-17') ? '2026.10' : '2026.11' }
          : release
            ? { release }
            : {}),
        ...(release && state !== 'done' ? { sprint: `${teamKey} Sprint ${40 + e}` } : {}),
      });
    });
  });

  IDEAS.forEach(([teamKey, initiative, theme, title], i) => {
    const release = IDEA_RELEASE[i];
    const r = RELEASES.find((x) => x.name === release);
    const idea = add(teamKey, {
      type: 'Idea',
      title,
      description: `${title}. Raised by customers and the field team; see linked feedback.`,
      state: release ? (i % 3 === 0 ? 'in_progress' : 'todo') : 'backlog',
      initiative: INITIATIVES[initiative],
      theme: THEMES[theme],
      points: pick(random, [3, 5, 8, 13]),
      priority: pick(random, ['High', 'Medium', 'Low', 'None'] as const),
      created: created(20, 200),
      ...(UNSCORED.has(i) ? {} : { scores: scores(random, NO_EFFORT.has(i)) }),
      ...(release && r ? { release, dueDate: r.end } : {}),
      ...(release && i % 3 === 0 ? { started: created(1, 10), assignee: person() } : {}),
    });
    idea.labels.push(labelFor(theme));
    if (i % 4 === 0) idea.labels.push('customer-request');
    const n = Math.floor(random() * 4);
    for (let k = 0; k < n; k++) {
      const c = pick(random, CUSTOMERS).name;
      if (!idea.customers.includes(c)) idea.customers.push(c);
    }
  });

  HISTORY.forEach(([teamKey, type, title], h) => {
    const resolved = new Date(SAMPLE_NOW.getTime() - (1 + (h / HISTORY.length) * 69 + random()) * DAY);
    const state: SampleState = h === 6 || h === 13 ? 'wont_do' : h === 19 ? 'duplicate' : 'done';
    add(teamKey, {
      type: type as SampleItem['type'],
      title,
      description: type === 'Bug' ? `Steps to reproduce:\n1. ${title}\n2. Observe the error` : title,
      state,
      points: pick(random, [1, 2, 3, 5]),
      priority: pick(random, ['High', 'Medium', 'Low'] as const),
      assignee: person(),
      created: new Date(resolved.getTime() - (5 + random() * 25) * DAY),
      resolved,
      started: new Date(resolved.getTime() - 3 * DAY),
      release: resolved < new Date('2026-10-17') ? '2026.10' : '2026.11',
      ...(state === 'duplicate'
        ? { duplicateOf: items.find((x) => x.title === 'Tickets-by-tag breakdown')?.key ?? '' }
        : {}),
    });
  });
  const dup = items.find((x) => x.state === 'duplicate');
  if (dup && !dup.duplicateOf)
    dup.duplicateOf = items.find((x) => x.title === 'First-response-time chart')!.key;

  const byTitle = new Map(items.map((x) => [x.title, x]));
  FEEDBACK.forEach(([customer, target, channel, title, text], f) => {
    const answered = channel === 'support' && f % 5 === 0;
    const fb = add('FB', {
      type: 'Feedback',
      title,
      description: text,
      state: answered ? 'done' : 'backlog',
      priority: 'None',
      created: created(2, 70),
      ...(answered ? { resolved: created(0, 2) } : {}),
    });
    fb.labels.push(channel);
    fb.customers.push(customer);
    const t = byTitle.get(target);
    if (t) fb.relates.push(t.key);
  });

  for (const [from, to] of DEPENDENCIES) {
    const a = byTitle.get(from);
    const b = byTitle.get(to);
    if (!a || !b) throw new Error(`sample dependency names an unknown title: ${from} → ${to}`);
    a.blocks.push(b.key);
  }
  // Jira exports minute precision; keeping the sample to whole minutes keeps both exports equal.
  const minute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000);
  for (const x of items) {
    x.created = minute(x.created);
    x.updated = minute(x.updated);
    if (x.started) x.started = minute(x.started);
    if (x.resolved) x.resolved = minute(x.resolved);
  }
  // Backlog order: a deterministic shuffle, so LexoRank and sidecar Rank agree.
  const order = items.map((x) => ({ x, k: random() })).sort((p, q) => p.k - q.k);
  order.forEach(({ x }, i) => {
    x.rank = i + 1;
  });
  return items;
}

function labelFor(theme: number): string {
  return ['security', 'agent-ux', 'automation', 'reporting', 'integrations'][theme] ?? 'misc';
}

function scores(random: () => number, noEffort: boolean): SampleScores {
  const s: SampleScores = {
    reach: Math.round((50 + random() * 4000) / 10) * 10,
    impact: pick(random, [0.25, 0.5, 1, 2, 3]),
    confidence: pick(random, [0.5, 0.8, 1]),
    ease: 1 + Math.floor(random() * 10),
    businessValue: pick(random, WSJF_SCALE),
    timeCriticality: pick(random, WSJF_SCALE),
    riskReduction: pick(random, WSJF_SCALE),
    jobSize: pick(random, WSJF_SCALE),
    value: 1 + Math.floor(random() * 10),
    moscow: pick(random, [
      'Must have',
      'Should have',
      'Should have',
      'Could have',
      'Could have',
      "Won't have",
    ] as const),
  };
  if (!noEffort) s.effort = pick(random, [0.5, 1, 2, 3, 4, 6]);
  return s;
}

/**
 * A Jira LexoRank-shaped string that sorts like `rank`.
 *
 * @example
 * lexoRank(11); // => '0|i0000b:'
 */
export function lexoRank(rank: number): string {
  return `0|i${rank.toString(36).padStart(5, '0')}:`;
}

export { hex };
