import type { FieldValue, WorkItem } from '../model/workItem';
import type { FrameworkDefinition } from './definition';
import { explain } from './explain';
import { readValues } from './readValues';
import type { ScoreExplanation, ScoreOptions } from './types';

/**
 * A successful score whose explanation is built on first access. Bulk scoring (100k items)
 * mostly needs the number, and the explanation costs more than the score, so it waits until
 * asked for; it is then derived from the same item and options with the same reader, so it
 * matches the score exactly (items are treated as immutable, as everywhere in core).
 * `JSON.stringify` includes it (`toJSON`); object spread does not, so copy with
 * `{ ...result, explanation: result.explanation }`. Internal: callers see `ScoreResult`.
 *
 * @example
 * const r = new ScoredResult(RICE, item, {}, 675, 675, 675, []);
 * r.explanation.summary; // => 'RICE (Intercom) 675 = reach 450 × impact 3 × confidence 100% ÷ effort 2'
 */
export class ScoredResult {
  readonly ok = true as const;
  readonly score: number;
  readonly range: { low: number; high: number };
  /** Non-fatal notes (e.g. effort raised to the 0.5 floor). Shared and frozen when empty: read only. */
  readonly warnings: string[];
  readonly #def: FrameworkDefinition;
  readonly #item: WorkItem;
  readonly #options: ScoreOptions;
  #explanation: ScoreExplanation | undefined;

  constructor(
    def: FrameworkDefinition,
    item: WorkItem,
    options: ScoreOptions,
    score: number,
    low: number,
    high: number,
    warnings: string[],
  ) {
    this.score = score;
    this.range = { low, high };
    this.warnings = warnings;
    this.#def = def;
    this.#item = item;
    this.#options = options;
  }

  /** Why the item scored what it did; built once, on first access. */
  get explanation(): ScoreExplanation {
    if (!this.#explanation) {
      const def = this.#def;
      const values: number[] = new Array<number>(def.factors.length).fill(0);
      const inputs: FieldValue[] = new Array<FieldValue>(def.factors.length).fill(null);
      readValues(def, this.#item, this.#options, values, inputs, { warnings: undefined });
      const label = def.label?.(values, this.score, this.#options);
      this.#explanation = explain(def, values, inputs, this.score, label);
    }
    return this.#explanation;
  }

  /** The plain-object form, explanation included, for JSON. */
  toJSON(): {
    ok: true;
    score: number;
    range: { low: number; high: number };
    explanation: ScoreExplanation;
    warnings: string[];
  } {
    return {
      ok: true,
      score: this.score,
      range: this.range,
      explanation: this.explanation,
      warnings: this.warnings,
    };
  }
}
