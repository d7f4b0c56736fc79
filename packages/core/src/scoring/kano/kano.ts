import type { Result } from '../../model/problem';

/**
 * Kano categories: Must-be, One-dimensional, Attractive, Indifferent, Reverse, Questionable.
 *
 * @example
 * const c: KanoCategory = 'A';
 */
export type KanoCategory = 'M' | 'O' | 'A' | 'I' | 'R' | 'Q';

/** A questionnaire answer: 1 like, 2 expect, 3 neutral, 4 live with, 5 dislike. */
export type KanoAnswer = 1 | 2 | 3 | 4 | 5;

// Rows: functional answer 1–5; columns: dysfunctional answer 1–5 (Kano et al., 1984).
const TABLE: readonly (readonly KanoCategory[])[] = [
  ['Q', 'A', 'A', 'A', 'O'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'I', 'I', 'I', 'M'],
  ['R', 'R', 'R', 'R', 'Q'],
];

/** Tie-break order: M > O > A > I > R > Q. */
export const KANO_TIE_ORDER: readonly KanoCategory[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

/**
 * The category of one respondent's answer pair from the standard 5×5 evaluation table.
 *
 * @example
 * kanoCategory(1, 5); // => 'O'
 * kanoCategory(2, 5); // => 'M'
 */
export function kanoCategory(functional: KanoAnswer, dysfunctional: KanoAnswer): KanoCategory {
  return TABLE[functional - 1]![dysfunctional - 1]!;
}

/**
 * Counts per category for one feature.
 *
 * @example
 * const c: KanoCounts = { A: 10, O: 5, M: 3, I: 2, R: 1, Q: 1 };
 */
export type KanoCounts = Partial<Record<KanoCategory, number>>;

/**
 * A feature's Kano result.
 *
 * @example
 * const s: KanoSummary = { category: 'A', tie: false, better: 0.75, worse: -0.4, responses: 22 };
 */
export interface KanoSummary {
  /** The most frequent category, ties broken M > O > A > I > R > Q. */
  category: KanoCategory;
  /** More than one category shared the top count. */
  tie: boolean;
  /** Better (CS+) = (A + O) / (A + O + M + I); null when the denominator is 0. */
  better: number | null;
  /** Worse (CS−) = −(O + M) / (A + O + M + I); null when the denominator is 0. */
  worse: number | null;
  /** Total responses counted (R and Q included). */
  responses: number;
}

/**
 * Aggregates category counts (Berger et al., 1993). Counts must be whole numbers ≥ 0 with at
 * least one response; otherwise a problem names the category.
 *
 * @example
 * kanoSummary({ A: 10, O: 5, M: 3, I: 2, R: 1, Q: 1 });
 * // => { ok: true, value: { category: 'A', tie: false, better: 0.75, worse: -0.4, responses: 22 } }
 */
export function kanoSummary(counts: KanoCounts): Result<KanoSummary> {
  for (const c of KANO_TIE_ORDER) {
    const n = counts[c];
    if (n !== undefined && !(Number.isInteger(n) && n >= 0)) {
      return {
        ok: false,
        problems: [{ field: c, code: 'invalid', message: `count ${c} is ${n}; expected a whole number ≥ 0` }],
      };
    }
  }
  const n = (c: KanoCategory) => counts[c] ?? 0;
  const responses = KANO_TIE_ORDER.reduce((s, c) => s + n(c), 0);
  if (responses === 0) {
    return {
      ok: false,
      problems: [{ field: 'counts', code: 'missing', message: 'no Kano responses to aggregate' }],
    };
  }
  const top = Math.max(...KANO_TIE_ORDER.map(n));
  const leaders = KANO_TIE_ORDER.filter((c) => n(c) === top);
  const denominator = n('A') + n('O') + n('M') + n('I');
  return {
    ok: true,
    value: {
      category: leaders[0]!,
      tie: leaders.length > 1,
      better: denominator === 0 ? null : (n('A') + n('O')) / denominator,
      worse: denominator === 0 ? null : -(n('O') + n('M')) / denominator || 0,
      responses,
    },
  };
}

/**
 * Tallies answer pairs into category counts.
 *
 * @example
 * kanoTally([[1, 5], [1, 4], [2, 5]]); // => { O: 1, A: 1, M: 1 }
 */
export function kanoTally(answers: readonly (readonly [KanoAnswer, KanoAnswer])[]): KanoCounts {
  const counts: KanoCounts = {};
  for (const [f, d] of answers) {
    const c = kanoCategory(f, d);
    counts[c] = (counts[c] ?? 0) + 1;
  }
  return counts;
}
