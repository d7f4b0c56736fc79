import type { JiraIssue } from '../../src/jira/jiraSchemas.ts';

/**
 * A deliberately small JQL evaluator for the mock: it understands exactly the clauses the app
 * generates and rejects anything else with Jira's 400 shape, so a new JQL shape cannot slip
 * through tests untested.
 */
export function compileJql(
  jql: string,
): { ok: true; filter: (i: JiraIssue) => boolean; order: ((a: JiraIssue, b: JiraIssue) => number) | undefined } | { ok: false; message: string } {
  const [where = '', orderBy] = jql.split(/\s+ORDER\s+BY\s+/i);
  const clauses = where.trim() === '' ? [] : where.split(/\s+AND\s+/i);
  const tests: Array<(i: JiraIssue) => boolean> = [];
  for (const raw of clauses) {
    const c = raw.trim().replace(/^\((.*)\)$/, '$1');
    let m: RegExpMatchArray | null;
    if ((m = c.match(/^project\s*=\s*"?([\w-]+)"?$/i))) {
      const key = m[1]!;
      tests.push((i) => projectOf(i) === key);
    } else if ((m = c.match(/^project\s+in\s*\(([^)]*)\)$/i))) {
      const keys = list(m[1]!);
      tests.push((i) => keys.includes(projectOf(i)));
    } else if ((m = c.match(/^issuetype\s+in\s*\(([^)]*)\)$/i))) {
      const names = list(m[1]!);
      tests.push((i) => names.includes(String((i.fields.issuetype as { name?: string })?.name)));
    } else if ((m = c.match(/^key\s+in\s*\(([^)]*)\)$/i))) {
      const keys = list(m[1]!);
      tests.push((i) => keys.includes(i.key));
    } else if ((m = c.match(/^(?:cf\[(\d+)\])\s*(>=|<=|>|<|=)\s*(-?[\d.]+)$/i))) {
      const id = `customfield_${m[1]}`;
      const op = m[2]!;
      const n = Number(m[3]);
      tests.push((i) => {
        const v = num(i.fields[id]);
        if (v === undefined) return false;
        return op === '>' ? v > n : op === '>=' ? v >= n : op === '<' ? v < n : op === '<=' ? v <= n : v === n;
      });
    } else if ((m = c.match(/^cf\[(\d+)\]\s+is\s+not\s+empty$/i))) {
      const id = `customfield_${m[1]}`;
      tests.push((i) => num(i.fields[id]) !== undefined);
    } else if (/^updated\s*>=\s*-\d+[dhm]$/i.test(c)) {
      // Every fixture counts as recently updated; the bound only has to be present.
    } else if (/^statusCategory\s*!=\s*Done$/i.test(c)) {
      tests.push((i) => (i.fields.status as { statusCategory?: { key?: string } })?.statusCategory?.key !== 'done');
    } else {
      return { ok: false, message: `The mock does not understand the JQL clause '${c}'.` };
    }
  }
  if (clauses.length === 0) return { ok: false, message: 'Unbounded JQL queries are not allowed here.' };
  let order: ((a: JiraIssue, b: JiraIssue) => number) | undefined;
  if (orderBy) {
    const m = orderBy.trim().match(/^cf\[(\d+)\]\s+(ASC|DESC)$/i);
    if (!m) return { ok: false, message: `The mock does not understand ORDER BY ${orderBy}` };
    const id = `customfield_${m[1]}`;
    const dir = m[2]!.toUpperCase() === 'DESC' ? -1 : 1;
    order = (a, b) => dir * ((num(a.fields[id]) ?? -Infinity) - (num(b.fields[id]) ?? -Infinity));
  }
  return { ok: true, filter: (i) => tests.every((t) => t(i)), order };
}

function list(s: string): string[] {
  return s.split(',').map((x) => x.trim().replace(/^"(.*)"$/, '$1'));
}
function projectOf(i: JiraIssue): string {
  return String((i.fields.project as { key?: string })?.key);
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}
