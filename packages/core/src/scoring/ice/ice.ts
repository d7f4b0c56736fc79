import type { FieldValue } from '../../model/workItem';
import type { FactorSpec, FrameworkDefinition } from '../definition';
import { toFraction, toNumber } from '../fieldValue';
import type { FactorOp } from '../types';

function oneToTen(n: number): number {
  return n >= 1 && n <= 10 ? n : Number.NaN;
}

const CONFIDENCE_WORDS: Record<string, number> = { high: 10, medium: 8, low: 5 };

// Importers store confidence as a fraction 0–1 (RICE's convention), so ICE reads a fraction or a
// percentage as a share of its 1–10 scale (0.8 and "80%" → 8) and a bare number above 1 as 1–10.
function iceConfidence(raw: FieldValue): number {
  if (typeof raw === 'string') {
    const word = CONFIDENCE_WORDS[raw.trim().toLowerCase()];
    if (word !== undefined) return word;
    if (raw.trim().endsWith('%')) return oneToTen(toFraction(raw) * 10);
  }
  const n = toNumber(raw);
  return oneToTen(n <= 1 ? n * 10 : n);
}

function factor(name: string, op: FactorOp, weight: number | undefined, confidence: boolean): FactorSpec {
  return {
    name,
    label: name,
    op,
    ...(weight === undefined ? {} : { weight }),
    parse: confidence ? iceConfidence : (raw) => oneToTen(toNumber(raw)),
    expects: confidence
      ? 'a number from 1 to 10, or a fraction / percentage of full confidence (0.8 or "80%" = 8)'
      : 'a number from 1 to 10',
    neutral: 5.5,
    minKey: `${name}_min`,
    maxKey: `${name}_max`,
    ...(confidence ? { fullConfidence: 10 } : {}),
  };
}

/**
 * ICE (Sean Ellis / GrowthHackers), product variant, version 1: impact × confidence × ease, each
 * 1–10, so scores run 1–1000.
 *
 * @example
 * evaluate(ICE, item, {}); // impact 8, confidence 7, ease 5 → 280
 */
export const ICE: FrameworkDefinition = {
  id: 'ice',
  name: 'ICE (product)',
  version: '1',
  formula: 'impact × confidence × ease (each 1–10)',
  factors: [
    factor('impact', 'multiply', undefined, false),
    factor('confidence', 'multiply', undefined, true),
    factor('ease', 'multiply', undefined, false),
  ],
};

/**
 * ICE, average variant, version 1: (impact + confidence + ease) ÷ 3, each 1–10, so scores run 1–10.
 *
 * @example
 * evaluate(ICE_AVERAGE, item, {}); // impact 8, confidence 7, ease 6 → 7
 */
export const ICE_AVERAGE: FrameworkDefinition = {
  id: 'ice-average',
  name: 'ICE (average)',
  version: '1',
  formula: '(impact + confidence + ease) ÷ 3 (each 1–10)',
  factors: [
    factor('impact', 'add', 1 / 3, false),
    factor('confidence', 'add', 1 / 3, true),
    factor('ease', 'add', 1 / 3, false),
  ],
};
