import {
  type Comparison,
  type ItemScore,
  type MoscowShares,
  normaliseScores,
  RELATIVE_VIEW_RULE,
  rankScores,
  type ScoreExplanation,
  type WorkItem,
} from '@trailmap/core';
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import { type CliFramework, frameworkInputs } from '../scoring/chooseScores';
import { toUserMessage } from '../toUserMessage';

/** One row of `trailmap score` output, the same for table, JSON and CSV. */
export interface ScoreRow {
  /** The framework that scored the row (`signals` when it stood in for the one asked for). */
  framework: string;
  /** 1-based rank among scored items; null when unscored. */
  rank: number | null;
  key: string;
  title: string;
  /** The absolute score; null when unscored. */
  score: number | null;
  range: { low: number; high: number } | null;
  /** The relative 0–100 view, present only with `--relative`. */
  relative?: number | null;
  /** The framework's category (quadrant, MoSCoW bucket), if any. */
  label: string | null;
  explanation: ScoreExplanation | null;
  warnings: string[];
  problems: { field: string; code: string; message: string }[];
}

/**
 * Ranked rows: scored items best first (ties keep file order), then unscored ones in file order.
 *
 * @example
 * scoreRows(items, scoreItems(items, 'rice'), { relative: false })[0]?.rank; // => 1
 */
export function scoreRows(
  items: readonly WorkItem[],
  scores: readonly ItemScore[],
  options: { relative: boolean; framework: string },
): ScoreRow[] {
  const titles = new Map(items.map((i) => [i.key, i.title]));
  const { ranked, unscored } = rankScores(scores);
  const relative = options.relative ? normaliseScores(ranked.map((s) => s.result.score)) : [];
  const rows: ScoreRow[] = ranked.map((s, i) => ({
    framework: options.framework,
    rank: i + 1,
    key: s.key,
    title: titles.get(s.key) ?? '',
    score: s.result.score,
    range: s.result.range,
    ...(options.relative ? { relative: relative[i] ?? null } : {}),
    label: s.result.explanation.label ?? null,
    explanation: s.result.explanation,
    warnings: s.result.warnings,
    problems: [],
  }));
  for (const s of unscored) {
    rows.push({
      framework: options.framework,
      rank: null,
      key: s.key,
      title: titles.get(s.key) ?? '',
      score: null,
      range: null,
      ...(options.relative ? { relative: null } : {}),
      label: null,
      explanation: null,
      warnings: [],
      problems: s.result.problems,
    });
  }
  return rows;
}

/**
 * A number for people: thousands separators, at most 2 decimals.
 *
 * @example
 * formatNumber(26666.666); // => '26,666.67'
 */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const LABEL_HEADINGS: Record<string, string> = {
  'value-effort': 'Quadrant',
  moscow: 'Bucket',
  signals: 'Effort',
};

function formatRange(r: ScoreRow['range']): string {
  if (!r) return '';
  return r.low === r.high ? 'exact' : `${formatNumber(r.low)}–${formatNumber(r.high)}`;
}

function topFactor(e: ScoreExplanation | null): string {
  const f = e?.factors.find((x) => x.name === e.topFactor);
  if (!f) return '';
  if (typeof f.input === 'string' || e?.frameworkId === 'signals') return `${f.name} ${f.input}`;
  // Percentages read better as percentages, whichever way they were typed.
  if (f.name === 'confidence' && f.normalised <= 1) return `confidence ${Math.round(f.normalised * 100)}%`;
  return `${f.name} ${formatNumber(f.normalised)}`;
}

/**
 * Why an item is unscored, briefly: the missing fields by name, invalid ones with their value.
 *
 * @example
 * briefProblems([{ field: 'effort', code: 'missing', message: '…' }]); // => 'missing effort'
 */
export function briefProblems(problems: ScoreRow['problems']): string {
  const missing = problems.filter((p) => p.code === 'missing').map((p) => p.field);
  const other = problems.filter((p) => p.code !== 'missing').map((p) => p.message);
  return [...(missing.length ? [`missing ${missing.join(', ')}`] : []), ...other].join('; ');
}

const GROUP_FROM = 3;

function listKeys(keys: readonly string[], all: boolean): string {
  return all || keys.length <= 12
    ? keys.join(', ')
    : `${keys.slice(0, 12).join(', ')}, … (use --limit 0 for all)`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/**
 * The terminal view: a header naming the framework and formula, the ranked table (top `limit`),
 * then the unscored items with what is missing.
 *
 * @example
 * renderTable(rows, 'rice', { limit: 20 });
 */
export function renderTable(
  rows: readonly ScoreRow[],
  framework: CliFramework,
  options: { limit?: number; heading: string },
): string {
  const scored = rows.filter((r) => r.rank !== null);
  const unscored = rows.filter((r) => r.rank === null);
  const shown = options.limit === undefined ? scored : scored.slice(0, options.limit);
  const hasLabel = scored.some((r) => r.label);
  const hasRelative = scored.some((r) => r.relative !== undefined);
  const head = ['#', 'Key', 'Title', 'Score', 'Range', 'Top factor'];
  if (hasRelative) head.push('Relative');
  if (hasLabel) head.push(LABEL_HEADINGS[typeof framework === 'string' ? framework : ''] ?? 'Label');
  const table = new Table({
    head,
    style: { head: [], border: [] },
    colAligns: ['right', 'left', 'left', 'right', 'right'],
    // No rule between rows: a ranked list reads better dense.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const r of shown) {
    const row = [
      String(r.rank),
      r.key,
      truncate(r.title, 44),
      formatNumber(r.score!),
      formatRange(r.range),
      topFactor(r.explanation),
    ];
    if (hasRelative) row.push(r.relative === null || r.relative === undefined ? '' : String(r.relative));
    if (hasLabel) row.push(r.label ?? '');
    table.push(row);
  }
  const lines = [options.heading];
  if (shown.length) lines.push(table.toString());
  else lines.push('No item could be scored.');
  if (shown.length < scored.length)
    lines.push(`… and ${scored.length - shown.length} more scored items (use --limit 0 for all).`);
  if (hasRelative) lines.push(`Relative column: ${RELATIVE_VIEW_RULE}.`);
  const warned = scored.filter((r) => r.warnings.length);
  if (warned.length) {
    lines.push('', `Warnings (${warned.length}):`);
    // A 50k-issue export repeats the same warning on thousands of items: more than a few items
    // sharing one text become one line with a count (every key with --limit 0).
    const byText = new Map<string, string[]>();
    for (const r of warned) {
      const text = r.warnings.join('; ');
      const keys = byText.get(text);
      if (keys) keys.push(r.key);
      else byText.set(text, [r.key]);
    }
    for (const [text, keys] of byText) {
      if (keys.length <= GROUP_FROM) for (const key of keys) lines.push(`  ${key}: ${text}`);
      else lines.push(`  ${keys.length} items: ${text}: ${listKeys(keys, options.limit === undefined)}`);
    }
  }
  if (unscored.length) {
    lines.push('', `Unscored (${unscored.length}):`);
    // Items with none of the inputs are the common case (bugs, chores): one line for all of them.
    const inputs = frameworkInputs(framework).length;
    const empty = unscored.filter(
      (r) => r.problems.length === inputs && r.problems.every((p) => p.code === 'missing'),
    );
    const partial = unscored.filter((r) => !empty.includes(r));
    const listed = options.limit === undefined ? partial : partial.slice(0, options.limit);
    for (const r of listed) lines.push(`  ${r.key} ${truncate(r.title, 40)}: ${briefProblems(r.problems)}`);
    if (listed.length < partial.length)
      lines.push(`  … and ${partial.length - listed.length} more unscored items (use --limit 0 for all).`);
    if (empty.length) {
      const keys = empty.map((r) => r.key);
      const shownKeys = keys.length > 12 ? `${keys.slice(0, 12).join(', ')}, …` : keys.join(', ');
      lines.push(
        `  ${empty.length} items have none of the inputs (${briefProblems(empty[0]!.problems).replace(/^missing /, '')}): ${shownKeys}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * JSON: an array of rows (`score` null when unscored), pretty-printed.
 *
 * @example
 * JSON.parse(renderJson(rows))[0].key; // => 'PM-3'
 */
export function renderJson(rows: readonly ScoreRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/**
 * CSV: one line per item, with the explanation summary, top factor and problems flattened.
 *
 * @example
 * renderCsv(rows).split('\n')[0]; // => 'rank,key,title,score,low,high,relative,label,top_factor,framework,version,summary,warnings,problems'
 */
export function renderCsv(rows: readonly ScoreRow[]): string {
  return stringify(
    rows.map((r) => [
      r.rank ?? '',
      r.key,
      r.title,
      r.score ?? '',
      r.range?.low ?? '',
      r.range?.high ?? '',
      r.relative ?? '',
      r.label ?? '',
      r.explanation?.topFactor ?? '',
      r.explanation?.frameworkId ?? '',
      r.explanation?.version ?? '',
      r.explanation?.summary ?? '',
      r.warnings.join('; '),
      toUserMessage(r.problems),
    ]),
    {
      header: true,
      columns: [
        'rank',
        'key',
        'title',
        'score',
        'low',
        'high',
        'relative',
        'label',
        'top_factor',
        'framework',
        'version',
        'summary',
        'warnings',
        'problems',
      ],
    },
  );
}

/**
 * Why one item ranks above another: the summary, then each factor's values and share of the gap
 * (table), or the comparison object (JSON). CSV gets the factor lines as rows.
 *
 * @example
 * renderComparison(compareItems(a, b), 'table').split('\n')[0]; // => 'P-3 ranks above P-1 (800 vs 675), …'
 */
export function renderComparison(c: Comparison, format: 'table' | 'json' | 'csv'): string {
  if (format === 'json') return `${JSON.stringify(c, null, 2)}\n`;
  if (format === 'csv') {
    return stringify(
      c.differences.map((d) => [d.factor, d.a, d.b, d.effect, d.share]),
      { header: true, columns: ['factor', c.higher, c.lower, `effect_${c.effectKind}`, 'share_of_gap'] },
    );
  }
  const heads = { ratio: 'Effect (× score)', points: 'Effect (points)', direction: 'Favours' } as const;
  const table = new Table({
    head: ['Factor', c.higher, c.lower, heads[c.effectKind]],
    style: { head: [], border: [] },
    colAligns: ['left', 'right', 'right', 'right'],
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const d of c.differences) {
    const effect =
      c.effectKind === 'ratio'
        ? `×${formatNumber(d.effect)}`
        : c.effectKind === 'points'
          ? `${d.effect > 0 ? '+' : ''}${formatNumber(d.effect)}`
          : d.effect > 0
            ? c.higher
            : d.effect < 0
              ? c.lower
              : '';
    table.push([d.factor, formatNumber(d.a), formatNumber(d.b), effect]);
  }
  return `${c.summary}.\n${c.differences.length ? `${table.toString()}\n` : ''}`;
}

/**
 * The DSDM effort-share check under a MoSCoW ranking.
 *
 * @example
 * renderMoscowShares(checkMoscowShares(items)); // => '\nEffort shares (DSDM): Must 55 %, …'
 */
export function renderMoscowShares(s: MoscowShares): string {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  const lines = [
    '',
    `Effort shares (DSDM, by effort, Won't excluded): Must ${pct(s.share.must)}, Should ${pct(s.share.should)}, Could ${pct(s.share.could)} of ${formatNumber(s.total)}`,
    ...s.findings.map((f) => `  ! ${f.message}`),
  ];
  if (s.skipped.length)
    lines.push(`  ${s.skipped.length} items left out of the shares (no bucket or no effort)`);
  return `${lines.join('\n')}\n`;
}
