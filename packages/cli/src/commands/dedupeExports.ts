import {
  createDuplicateIndex,
  type FittedThresholds,
  findDuplicateGroups,
  fitDuplicateThresholds,
} from '@trailmap/core';
import Table from 'cli-table3';
import { type ExportedIssue, readExports } from '../dedupe/readExports';

/**
 * `trailmap dedupe <export…>`: one index over every issue of every export (any mix of Jira and
 * Linear), thresholds learnt from the duplicates the trackers already record, and the likely
 * duplicate groups, cross-tracker ones flagged. Read-only: nothing is merged, closed or linked.
 *
 * @example
 * (await runDedupeExports(['jira.csv', 'linear.csv'], { format: 'json' })).stdout;
 */
export async function runDedupeExports(
  files: readonly string[],
  o: { format: 'table' | 'json'; suggest?: boolean },
): Promise<{ stdout: string; stderr: string }> {
  const { issues, known, warnings } = await readExports(files);
  const index = createDuplicateIndex(issues);
  const thresholds = fitDuplicateThresholds(issues, known, {}, index);
  const found = findDuplicateGroups(issues, thresholds, index);
  const byId = new Map(issues.map((i) => [i.id, i]));
  const groups = found.groups.map((g) => ({
    crossTracker: new Set(g.ids.map((id) => byId.get(id)?.tracker)).size > 1,
    items: g.ids.map((id) => describe(byId.get(id)!)),
    pairs: g.pairs.map((p) => ({ a: p.a, b: p.b, score: round(p.score) })),
  }));
  const suggestions = o.suggest
    ? found.suggestions.map((p) => ({ a: p.a, b: p.b, score: round(p.score) }))
    : [];
  const stderr = [...warnings, ...thresholds.notes].map((w) => `trailmap: note: ${w}\n`).join('');
  if (o.format === 'json') {
    return {
      stdout: `${JSON.stringify({ issues: issues.length, thresholds: thresholdJson(thresholds), groups, ...(o.suggest ? { suggestions } : {}) }, null, 2)}\n`,
      stderr,
    };
  }
  const lines = [
    `${issues.length} issues from ${files.length} export(s); ${thresholdLine(thresholds)}`,
    groups.length
      ? `${groups.length} likely duplicate group(s):`
      : 'No likely duplicates at the link threshold.',
  ];
  const table = new Table({
    head: ['group', 'issue', 'tracker', 'title', 'score'],
    colWidths: [7, 14, 9, 50, 7],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  groups.forEach((g, n) => {
    for (const item of g.items) {
      const score = Math.max(
        0,
        ...g.pairs.filter((p) => p.a === item.key || p.b === item.key).map((p) => p.score),
      );
      table.push([
        `${n + 1}${g.crossTracker ? ' ★' : ''}`,
        item.key,
        item.tracker,
        item.title,
        score.toFixed(2),
      ]);
    }
  });
  if (groups.length)
    lines.push(table.toString(), '★ = spans Jira and Linear. Nothing was changed in either tracker.');
  if (o.suggest)
    lines.push(
      suggestions.length
        ? `Worth a look (suggest ≥ ${thresholds.suggest.toFixed(2)}): ${suggestions.map((s) => `${s.a}~${s.b} ${s.score.toFixed(2)}`).join('; ')}`
        : 'No further pairs at the suggest threshold.',
    );
  return { stdout: `${lines.join('\n')}\n`, stderr };
}

function describe(i: ExportedIssue) {
  return { key: i.id, tracker: i.tracker, title: i.title, file: i.file };
}

function thresholdJson(t: FittedThresholds) {
  return {
    source: t.source,
    knownPairs: t.knownPairs,
    link: round(t.link),
    suggest: round(t.suggest),
    ...(t.linkPrecision !== undefined
      ? { linkPrecision: round(t.linkPrecision), linkRecall: round(t.linkRecall ?? 0) }
      : {}),
    ...(t.suggestPrecision !== undefined
      ? { suggestPrecision: round(t.suggestPrecision), suggestRecall: round(t.suggestRecall ?? 0) }
      : {}),
  };
}

function thresholdLine(t: FittedThresholds): string {
  if (t.source === 'default')
    return `default thresholds (link ${t.link}, suggest ${t.suggest}): only ${t.knownPairs} known duplicate pairs`;
  const stat = (p?: number, r?: number) =>
    p === undefined ? 'off' : `precision ${(p * 100).toFixed(0)} %, recall ${((r ?? 0) * 100).toFixed(0)} %`;
  return `thresholds learnt from ${t.knownPairs} known duplicate pairs: link ≥ ${t.link.toFixed(2)} (${stat(t.linkPrecision, t.linkRecall)}), suggest ≥ ${t.suggest.toFixed(2)} (${stat(t.suggestPrecision, t.suggestRecall)})`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
