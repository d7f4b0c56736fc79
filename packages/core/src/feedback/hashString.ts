/**
 * 32-bit FNV-1a over the UTF-16 code units of `text[start, end)`, seeded so that feature
 * families (words, bigrams, character n-grams, title words) land in different hash streams.
 * Hashing a slice in place avoids allocating a substring per character n-gram, which is most
 * of the featurisation cost on long tickets.
 *
 * @example
 * hashString('bug', 0, 3, 1) === hashString('a bug', 2, 5, 1); // => true
 */
export function hashString(text: string, start = 0, end = text.length, seed = 0): number {
  let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Folds two hashes into one, for n-grams of tokens (order matters).
 *
 * @example
 * combineHashes(1, 2) !== combineHashes(2, 1); // => true
 */
export function combineHashes(a: number, b: number): number {
  let h = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
