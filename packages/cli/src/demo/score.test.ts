import { describe, expect, it } from 'vitest';
import { defaultDemoContext } from './context';
import { demoScore } from './score';

describe('demoScore', () => {
  it('prints the ranked sample backlog, the unscored count and why #1 beats #2', async () => {
    const lines: string[] = [];
    await demoScore({ ...defaultDemoContext(process.cwd()), log: (line) => lines.push(line) });
    const text = lines.join('\n');
    expect([
      text.includes('RICE (Intercom) v1'),
      /│\s+1 │ [A-Z]+-\d+/.test(text),
      /Unscored \(\d+\):/.test(text),
      /Why: \S+ ranks above \S+/.test(text),
    ]).toEqual([true, true, true, true]);
  });
});
