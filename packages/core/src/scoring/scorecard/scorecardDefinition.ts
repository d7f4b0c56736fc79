import type { FieldValue } from '../../model/workItem';
import type { FactorSpec, FrameworkDefinition } from '../definition';
import { toFraction, toNumber } from '../fieldValue';
import type { Criterion, CriterionScale, Scorecard } from './scorecard';

const TRUE = new Set(['yes', 'true', 'y', '1']);
const FALSE = new Set(['no', 'false', 'n', '0']);

/**
 * Compiles a parsed scorecard into the evaluator's form. Internal.
 *
 * @example
 * scorecardDefinition(ScorecardSchema.parse(config)).formula; // => '100 × (3·revenue − effort) ÷ 3'
 */
export function scorecardDefinition(card: Scorecard): FrameworkDefinition {
  const positive = card.criteria.reduce((s, c) => s + Math.max(c.weight, 0), 0);
  const scale = 100 / positive;
  return {
    id: card.name,
    name: card.label ?? card.name,
    version: card.version,
    formula: `100 × (${card.criteria.map((c) => `${c.weight}·${c.label ?? c.field}`).join(' + ')}) ÷ ${positive}`,
    factors: card.criteria.map((c) => criterionSpec(c, scale)),
  };
}

function criterionSpec(c: Criterion, scale: number): FactorSpec {
  const [parse, expects] = parser(c.scale);
  return {
    name: c.field,
    label: c.label ?? c.field,
    op: c.weight > 0 ? 'add' : 'subtract',
    weight: Math.abs(c.weight) * scale,
    parse,
    expects,
    minKey: `${c.field}_min`,
    maxKey: `${c.field}_max`,
  };
}

function parser(s: CriterionScale): [(raw: FieldValue) => number, string] {
  switch (s.type) {
    case 'range':
      return [
        (raw) => {
          const n = toNumber(raw);
          return n >= s.min && n <= s.max ? (n - s.min) / (s.max - s.min) : Number.NaN;
        },
        `a number from ${s.min} to ${s.max}`,
      ];
    case 'fibonacci': {
      const allowed = new Set(s.values);
      const top = Math.max(...s.values) || 1;
      return [
        (raw) => {
          const n = toNumber(raw);
          return allowed.has(n) ? n / top : Number.NaN;
        },
        `one of ${s.values.join(', ')}`,
      ];
    }
    case 'percent':
      return [toFraction, 'a percentage 0–100 % (as 80, 0.8 or "80%")'];
    case 'boolean':
      return [
        (raw) => {
          if (typeof raw === 'boolean') return raw ? 1 : 0;
          const t = String(raw).trim().toLowerCase();
          return TRUE.has(t) ? 1 : FALSE.has(t) ? 0 : Number.NaN;
        },
        'yes or no',
      ];
    case 'number':
      return [
        (raw) => {
          const n = toNumber(raw);
          if (!(n >= 0)) return Number.NaN;
          return s.max === undefined ? n : Math.min(1, n / s.max);
        },
        s.max === undefined ? 'a number ≥ 0' : `a number ≥ 0 (${s.max} or more counts as full)`,
      ];
    case 'tshirt': {
      const sizes = new Map(Object.entries(s.sizes).map(([k, v]) => [k.toLowerCase(), v]));
      return [
        (raw) => (typeof raw === 'string' ? (sizes.get(raw.trim().toLowerCase()) ?? Number.NaN) : Number.NaN),
        `a size: ${Object.keys(s.sizes).join(', ')}`,
      ];
    }
  }
}
