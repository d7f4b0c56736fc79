import { join } from 'node:path';
import { loadBacklog } from '@trailmap/trackers';
import { describe, expect, it } from 'vitest';
import { inputValue } from '../errors';
import { learntLinksSummary } from './learntLinks';

describe('learntLinksSummary', () => {
  it('learns thresholds from the sample backlog links and states the precision it measured', async () => {
    const { backlog } = inputValue(
      await loadBacklog(join(import.meta.dirname, '..', '..', 'samples', 'backlog.jira.csv')),
    );
    const line = learntLinksSummary(backlog);
    expect(line).toMatch(/thresholds learnt from \d+ feedback → idea links/);
    expect(line).toMatch(/(\d+) tickets linked to an idea, \d+ correctly \(precision \d+ %\)/);
    expect(Number(/(\d+) tickets linked/.exec(line)?.[1])).toBeGreaterThan(0);
  });
});
