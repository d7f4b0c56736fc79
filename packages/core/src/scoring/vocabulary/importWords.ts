import type { FieldValue } from '../../model/workItem';
import { storedValue } from './formChoices';
import { SCORING_VOCABULARY, type ScoringVocabulary } from './scoringVocabulary';

const cache = new WeakMap<ScoringVocabulary, ReadonlyMap<string, ReadonlyMap<string, FieldValue>>>();

/**
 * For each numeric scoring field, the words any framework's scale gives it and the value an
 * importer stores for each: `impact` `massive` → 3, `confidence` `medium` → `'80%'` (a share
 * every framework reading confidence agrees on). The first framework to name a word wins;
 * the vocabulary's tests check no two disagree.
 *
 * @example
 * importWords().get('impact')?.get('massive'); // => 3
 * importWords().get('confidence')?.get('moonshot'); // => '20%'
 */
export function importWords(
  vocabulary: ScoringVocabulary = SCORING_VOCABULARY,
): ReadonlyMap<string, ReadonlyMap<string, FieldValue>> {
  let table = cache.get(vocabulary);
  if (table) return table;
  const out = new Map<string, Map<string, FieldValue>>();
  for (const inputs of Object.values(vocabulary.frameworks)) {
    for (const { field, scale } of inputs) {
      if (field.imports !== 'number') continue;
      const words = out.get(field.name) ?? new Map<string, FieldValue>();
      out.set(field.name, words);
      for (const named of scale.named ?? []) {
        for (const word of named.words) {
          if (!words.has(word)) words.set(word, storedValue(scale, named.value));
        }
      }
    }
  }
  table = out;
  cache.set(vocabulary, table);
  return table;
}
