import { perturbedDuplicates } from '@trailmap/core/dedupe';
import { seededRandom } from '@trailmap/core/release';
import type { JiraIssue } from '../../src/jira/jiraSchemas';
import { jiraIssue } from './jiraIssue';

/** A feedback project of generated bug reports whose known duplicates are Jira "Duplicate" links. */
export interface DuplicateProject {
  issues: JiraIssue[];
  /** Known pairs as Jira keys: `duplicate` has an outward Duplicate link to `original`. */
  pairs: { duplicate: string; original: string }[];
  /** The first `unlinked` pairs, left without their link: duplicates not marked yet. */
  probes: { duplicate: string; original: string }[];
}

let linkIds = 50_000;

/**
 * Adds a "Duplicate" link as Jira reports it: on `duplicate` an outward link ("duplicates"), on
 * `original` the inward side.
 *
 * @example
 * linkAsDuplicate(a, b); // a duplicates b
 */
export function linkAsDuplicate(duplicate: JiraIssue, original: JiraIssue): void {
  const id = String(linkIds++);
  const type = { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' };
  const push = (issue: JiraIssue, link: Record<string, unknown>) => {
    const list = Array.isArray(issue.fields.issuelinks) ? issue.fields.issuelinks : [];
    issue.fields.issuelinks = [...list, { id, type, ...link }];
  };
  push(duplicate, { outwardIssue: { id: original.id, key: original.key } });
  push(original, { inwardIssue: { id: duplicate.id, key: duplicate.key } });
}

/**
 * `count` reports in project SUP (issue type Feedback) over a wide vocabulary, as in a tracker
 * whose reports are about different things, `pairs` of them reworded copies of another (core's
 * `perturbedDuplicates`), linked as Jira links them except the first `unlinked` pairs.
 *
 * @example
 * const { issues, pairs, probes } = duplicateProject({ count: 400, pairs: 40, seed: 3, unlinked: 6 });
 */
export function duplicateProject(o: {
  count: number;
  seed: number;
  pairs: number;
  unlinked?: number;
}): DuplicateProject {
  const random = seededRandom(o.seed);
  const word = () => `w${Math.floor(random() * 3000).toString(36)}`;
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const source = Array.from({ length: o.count - o.pairs }, (_, i) => ({
    id: `R-${i}`,
    title: words(6),
    body: `${words(15)}. ${words(15)}.`,
  }));
  const reports = perturbedDuplicates(source, { pairs: o.pairs, seed: o.seed });
  const keyOf = new Map(reports.docs.map((d, i) => [d.id, `SUP-${i + 1}`]));
  const issues = reports.docs.map((d, i) =>
    jiraIssue({
      id: String(30_000 + i),
      key: `SUP-${i + 1}`,
      project: 'SUP',
      projectId: '10001',
      issuetype: 'Feedback',
      summary: d.title,
      description: d.body ?? '',
      extraFields: {
        components: [{ id: String(i), name: d.component }],
        versions: [{ id: String(i), name: d.version }],
      },
    }),
  );
  const byKey = new Map(issues.map((i) => [i.key, i]));
  const pairs = reports.pairs.map((p) => ({
    duplicate: keyOf.get(p.duplicate)!,
    original: keyOf.get(p.original)!,
  }));
  const probes = pairs.slice(0, o.unlinked ?? 0);
  for (const p of pairs.slice(probes.length))
    linkAsDuplicate(byKey.get(p.duplicate)!, byKey.get(p.original)!);
  return { issues, pairs: pairs.slice(probes.length), probes };
}
