import { type FieldValue, type Framework, type ScoreResult, scoreItem, type WorkItem } from '@trailmap/core';

/**
 * Scores an item with the given inputs laid over its fields. Pure, so the panel runs it in the
 * browser on every keystroke and the backend runs the same code on save: the number a user
 * sees is the number written to Jira.
 *
 * @example
 * scoreWithInputs(item, { reach: 450, impact: 3, confidence: '100%', effort: 2 }, 'rice'); // score 675
 */
export function scoreWithInputs(
  base: WorkItem,
  inputs: Readonly<Record<string, FieldValue>>,
  framework: Framework,
): ScoreResult {
  return scoreItem({ ...base, fields: { ...base.fields, ...cleanInputs(inputs) } }, framework);
}

/**
 * Drops blank inputs (empty text boxes) so "not filled in" reads as missing, not as zero.
 *
 * @example
 * cleanInputs({ reach: '', impact: 2 }); // => { impact: 2 }
 */
export function cleanInputs(inputs: Readonly<Record<string, FieldValue>>): Record<string, FieldValue> {
  return Object.fromEntries(
    Object.entries(inputs).filter(([, v]) => v !== null && !(typeof v === 'string' && v.trim() === '')),
  );
}

/**
 * Rounds a score for display and for the Jira number field (2 decimals; the range keeps the precision).
 *
 * @example
 * roundScore(66.66666); // => 66.67
 */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}
