import type { EvaluationReport, LabelMetrics } from '@trailmap/core';
import Table from 'cli-table3';

// No colour codes: the output is read in terminals, logs and docs alike.
const PLAIN = { head: [], border: [] };

/**
 * The evaluation as the one JSON object `label eval --format json` prints: accuracy, micro and
 * macro F1, per-class metrics, confusion, coverage, and with `--per` the groups and their mean F1.
 *
 * @example
 * JSON.parse(evaluationJson(report)).macroF1; // => 0.77
 */
export function evaluationJson(report: EvaluationReport): string {
  return `${JSON.stringify(report, (_key, value) => (typeof value === 'number' ? round(value) : value), 2)}\n`;
}

/**
 * The evaluation as readable tables: headline figures, per-class metrics, and per group.
 *
 * @example
 * process.stdout.write(evaluationTable(report));
 */
export function evaluationTable(report: EvaluationReport): string {
  const lines: string[] = [];
  lines.push(
    `tickets ${report.count}   accuracy ${pct(report.accuracy)}   micro F1 ${f3(report.microF1)}   macro F1 ${f3(report.macroF1)}` +
      (report.meanGroupF1 === undefined ? '' : `   mean group F1 ${f3(report.meanGroupF1)}`),
  );
  lines.push(
    `applied automatically on ${pct(report.coverage)} of tickets, ${pct(report.precisionApplied)} of those labels right; the rest abstained (scored above by their top label)`,
  );
  lines.push(classTable(report));
  if (report.groups) {
    const t = new Table({ head: ['group', 'tickets', 'accuracy', 'macro F1', 'coverage'], style: PLAIN });
    for (const [name, g] of Object.entries(report.groups)) {
      t.push([name, g.count, pct(g.accuracy), f3(g.macroF1), pct(g.coverage)]);
    }
    lines.push(t.toString());
  }
  return `${lines.join('\n')}\n`;
}

function classTable(m: LabelMetrics): string {
  const t = new Table({ head: ['label', 'precision', 'recall', 'F1', 'support'], style: PLAIN });
  for (const [label, c] of Object.entries(m.perClass))
    t.push([label, f3(c.precision), f3(c.recall), f3(c.f1), c.support]);
  return t.toString();
}

function round(v: number): number {
  return Number.isInteger(v) ? v : Math.round(v * 10000) / 10000;
}

function f3(v: number): string {
  return v.toFixed(3);
}

function pct(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}
