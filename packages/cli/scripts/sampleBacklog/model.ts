/** The tracker-neutral sample backlog the generator emits as both Jira and Linear CSVs. */

export interface SampleScores {
  reach?: number;
  impact?: number;
  /** A fraction 0–1; written as a percentage. */
  confidence?: number;
  effort?: number;
  ease?: number;
  businessValue?: number;
  timeCriticality?: number;
  riskReduction?: number;
  jobSize?: number;
  value?: number;
  moscow?: 'Must have' | 'Should have' | 'Could have' | "Won't have";
}

export type SampleState = 'backlog' | 'todo' | 'in_progress' | 'in_review' | 'done' | 'wont_do' | 'duplicate';

export interface SampleItem {
  key: string;
  /** Jira numeric issue id. */
  id: string;
  /** Linear UUID. */
  uuid: string;
  team: Team;
  type: 'Epic' | 'Story' | 'Task' | 'Bug' | 'Idea' | 'Feedback';
  title: string;
  description: string;
  state: SampleState;
  labels: string[];
  points?: number;
  parentKey?: string;
  initiative?: string;
  theme?: string;
  release?: string;
  /** A later fix version the item also ships in (Jira only: Linear has one cycle per issue). */
  alsoIn?: string;
  sprint?: string;
  startDate?: string;
  dueDate?: string;
  /** Keys this item blocks. */
  blocks: string[];
  /** Keys this item relates to (feedback → the ideas it supports). */
  relates: string[];
  duplicateOf?: string;
  customers: string[];
  scores?: SampleScores;
  priority: 'Urgent' | 'High' | 'Medium' | 'Low' | 'None';
  assignee?: Person;
  reporter: Person;
  created: Date;
  updated: Date;
  started?: Date;
  resolved?: Date;
  rank: number;
}

export interface Person {
  name: string;
  email: string;
  accountId: string;
}

export interface Team {
  key: string;
  name: string;
  /** Jira project id. */
  projectId: string;
  /** Linear project UUID. */
  projectUuid: string;
  lead: Person;
}

export interface SampleRelease {
  name: string;
  start: string;
  end: string;
  capacity: number;
  released: boolean;
}

export interface SampleCustomer {
  name: string;
  revenue: number;
  tier: 'enterprise' | 'growth' | 'starter';
  size: number;
}

/**
 * Picks one element with the generator.
 *
 * @example
 * pick(seededRandom(1), ['a', 'b']); // => 'a' or 'b', always the same for seed 1
 */
export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/**
 * A deterministic hex string of the given length.
 *
 * @example
 * hex(seededRandom(1), 6).length; // => 6
 */
export function hex(random: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += Math.floor(random() * 16).toString(16);
  return s;
}

/**
 * A deterministic UUID v4-shaped string.
 *
 * @example
 * uuid(seededRandom(1)); // => 'xxxxxxxx-xxxx-4xxx-axxx-xxxxxxxxxxxx'
 */
export function uuid(random: () => number): string {
  const h = hex(random, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
