import { describe, expect, it } from 'vitest';
import { findSimilar } from './findSimilar';
import { buildSimilarityIndex } from './similarityIndex';

const ideas = [
  { id: 'PM-1', title: 'Export reports to PDF', body: 'Download any report as a PDF file' },
  { id: 'PM-2', title: 'Dark mode for the dashboard', body: 'A dark colour theme' },
  { id: 'PM-3', title: 'Slack notifications for new comments', body: '' },
];

describe('findSimilar', () => {
  const index = buildSimilarityIndex(ideas);

  it('calls a near-identical text a duplicate (≥ 0.92)', () => {
    const [top] = findSimilar(index, {
      title: 'Export reports to PDF',
      body: 'Download any report as a PDF file',
    });
    expect(top).toMatchObject({ id: 'PM-1', verdict: 'duplicate' });
    expect(top?.score).toBeGreaterThanOrEqual(0.92);
  });

  it('suggests between the suggest and link thresholds', () => {
    const [top] = findSimilar(
      index,
      { title: 'Dark mode', body: 'dark colour theme for the dashboard please' },
      { thresholds: { suggest: 0.5, link: 0.99 } },
    );
    expect(top).toMatchObject({ id: 'PM-2', verdict: 'related' });
  });

  it('returns nothing below the suggest threshold', () => {
    expect(findSimilar(index, { title: 'Faster search results' })).toEqual([]);
  });

  it('answers similar-but-distinct when a key term conflicts', () => {
    const [top] = findSimilar(
      index,
      { title: 'Export reports to CSV', body: 'Download any report as a CSV file' },
      { thresholds: { suggest: 0.3 } },
    );
    expect(top?.verdict).toBe('similar-but-distinct');
    expect(top?.conflicts[0]).toMatch(/format: csv ≠ pdf/);
  });

  it('honours configured thresholds', () => {
    const text = { title: 'Export reports to PDF', body: 'Download any report as a PDF file' };
    expect(findSimilar(index, text, { thresholds: { link: 1.01, suggest: 0.5 } })[0]?.verdict).toBe(
      'related',
    );
  });

  it('finds the same duplicate through MinHash/LSH on a large corpus', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      id: `X-${i}`,
      title: `unrelated topic number ${i} alpha${i}`,
    }));
    const big = buildSimilarityIndex([...ideas, ...many], { lshFrom: 100 });
    expect(big.lsh).toBeDefined();
    expect(findSimilar(big, { title: 'Slack notifications for new comments' })[0]?.id).toBe('PM-3');
  });
});
