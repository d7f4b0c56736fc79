import type { LabelSuggestion } from '@trailmap/core';
import Table from 'cli-table3';

/** One predicted row, as `label predict` reports it. */
export interface PredictedRow {
  row: number;
  title: string;
  modelVersion: string;
  /** Labels to apply (model or rule); empty when abstained. */
  labels: LabelSuggestion[];
  abstained: boolean;
  /** The best guesses, for a human to confirm when the labeller abstained. */
  suggestions: { label: string; confidence: number }[];
  mode: 'apply' | 'suggest';
}

/**
 * Predictions as a table: each row's labels with confidence, or "abstained" with the best guess.
 *
 * @example
 * process.stdout.write(predictionsTable(rows));
 */
export function predictionsTable(rows: readonly PredictedRow[]): string {
  const t = new Table({
    head: ['row', 'title', 'labels'],
    colWidths: [6, 52, 44],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const r of rows) {
    const labels = r.abstained
      ? `abstained${r.suggestions[0] ? ` (best guess: ${r.suggestions[0].label} ${r.suggestions[0].confidence.toFixed(2)})` : ''}`
      : r.labels
          .map((l) => `${l.label} ${l.source === 'rule' ? '(rule)' : l.confidence.toFixed(2)}`)
          .join(', ');
    t.push([
      r.row,
      r.title.slice(0, 100),
      r.mode === 'suggest' && !r.abstained ? `suggest: ${labels}` : labels,
    ]);
  }
  return `${t.toString()}\n`;
}

/**
 * Predictions as a JSON array.
 *
 * @example
 * JSON.parse(predictionsJson(rows))[0].labels; // => [{ label: 'bug', confidence: 0.93, … }]
 */
export function predictionsJson(rows: readonly PredictedRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
