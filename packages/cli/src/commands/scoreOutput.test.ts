import { describe, expect, it } from 'vitest';
import { renderTable, type ScoreRow } from './scoreOutput';

const row = (i: number, warnings: string[]): ScoreRow => ({
  framework: 'rice',
  rank: i + 1,
  key: `PM-${i + 1}`,
  title: `Item ${i + 1}`,
  score: 100 - i,
  range: null,
  label: null,
  explanation: null,
  warnings,
  problems: [],
});

describe('renderTable on a long export', () => {
  const rows = [
    ...Array.from({ length: 500 }, (_, i) => row(i, ['no estimate: scored on value alone, effort unknown'])),
    row(500, ['confidence 0.3 is low']),
  ];

  it('prints a warning many items share once, with a count and a few keys, instead of a line per item', () => {
    const out = renderTable(rows, 'rice', { limit: 25, heading: 'RICE' });
    expect(out).toContain(
      '  500 items: no estimate: scored on value alone, effort unknown: PM-1, PM-2, PM-3, PM-4, PM-5, PM-6, PM-7, PM-8, PM-9, PM-10, PM-11, PM-12, … (use --limit 0 for all)',
    );
    expect(out).toContain('  PM-501: confidence 0.3 is low');
    expect(out.split('\n').length).toBeLessThan(60);
  });

  it('lists every key with --limit 0', () => {
    const out = renderTable(rows, 'rice', { heading: 'RICE' });
    expect(out).toContain('PM-499, PM-500\n');
  });
});
