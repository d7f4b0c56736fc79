import { buildLsh, DEFAULT_LSH, type LshIndex, minHashSignature } from './minHash';
import { prepareText } from './prepareText';

/** A document to index: an idea, an existing feedback record, a ticket. */
export interface SimilarityDoc {
  id: string;
  title: string;
  body?: string;
}

/** A TF-IDF index over word unigrams and bigrams, ready for cosine queries. */
export interface SimilarityIndex {
  ids: string[];
  /** Per document: term → L2-normalised TF-IDF weight. */
  vectors: Map<string, number>[];
  /** The raw terms of each document, for the "similar but distinct" check. */
  terms: Set<string>[];
  idf: Map<string, number>;
  docCount: number;
  /** MinHash/LSH candidate index, built once the corpus is large enough for it to pay off. */
  lsh?: LshIndex;
}

/** Options of {@link buildSimilarityIndex}. */
export interface SimilarityIndexOptions {
  /**
   * Corpus size from which queries use MinHash/LSH candidates instead of comparing all. Default:
   * never. LSH at 2,000 documents lost two thirds of real duplicates (issue 15); large corpora
   * belong in `createDuplicateIndex`, whose exact top-k is fast at 100k.
   */
  lshFrom?: number;
}

// Function words carry no topic; dropping them keeps "the export" from matching "the import".
const STOPWORDS = new Set(
  'a an and are as at be been but by can could do does for from has have i if in into is it its me my of on or our please so that the their there this to was we were when which will with would you your not no'.split(
    ' ',
  ),
);

/**
 * The terms of a text for similarity: normalised words (placeholders for URLs, versions and
 * code kept), light plural folding, stopwords dropped, word bigrams so that word order counts a
 * little, and `#`-prefixed character 4-grams inside words.
 *
 * @example
 * similarityTerms('Exports to PDFs').slice(0, 3); // => ['export', 'pdf', 'export pdf']
 */
export function similarityTerms(title: string, body = ''): string[] {
  const prepared = prepareText(title, body, { stripTemplates: true, maxBodyChars: 2000 });
  const words = `${prepared.title} ${prepared.title} ${prepared.body}`
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(fold);
  const out = [...words];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  // Character 4-grams inside words let inflections and compounds meet ("exporting" / "export").
  for (const w of words) for (let i = 0; i + 4 <= w.length + 2; i++) out.push(`#${` ${w} `.slice(i, i + 4)}`);
  return out;
}

/**
 * Builds a TF-IDF index (sublinear term frequency, smoothed IDF). Titles count twice: they
 * state the request, bodies add context.
 *
 * @example
 * const index = buildSimilarityIndex([{ id: 'PM-1', title: 'Export to PDF' }]);
 * index.ids; // => ['PM-1']
 */
export function buildSimilarityIndex(
  docs: readonly SimilarityDoc[],
  options: SimilarityIndexOptions = {},
): SimilarityIndex {
  const termLists = docs.map((d) => similarityTerms(d.title, d.body ?? ''));
  const df = new Map<string, number>();
  for (const list of termLists) for (const t of new Set(list)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [t, f] of df) idf.set(t, Math.log((1 + n) / (1 + f)) + 1);
  const terms = termLists.map((list) => new Set(list));
  const index: SimilarityIndex = {
    ids: docs.map((d) => d.id),
    vectors: termLists.map((list) => weigh(list, idf, n)),
    terms,
    idf,
    docCount: n,
  };
  if (n >= (options.lshFrom ?? Number.POSITIVE_INFINITY))
    index.lsh = buildLsh(terms.map((t) => minHashSignature(t, DEFAULT_LSH)));
  return index;
}

/**
 * The TF-IDF vector of a text against an index's IDF (terms unseen in the index get the
 * highest IDF, as if they occurred in no document).
 *
 * @example
 * vectorFor(index, 'Export to PDF', '').size > 0; // => true
 */
export function vectorFor(index: SimilarityIndex, title: string, body = ''): Map<string, number> {
  return weigh(similarityTerms(title, body), index.idf, index.docCount);
}

/**
 * Cosine similarity of two L2-normalised sparse vectors.
 *
 * @example
 * cosine(new Map([['a', 1]]), new Map([['a', 1]])); // => 1
 */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return Math.min(1, sum);
}

function weigh(terms: string[], idf: Map<string, number>, n: number): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const unseen = Math.log(1 + n) + 1;
  const out = new Map<string, number>();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * (idf.get(t) ?? unseen);
    out.set(t, w);
    norm += w * w;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [t, w] of out) out.set(t, w * inv);
  return out;
}

function fold(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    return word.slice(0, -1);
  return word;
}
