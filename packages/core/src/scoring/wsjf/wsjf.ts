import type { FactorSpec, FrameworkDefinition } from '../definition';
import { toNumber } from '../fieldValue';

/** SAFe's modified Fibonacci scale for WSJF inputs. 40 and 100 are deliberately excluded (see docs/scoring.md). */
export const WSJF_SCALE: readonly number[] = [1, 2, 3, 5, 8, 13, 20];
const ON_SCALE = new Set(WSJF_SCALE);

const TERMS = [
  ['business_value', 'business value'],
  ['time_criticality', 'time criticality'],
  ['risk_reduction', 'risk reduction'],
] as const;

function specs(
  parse: (raw: Parameters<FactorSpec['parse']>[0]) => number,
  sizeParse: FactorSpec['parse'],
  expects: string,
  sizeExpects: string,
): FactorSpec[] {
  return [
    ...TERMS.map(
      ([name, label]): FactorSpec => ({
        name,
        label,
        op: 'add',
        parse,
        expects,
        minKey: `${name}_min`,
        maxKey: `${name}_max`,
      }),
    ),
    {
      name: 'job_size',
      label: 'job size',
      op: 'divide',
      parse: sizeParse,
      expects: sizeExpects,
      neutral: 5,
      minKey: 'job_size_min',
      maxKey: 'job_size_max',
    },
  ];
}

const fibonacci = (raw: Parameters<FactorSpec['parse']>[0]): number => {
  const n = toNumber(raw);
  return ON_SCALE.has(n) ? n : Number.NaN;
};
const FIB_EXPECTS = 'one of 1, 2, 3, 5, 8, 13, 20 (modified Fibonacci; split items larger than 20)';

function warnZeroValue(values: number[], warnings: string[]): undefined {
  if (values[0] === 0) {
    warnings.push(
      'business value is 0: the score rests on time criticality and risk alone; check it is real',
    );
  }
  return undefined;
}

/**
 * WSJF as SAFe defines it, version 1: (user-business value + time criticality + risk reduction /
 * opportunity enablement) ÷ job size, every input on the modified Fibonacci scale
 * 1, 2, 3, 5, 8, 13, 20. Fields: `business_value`, `time_criticality`, `risk_reduction`, `job_size`.
 *
 * @example
 * evaluate(WSJF, item, {}); // 8 + 3 + 5 over 8 → 2
 */
export const WSJF: FrameworkDefinition = {
  id: 'wsjf',
  name: 'WSJF (SAFe)',
  version: '1',
  formula: '(business value + time criticality + risk reduction) ÷ job size, modified Fibonacci 1–20',
  factors: specs(fibonacci, fibonacci, FIB_EXPECTS, FIB_EXPECTS),
  check: warnZeroValue,
};

/**
 * WSJF with free scales, version 1: the same formula over any numbers ≥ 0 (job size > 0), for
 * teams using 1–10, 1–100 or Reinertsen's CD3 with real durations. A zero business value is
 * scored but warned about (Black Swan Farming's "absurd result").
 *
 * @example
 * evaluate(WSJF_OPEN, item, {}); // (100 + 50 + 20) ÷ 10 → 17
 */
export const WSJF_OPEN: FrameworkDefinition = {
  id: 'wsjf-open',
  name: 'WSJF (free scales)',
  version: '1',
  formula: '(business value + time criticality + risk reduction) ÷ job size, any scale',
  factors: specs(
    (raw) => {
      const n = toNumber(raw);
      return n >= 0 ? n : Number.NaN;
    },
    (raw) => {
      const n = toNumber(raw);
      return n > 0 ? n : Number.NaN;
    },
    'a number ≥ 0',
    'a number > 0',
  ),
  check: warnZeroValue,
};
