import { buildSampleItems } from './catalog';
import { CUSTOMERS, RELEASES } from './content';
import { emitJiraCsv } from './emitJira';
import { emitLinearCsv, emitLinearScores } from './emitLinear';

/**
 * Every sample file by name, rendered from the deterministic catalog.
 *
 * @example
 * Object.keys(renderSamples()); // => ['backlog.jira.csv', 'backlog.linear.csv', …]
 */
export function renderSamples(): Record<string, string> {
  const items = buildSampleItems();
  const config = {
    customers: CUSTOMERS.map((c) => ({ name: c.name, revenue: c.revenue, tier: c.tier, size: c.size })),
    releases: RELEASES.map((r) => ({
      name: r.name,
      start: r.start,
      end: r.end,
      capacity: r.capacity,
      released: r.released,
    })),
    feedback: { issueTypes: ['Feedback'], teams: ['Feedback'] },
  };
  return {
    'backlog.jira.csv': emitJiraCsv(items),
    'backlog.linear.csv': emitLinearCsv(items, RELEASES),
    'backlog.linear.scores.csv': emitLinearScores(items),
    'trailmap.config.json': `${JSON.stringify(config, null, 2)}\n`,
  };
}
