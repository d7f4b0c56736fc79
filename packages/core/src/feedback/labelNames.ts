/**
 * The kind labels every feedback ticket gets exactly one of, whatever the tracker.
 *
 * @example
 * KIND_LABELS.includes('bug'); // => true
 */
export const KIND_LABELS = ['bug', 'feature request', 'improvement', 'question', 'praise', 'other'] as const;

/** One of {@link KIND_LABELS}. */
export type KindLabel = (typeof KIND_LABELS)[number];

/**
 * The identity of a label: case, surrounding and repeated spaces, and spaces around hyphens do
 * not make a different label. Trackers accumulate `Bug`, `bug ` and `IG - uncertain` spellings
 * of one label over the years; learning them as separate classes splits their examples.
 *
 * @example
 * labelKey(' Feature  Request '); // => 'feature request'
 */
export function labelKey(label: string): string {
  return label
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ');
}

/**
 * Picks one display spelling per label identity: the most frequent spelling, ties broken
 * alphabetically. Returns a map from {@link labelKey} to that spelling.
 *
 * @example
 * canonicalSpellings([['Bug'], ['bug'], ['bug']]).get('bug'); // => 'bug'
 */
export function canonicalSpellings(labelSets: readonly (readonly string[])[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const set of labelSets) {
    for (const raw of set) {
      const spelling = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
      const key = labelKey(spelling);
      if (!key) continue;
      const forKey = counts.get(key) ?? new Map<string, number>();
      forKey.set(spelling, (forKey.get(spelling) ?? 0) + 1);
      counts.set(key, forKey);
    }
  }
  const out = new Map<string, string>();
  for (const [key, spellings] of counts) {
    const best = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    out.set(key, best[0]);
  }
  return out;
}
