import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random/seededRandom';
import { createDuplicateIndex } from './duplicateIndex';
import { fitDuplicateThresholds } from './fitDuplicateThresholds';
import { perturbedDuplicates } from './perturbedDuplicates';

// Reports over a wide vocabulary, 60 of them re-told (reworded copies): marked duplicates score
// well above unrelated reports, as in a tracker whose reports are about different things.
const random = seededRandom(8);
const word = () => `w${Math.floor(random() * 3000).toString(36)}`;
const words = (n: number) => Array.from({ length: n }, word).join(' ');
const source = Array.from({ length: 600 }, (_, i) => ({
  id: `R-${i}`,
  title: words(6),
  body: `${words(15)}. ${words(15)}.`,
}));
const { docs, pairs } = perturbedDuplicates(source, { pairs: 60, seed: 8 });

// Each fit queries every known duplicate and up to 1,000 other reports: a few seconds on a quiet
// machine, several times that on the shared 2-core one under load, hence a 60 s budget.
describe('fitDuplicateThresholds', { timeout: 60_000 }, () => {
  it('keeps the defaults below 20 known pairs and says so', () => {
    const t = fitDuplicateThresholds(docs, pairs.slice(0, 5));
    expect(t).toMatchObject({ source: 'default', knownPairs: 5, link: 0.92, suggest: 0.8 });
    expect(t.notes[0]).toMatch(/only 5 known duplicate pairs/);
  });

  it('learns thresholds whose measured precision meets the targets', () => {
    const t = fitDuplicateThresholds(docs, pairs, {}, createDuplicateIndex(docs));
    expect(t.source).toBe('learnt');
    expect(t.knownPairs).toBe(pairs.length);
    expect(t.suggest).toBeLessThanOrEqual(t.link);
    expect(t.linkPrecision).toBeGreaterThanOrEqual(0.95);
    expect(t.linkRecall).toBeGreaterThan(0.5);
    expect(t.suggestPrecision).toBeGreaterThanOrEqual(0.7);
    expect(t.suggestRecall).toBeGreaterThan(0);
  });

  it('a stricter target never lowers the threshold', () => {
    const loose = fitDuplicateThresholds(docs, pairs, { suggest: 0.5 });
    const strict = fitDuplicateThresholds(docs, pairs, { suggest: 0.9 });
    expect(strict.suggest).toBeGreaterThanOrEqual(loose.suggest);
  });
});
