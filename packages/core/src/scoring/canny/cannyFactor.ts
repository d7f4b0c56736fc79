import type { Result } from '../../model/problem';

/**
 * A Canny factor value with its kind.
 *
 * @example
 * const f: CannyFactor = { kind: 'stars', value: 4 };
 */
export type CannyFactor =
  | { kind: 'scale10'; value: number }
  | { kind: 'stars'; value: number }
  | { kind: 'fibonacci'; value: number }
  | { kind: 'checkbox'; value: boolean }
  | { kind: 'votes'; value: number; max: number };

/**
 * Canny's per-type normalisation to 0–100: a 0–10 factor → x²; stars (0–5) → (2x)²; a checkbox →
 * 0 or 100; votes → value ÷ the top post's votes × 100. Fibonacci 0–233: the doc says "divided by
 * 233", which gives 0–1; our pinned rule is × 100 ÷ 233 (SCORING.md §6.6 #2).
 *
 * @example
 * cannyFactor({ kind: 'scale10', value: 7 }); // => { ok: true, value: 49 }
 * cannyFactor({ kind: 'votes', value: 30, max: 60 }); // => { ok: true, value: 50 }
 */
export function cannyFactor(f: CannyFactor): Result<number> {
  const bad = (message: string): Result<number> => ({
    ok: false,
    problems: [{ field: f.kind, code: 'invalid', message }],
  });
  switch (f.kind) {
    case 'scale10':
      return f.value >= 0 && f.value <= 10
        ? { ok: true, value: f.value ** 2 }
        : bad(`${f.value} is not on 0–10`);
    case 'stars':
      return f.value >= 0 && f.value <= 5
        ? { ok: true, value: (2 * f.value) ** 2 }
        : bad(`${f.value} is not 0–5 stars`);
    case 'fibonacci':
      return f.value >= 0 && f.value <= 233
        ? { ok: true, value: (f.value * 100) / 233 }
        : bad(`${f.value} is not on the Fibonacci 0–233 scale`);
    case 'checkbox':
      return { ok: true, value: f.value ? 100 : 0 };
    case 'votes':
      if (!(f.max > 0)) return bad('the top post has no votes; votes cannot be normalised');
      return f.value >= 0 && f.value <= f.max
        ? { ok: true, value: (f.value / f.max) * 100 }
        : bad(`${f.value} votes is outside 0–${f.max}`);
  }
}
