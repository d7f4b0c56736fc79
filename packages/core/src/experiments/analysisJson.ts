import type { AnalysisResult } from './analyseExperiment';

/** The JSON contract of `experiment analyze --format json`: infinite bounds become null. */
export interface AnalysisJson {
  srm: { pValue: number; flagged: boolean };
  comparisons: {
    variant: string;
    expected: number;
    ci: [number | null, number | null];
    se: number;
    pValue?: number;
    chanceToWin?: number;
    risk?: [number, number];
  }[];
  problems: { field: string; code: string; expected: string; received: string; message: string }[];
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * The contract's JSON shape for one result, keys in the documented order.
 *
 * @example
 * analysisJson(result).comparisons[0].ci; // => [0.01086, null] for a one-sided "greater" test
 */
export function analysisJson(result: AnalysisResult): AnalysisJson {
  return {
    srm: { pValue: result.srm.pValue, flagged: result.srm.flagged },
    comparisons: result.comparisons.map((c) => ({
      variant: c.variant,
      expected: c.expected,
      ci: [finiteOrNull(c.ci[0]), finiteOrNull(c.ci[1])],
      se: c.se,
      ...(c.pValue === undefined ? {} : { pValue: c.pValue }),
      ...(c.chanceToWin === undefined ? {} : { chanceToWin: c.chanceToWin }),
      ...(c.risk === undefined ? {} : { risk: c.risk }),
    })),
    problems: result.problems.map((p) => ({
      field: p.field,
      code: p.code,
      expected: p.expected,
      received: p.received,
      message: p.message,
    })),
  };
}
