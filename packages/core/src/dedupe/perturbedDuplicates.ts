import { seededRandom } from '../random/seededRandom';
import type { DuplicateDoc } from './duplicateTerms';
import type { KnownDuplicate } from './evaluateDuplicates';

/** Options of {@link perturbedDuplicates}. */
export interface PerturbOptions {
  /** How many reports get a perturbed duplicate. Default 100. */
  pairs?: number;
  seed?: number;
}

// Words a second reporter often uses instead; both directions apply.
const SYNONYMS: [string, string][] = [
  ['crash', 'crashes'],
  ['error', 'exception'],
  ['bug', 'issue'],
  ['broken', 'not working'],
  ['fails', 'does not work'],
  ['wrong', 'incorrect'],
  ['slow', 'laggy'],
  ['app', 'application'],
  ['button', 'control'],
  ['page', 'screen'],
  ['show', 'display'],
  ['shows', 'displays'],
  ['missing', 'gone'],
  ['cannot', "can't"],
  ['update', 'upgrade'],
  ['remove', 'delete'],
  ['open', 'launch'],
  ['use', 'using'],
  ['when', 'whenever'],
  ['after', 'since'],
];
const ADDED = [
  'Same problem here.',
  'I think this was reported before but could not find it.',
  'Still happens on the latest version.',
  'Any workaround?',
  'Happens to me too, details below.',
];

/**
 * Near-duplicate pairs made from real reports by controlled perturbation: for a seeded sample of
 * reports, a new report is written that drops about a quarter of the title's words, swaps some
 * words for synonyms, keeps roughly half of the body's sentences in shuffled order and adds a
 * "same here" line. The pair (new report → its source) is the known duplicate. Real vocabulary,
 * synthetic rewording: easier than genuine duplicates written by different people.
 *
 * @example
 * const { docs, pairs } = perturbedDuplicates(issues, { pairs: 100, seed: 2 });
 */
export function perturbedDuplicates(
  source: readonly DuplicateDoc[],
  options: PerturbOptions = {},
): { docs: DuplicateDoc[]; pairs: KnownDuplicate[] } {
  const random = seededRandom(options.seed ?? 2);
  const want = Math.min(options.pairs ?? 100, source.length);
  const order = source.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const docs = [...source];
  const pairs: KnownDuplicate[] = [];
  for (const i of order.slice(0, want)) {
    const original = source[i]!;
    const id = `${original.id}~dup`;
    docs.push({
      ...original,
      id,
      title: rewordTitle(original.title, random),
      body: rewordBody(original.body ?? '', random),
    });
    pairs.push({ duplicate: id, original: original.id });
  }
  return { docs, pairs };
}

function reword(word: string, random: () => number): string {
  const lower = word.toLowerCase();
  for (const [a, b] of SYNONYMS) {
    if (lower === a && random() < 0.6) return b;
    if (lower === b && random() < 0.6) return a;
  }
  return word;
}

function rewordTitle(title: string, random: () => number): string {
  const words = title.split(/\s+/).filter(Boolean);
  const kept = words.filter(() => words.length < 3 || random() > 0.25).map((w) => reword(w, random));
  return (kept.length ? kept : words).join(' ');
}

function rewordBody(body: string, random: () => number): string {
  const sentences = body.split(/(?<=[.!?\n])\s+/).filter((s) => s.trim());
  const kept = sentences.filter(() => random() < 0.5);
  for (let i = kept.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kept[i], kept[j]] = [kept[j]!, kept[i]!];
  }
  const text = kept
    .map((s) =>
      s
        .split(/\s+/)
        .map((w) => reword(w, random))
        .join(' '),
    )
    .join(' ');
  return `${ADDED[Math.floor(random() * ADDED.length)]} ${text}`.trim();
}
