import type { FieldValue } from '../../model/workItem';
import { showValue } from './describeScale';
import type { FactorInput, InputChoice, InputScale, NamedValue } from './inputSpec';

/**
 * What a form or an importer stores on an item for a value of this scale: a percentage for
 * fractions and shares of 10 (so every framework that reads the field agrees: `80%` is RICE's
 * 0.8 and ICE's 8), the first word for word scales, else the number.
 *
 * @example
 * storedValue({ reads: 'fraction' }, 0.8); // => '80%'
 * storedValue({ reads: 'share-of-10' }, 7); // => '70%'
 * storedValue({ reads: 'number' }, 3); // => 3
 */
export function storedValue(scale: InputScale, value: number): FieldValue {
  switch (scale.reads) {
    case 'fraction':
      return `${Number((value * 100).toPrecision(12))}%`;
    case 'share-of-10':
      return `${Number((value * 10).toPrecision(12))}%`;
    case 'word':
    case 'first-word':
      return namedAt(scale, value)?.words[0] ?? value;
    default:
      return value;
  }
}

function namedAt(scale: InputScale, value: number): NamedValue | undefined {
  return scale.named?.find((n) => n.value === value);
}

/**
 * The picker a form shows for an input, or `undefined` for a free number box: the closed
 * scale's values, else the values it offers (a 1–10 rating), each labelled with its word
 * (`massive (3)`) and stored as `storedValue` says.
 *
 * @example
 * formChoices(RICE_INPUTS[1]!)?.[0]; // => { label: 'massive (3)', value: 3 }
 */
export function formChoices(input: FactorInput): InputChoice[] | undefined {
  const { scale } = input;
  // A word scale's words are its choices (two t-shirt sizes may share a value).
  if (scale.reads === 'word' || scale.reads === 'first-word')
    return (scale.named ?? []).map((n) => ({ label: n.label ?? n.words[0]!, value: n.words[0]! }));
  const values = scale.values ?? scale.offer;
  if (!values) return undefined;
  return values.map((value) => {
    const named = namedAt(scale, value);
    const shown = showValue(scale, value);
    const label = named?.label ?? (named ? `${named.words[0]} (${shown})` : shown);
    return { label, value: storedValue(scale, value) };
  });
}
