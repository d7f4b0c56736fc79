import type { RiskCode, RiskFlag, RoadmapEntry, RoadmapGroup, RoadmapModel } from '@trailmap/core';

/** Context the summary names besides the computed views. */
export interface RoadmapSummaryContext {
  today: string;
  source: string;
  framework: string;
  /** How many items got a score. */
  scored: number;
  /** Feedback issues left off the roadmap (they are evidence, not work). */
  feedbackSkipped: number;
  /** Where release forecasts came from, or why there are none. */
  forecast?: string;
}

const ITEMS_PER_COLUMN = 5;
const RISKS_SHOWN = 10;

/**
 * The terminal summary of `trailmap roadmap`: releases, column counts, groups with their
 * rolled-up progress, at-risk items and timeline statistics. Plain text, no colour, so it
 * reads the same in a terminal, a pipe and a CI log.
 *
 * @example
 * process.stdout.write(formatRoadmapSummary(model, { today: '2026-11-26', source: 'b.csv', framework: 'rice', scored: 40, feedbackSkipped: 0 }));
 */
export function formatRoadmapSummary(model: RoadmapModel, ctx: RoadmapSummaryContext): string {
  const lines: string[] = [];
  const { board, timeline } = model;
  lines.push(`Roadmap of ${ctx.source}, today ${ctx.today}`);
  if (board) {
    const current = board.currentRelease;
    const next = board.nextRelease;
    lines.push(
      [
        current
          ? `current release ${current.name}${current.start && current.end ? ` (${current.start} – ${current.end})` : ''}`
          : 'no current release',
        next ? `next ${next.name}` : undefined,
        `scores: ${ctx.framework} (${ctx.scored} scored)`,
        ctx.forecast,
      ]
        .filter(Boolean)
        .join(' · '),
    );
    const left = excludedWords(board.excluded, ctx.feedbackSkipped);
    lines.push('');
    lines.push(
      `${board.columns.map((c) => `${c.title} ${c.total}`).join(' · ')}${left ? ` · not on the board: ${left}` : ''}`,
    );
    for (const column of board.columns) {
      lines.push('');
      lines.push(`${column.title.toUpperCase()} (${column.total}): ${column.rules.join(' · ')}`);
      if (column.total === 0) lines.push('  (empty)');
      else if (board.groupBy.length === 0) lines.push(...topItems(column.groups));
      else lines.push(...groupLines(column.groups, 1));
    }
  }
  const risky = atRisk(model);
  if (risky.length > 0) {
    lines.push('');
    lines.push(`AT RISK (${risky.length}):`);
    for (const r of risky.slice(0, RISKS_SHOWN))
      lines.push(`  ${r.key.padEnd(10)} ${cut(r.title, 40).padEnd(40)}  ${cut(r.message, 110)}`);
    if (risky.length > RISKS_SHOWN) lines.push(`  … and ${risky.length - RISKS_SHOWN} more (see the page)`);
  }
  if (timeline) {
    const milestones = timeline.bars.filter((b) => b.kind === 'milestone').length;
    const late = timeline.edges.filter((e) => e.violated).length;
    lines.push('');
    lines.push(
      `Timeline by ${timeline.bucket}, ${timeline.range.start} – ${timeline.range.end}: ${plural(timeline.bars.length - milestones, 'bar', 'bars')} and ${plural(milestones, 'milestone', 'milestones')} in ${plural(timeline.laneCount, 'lane', 'lanes')}, ${timeline.unscheduled.length} unscheduled, ${plural(timeline.edges.length, 'dependency', 'dependencies')} drawn${late > 0 ? ` (${late} start before their prerequisite ends)` : ''}${
        timeline.hiddenEdges > 0 ? `, ${timeline.hiddenEdges} with an end off the timeline` : ''
      }.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function groupLines(groups: readonly RoadmapGroup<RoadmapEntry>[], depth: number): string[] {
  const out: string[] = [];
  for (const g of groups) {
    const entries = allEntries([g]);
    const progress = entries.reduce(
      (acc, e) =>
        e.progress?.unit === 'items'
          ? { done: acc.done + e.progress.done, total: acc.total + e.progress.total }
          : acc,
      { done: 0, total: 0 },
    );
    const risks = entries.filter((e) => e.risks.length > 0).length;
    const label = `${'  '.repeat(depth)}${cut(g.label, 34)}`;
    const parts = [
      `${label.padEnd(38)} ${String(g.total).padStart(3)}`,
      progress.total > 0
        ? `progress ${progress.done}/${progress.total} (${Math.round((progress.done / progress.total) * 100)}%)`
        : undefined,
      risks > 0 ? `${risks} at risk` : undefined,
    ];
    out.push(parts.filter(Boolean).join('   '));
    if (g.groups.length > 0) out.push(...groupLines(g.groups, depth + 1));
  }
  return out;
}

function topItems(groups: readonly RoadmapGroup<RoadmapEntry>[]): string[] {
  const entries = allEntries(groups);
  const lines = entries.slice(0, ITEMS_PER_COLUMN).map((e) => {
    const score = e.score === undefined ? '' : `score ${Math.round(e.score * 10) / 10}`;
    const progress = e.progress ? `${Math.round(e.progress.ratio * 100)}% done` : '';
    return `  ${e.item.key.padEnd(10)} ${cut(e.item.title, 44).padEnd(44)}  ${[
      score,
      progress,
      e.done ? 'done' : '',
      e.risks.length > 0 ? 'AT RISK' : '',
    ]
      .filter(Boolean)
      .join(' · ')}`.trimEnd();
  });
  if (entries.length > ITEMS_PER_COLUMN) lines.push(`  … and ${entries.length - ITEMS_PER_COLUMN} more`);
  return lines;
}

function allEntries(groups: readonly RoadmapGroup<RoadmapEntry>[]): RoadmapEntry[] {
  return groups.flatMap((g) => [...g.items, ...allEntries(g.groups)]);
}

function atRisk(model: RoadmapModel): { key: string; title: string; message: string }[] {
  const seen = new Map<string, { key: string; title: string; message: string; severity: number }>();
  const add = (key: string, title: string, risks: readonly RiskFlag[]) => {
    if (risks.length === 0 || seen.has(key)) return;
    const severity = Math.min(...risks.map((r) => SEVERITY[r.code]));
    seen.set(key, { key, title, message: risks.map((r) => r.message).join('; '), severity });
  };
  for (const column of model.board?.columns ?? [])
    for (const e of allEntries(column.groups)) add(e.item.key, e.item.title, e.risks);
  for (const b of model.timeline?.bars ?? []) add(b.key, b.item.title, b.risks);
  // Missed dates first, then slips caused by others, then forecast and child slips.
  return [...seen.values()].sort((a, b) => a.severity - b.severity);
}

const SEVERITY: Record<RiskCode, number> = {
  overdue: 0,
  target_before_prerequisite: 1,
  target_before_forecast: 2,
  target_before_child: 3,
};

function excludedWords(excluded: NonNullable<RoadmapModel['board']>['excluded'], feedback: number): string {
  const count = (reason: string) => excluded.filter((e) => e.reason === reason).length;
  return [
    count('done') ? `${count('done')} done before the current release` : '',
    count('canceled') ? `${count('canceled')} cancelled` : '',
    count('child') ? `${count('child')} child items rolled up into their parents` : '',
    feedback ? `${feedback} feedback issues` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
