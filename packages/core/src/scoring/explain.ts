import type { FieldValue } from '../model/workItem';
import type { FactorSpec, FrameworkDefinition } from './definition';
import { fmt } from './fieldValue';
import type { FactorContribution, ScoreExplanation } from './types';

const OP_SIGN = { add: '+', subtract: '−', multiply: '×', divide: '÷' } as const;

/**
 * Builds the explanation of a score from the values the formula used. Internal; `evaluate`
 * calls it lazily, on first access to `result.explanation`, to keep bulk scoring cheap.
 *
 * @example
 * explain(RICE, [450, 3, 1, 2], [450, 3, '100%', 2], 675, undefined).summary;
 * // => 'RICE (Intercom) 675 = reach 450 × impact 3 × confidence 100% ÷ effort 2'
 */
export function explain(
  def: FrameworkDefinition,
  values: readonly number[],
  inputs: readonly FieldValue[],
  score: number,
  label: string | undefined,
): ScoreExplanation {
  const { factors } = def;
  const n = factors.length;
  const hasSum = factors.some((f) => f.op === 'add' || f.op === 'subtract');
  const contributions: FactorContribution[] = new Array(n);
  // The top factor is the one that lifts the score most: the largest added term in a sum, or in
  // a product the largest log-lift over the factor's neutral value (divided factors lift when small).
  let top = factors[0]!.name;
  let topLift = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const f = factors[i]!;
    const v = values[i]!;
    let contribution: number;
    let lift = Number.NEGATIVE_INFINITY;
    if (f.op === 'add' || f.op === 'subtract') {
      contribution = (f.op === 'add' ? 1 : -1) * (f.weight ?? 1) * v;
      lift = contribution;
    } else {
      contribution = f.op === 'multiply' ? v : 1 / v;
      if (!hasSum && f.neutral !== undefined && v > 0) {
        lift = f.op === 'multiply' ? Math.log(v / f.neutral) : Math.log(f.neutral / v);
      }
    }
    if (lift > topLift) {
      topLift = lift;
      top = f.name;
    }
    contributions[i] = { name: f.name, input: inputs[i]!, normalised: v, op: f.op, contribution };
  }
  return {
    frameworkId: def.id,
    name: def.name,
    version: def.version,
    formula: def.formula,
    factors: contributions,
    topFactor: top,
    ...(label === undefined ? {} : { label }),
    summary: `${def.name} ${fmt(score)} = ${describe(factors, values)}${label ? ` (${label})` : ''}`,
  };
}

/** The formula with this item's numbers, e.g. `(business value 7 + time criticality 9) ÷ job size 2`. */
function describe(factors: readonly FactorSpec[], values: readonly number[]): string {
  let sum = '';
  let product = '';
  let sumTerms = 0;
  // An average is written `(a + b + c) ÷ 3`, not with a 0.33 weight on each term.
  const weights = new Set(
    factors.filter((f) => f.op === 'add' || f.op === 'subtract').map((f) => f.weight ?? 1),
  );
  const common = weights.size === 1 ? [...weights][0]! : 1;
  const divisor = common < 1 && Number.isInteger(Math.round(1e9 / common) / 1e9) ? Math.round(1 / common) : 1;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    const w = divisor === 1 ? (f.weight ?? 1) : 1;
    // Fractional confidences read as percentages, as people write them.
    const shown = f.fullConfidence === 1 ? `${fmt(values[i]! * 100)}%` : fmt(values[i]!);
    const term = `${w === 1 ? '' : `${fmt(w)}·`}${f.label} ${shown}`;
    if (f.op === 'add' || f.op === 'subtract') {
      sum += sumTerms === 0 ? (f.op === 'add' ? term : `−${term}`) : ` ${OP_SIGN[f.op]} ${term}`;
      sumTerms++;
    } else {
      product += product === '' && sumTerms === 0 && f.op === 'multiply' ? term : ` ${OP_SIGN[f.op]} ${term}`;
    }
  }
  if (sumTerms === 0) return product.trimStart();
  if (divisor !== 1) product = ` ÷ ${divisor}${product}`;
  return product === '' ? sum : `(${sum})${product}`;
}
