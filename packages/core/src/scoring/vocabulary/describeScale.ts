import { fmt } from '../fieldValue';
import type { InputScale } from './inputSpec';

/**
 * A value as a person reads it on this scale: a fraction as a percentage (`80 %`), else the number.
 *
 * @example
 * showValue({ reads: 'fraction' }, 0.8); // => '80 %'
 */
export function showValue(scale: InputScale, value: number): string {
  return scale.reads === 'fraction' ? `${fmt(value * 100)} %` : fmt(value);
}

/**
 * The values a form offers as a range of ratings, `1–10`, when it is not the whole scale.
 *
 * @example
 * offerSpan({ reads: 'number', min: 0, offer: [1, 2, 3] }); // => '1–3'
 */
export function offerSpan(scale: InputScale): string | undefined {
  const offer = scale.offer;
  if (!offer?.length) return undefined;
  const first = offer[0]!;
  const last = offer[offer.length - 1]!;
  return scale.min === first && scale.max === last ? undefined : `${fmt(first)}–${fmt(last)}`;
}

function range(scale: InputScale): string {
  const { min, max } = scale;
  if (scale.reads === 'fraction') return `a percentage ${fmt((min ?? 0) * 100)}–${fmt((max ?? 1) * 100)} %`;
  if (min !== undefined && max !== undefined) return `a number from ${fmt(min)} to ${fmt(max)}`;
  if (min !== undefined) return `a number ${scale.minExclusive ? '>' : '≥'} ${fmt(min)}`;
  if (max !== undefined) return `a number ≤ ${fmt(max)}`;
  return 'a number';
}

/**
 * What a valid value looks like, for problem messages, written from the scale itself so a new
 * word or value shows up in every message:
 * `one of 3, 2, 1, 0.5, 0.25 (massive, high, medium, low, minimal)`.
 *
 * @example
 * describeScale({ reads: 'number', min: 0, minExclusive: true, unit: 'person-months', floor: 0.5 });
 * // => 'a number > 0 (person-months; minimum 0.5)'
 */
export function describeScale(scale: InputScale): string {
  const named = scale.named ?? [];
  if (scale.reads === 'word' || scale.reads === 'first-word') {
    const labels = named.map((n) => n.label ?? n.words[0]!);
    const head = `one of ${labels.join(', ')}`;
    return scale.note ? `${head} (${scale.note})` : head;
  }
  const words = named.map((n) => n.words[0]!);
  const notes: string[] = [];
  let head: string;
  if (scale.values) {
    head = `one of ${scale.values.map((v) => showValue(scale, v)).join(', ')}`;
    if (scale.reads === 'fraction') {
      const ways = [scale.values.map((v) => fmt(v * 100)).join('/'), scale.values.map(fmt).join('/')];
      notes.push(`as ${ways.join(', ')}${words.length ? `, or ${words.join('/')}` : ''}`);
    } else if (words.length) notes.push(words.join(', '));
  } else {
    head = range(scale);
    if (scale.reads === 'fraction') notes.push('as 60, 0.6 or "60%"');
    if (scale.reads === 'share-of-10') notes.push('or a fraction / percentage of full: 0.8 or "80%" = 8');
    if (words.length) notes.push(named.map((n) => `${n.words[0]} = ${showValue(scale, n.value)}`).join(', '));
  }
  if (scale.unit) notes.push(scale.unit);
  if (scale.floor !== undefined) notes.push(`minimum ${fmt(scale.floor)}`);
  const span = offerSpan(scale);
  if (span) notes.push(`${span} by default`);
  if (scale.note) notes.push(scale.note);
  return notes.length ? `${head} (${notes.join('; ')})` : head;
}
