import type { FieldValue } from '../../model/workItem';

/**
 * A scoring input as a tracker holds it: the `WorkItem.fields` key, the column a team adds,
 * and every other column name that feeds it. Frameworks share fields (RICE and ICE both read
 * `impact`), so a field is declared once and each framework's factor points at it.
 *
 * @example
 * const reach: ScoringField = { name: 'reach', column: 'Reach', aliases: ['RICE Reach'], imports: 'number' };
 */
export interface ScoringField {
  /** Lower-case key on `item.fields`. */
  readonly name: string;
  /** The column (or Jira custom field) name a team adds to feed it, e.g. `Reach`. */
  readonly column: string;
  /**
   * Other column names that feed it, as people spell them (`RICE Reach`, `RR / OE`); importers
   * compare them after their own header normalisation.
   */
  readonly aliases: readonly string[];
  /**
   * How importers read a cell of it by name: `number` (≥ 0, percentages as fractions, plus the
   * words of every scale that reads the field), `word` (one of its scale's words, e.g. MoSCoW).
   * Absent: importers map it like any other custom field (number when numeric, else text).
   */
  readonly imports?: 'number' | 'word';
}

/**
 * A named point on a scale: the number the formula uses and the words that mean it.
 *
 * @example
 * const massive: NamedValue = { value: 3, words: ['massive'] };
 */
export interface NamedValue {
  readonly value: number;
  /** Words a user may write instead of the number, lower-case; the first is its name. */
  readonly words: readonly string[];
  /** How a form labels it, when not `word (number)`, e.g. `Must have`. */
  readonly label?: string;
}

/**
 * How a factor's raw value becomes a number:
 * - `number`: a number as written (`2`, `'2.5'`).
 * - `fraction`: a percentage as a fraction 0–1 (`80`, `0.8` and `'80%'` all mean 0.8).
 * - `share-of-10`: a 1–10 rating, where a fraction or percentage is a share of 10 (`0.8` and
 *   `'80%'` → 8), since importers store confidence as a fraction.
 * - `word`: only the scale's words, the whole text (`XL`, `yes`).
 * - `first-word`: only the scale's words, the first word deciding (`Won't have (this time)` → won't).
 *
 * @example
 * const reads: ScaleReading = 'fraction';
 */
export type ScaleReading = 'number' | 'fraction' | 'share-of-10' | 'word' | 'first-word';

/**
 * A factor's scale, declaratively: which values are valid, the words for them, the unit. Every
 * consumer derives from it: core's parser and problem text, the importers' word tables, the
 * Jira panel's pickers and number boxes.
 *
 * @example
 * const impact: InputScale = { reads: 'number', values: [3, 2, 1, 0.5, 0.25], named: [{ value: 3, words: ['massive'] }] };
 */
export interface InputScale {
  readonly reads: ScaleReading;
  /** A closed scale: only these values are valid (RICE impact, SAFe's Fibonacci). */
  readonly values?: readonly number[];
  /** Lowest valid value of an open scale (inclusive unless `minExclusive`). */
  readonly min?: number;
  /** `min` itself is invalid (effort divides: 0 is not an effort). */
  readonly minExclusive?: boolean;
  /** Highest valid value of an open scale, inclusive. */
  readonly max?: number;
  /** Words for points on the scale (`massive` = 3, `moonshot` = 20 %). */
  readonly named?: readonly NamedValue[];
  /** Values a form offers as a picker on an open scale (a 1–10 rating). */
  readonly offer?: readonly number[];
  /** Values below it are raised to it with a warning (RICE's "minimum of half a month"). */
  readonly floor?: number;
  /** What a number means, for help texts: `person-months`, `people or events per quarter`. */
  readonly unit?: string;
  /** A remark for problem messages: `modified Fibonacci; split items larger than 20`. */
  readonly note?: string;
}

/**
 * One factor's input: the field that feeds it, what a form calls it and its scale.
 *
 * @example
 * const i: FactorInput = { field: REACH, label: 'Reach', help: 'People or events per quarter', scale: { reads: 'number', min: 0 } };
 */
export interface FactorInput {
  readonly field: ScoringField;
  /** What a form calls it: `Impact`. */
  readonly label: string;
  /** One line under the control: `Per person reached`. */
  readonly help: string;
  readonly scale: InputScale;
}

/**
 * A value a form offers: its label and what the form stores on the item.
 *
 * @example
 * const c: InputChoice = { label: 'medium (80 %)', value: '80%' };
 */
export interface InputChoice {
  label: string;
  value: FieldValue;
}
