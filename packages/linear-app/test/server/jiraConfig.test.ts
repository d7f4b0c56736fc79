import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env';

const JIRA = {
  TRAILMAP_JIRA_BASE_URL: 'https://acme.atlassian.net/',
  TRAILMAP_JIRA_EMAIL: 'bot@acme.test',
  TRAILMAP_JIRA_API_TOKEN: 'secret-token',
  TRAILMAP_JIRA_PROJECTS: 'SUP, PM',
};

describe('the optional Jira connection (TRAILMAP_JIRA_*)', () => {
  it('is off when no variable is set', () => {
    const r = loadConfig({});
    expect(r.ok && r.config.jira).toBeUndefined();
  });

  it('reads all four variables into one connection', () => {
    const r = loadConfig({ ...JIRA, TRAILMAP_JIRA_LINEAR_ORGANIZATION: 'org-1' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.config.jira).toEqual({
      baseUrl: 'https://acme.atlassian.net',
      email: 'bot@acme.test',
      apiToken: 'secret-token',
      projects: ['SUP', 'PM'],
      organizationId: 'org-1',
    });
  });

  it('names each missing variable on its own line when only some are set', () => {
    const r = loadConfig({ TRAILMAP_JIRA_BASE_URL: JIRA.TRAILMAP_JIRA_BASE_URL });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.variable)).toEqual([
      'TRAILMAP_JIRA_EMAIL',
      'TRAILMAP_JIRA_API_TOKEN',
      'TRAILMAP_JIRA_PROJECTS',
    ]);
    for (const p of r.problems)
      expect(p.message).toMatch(/^is required for the Jira connection \(set all of .*, or none\)$/);
  });

  it('rejects bad values with one line naming the variable and what to write', () => {
    const r = loadConfig({
      ...JIRA,
      TRAILMAP_JIRA_BASE_URL: 'acme',
      TRAILMAP_JIRA_PROJECTS: 'sup;pm',
      TRAILMAP_JIRA_EMAIL: 'bot',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const by = Object.fromEntries(r.problems.map((p) => [p.variable, p.message]));
    expect(by.TRAILMAP_JIRA_BASE_URL).toBe('must be the Jira site URL, e.g. https://acme.atlassian.net');
    expect(by.TRAILMAP_JIRA_PROJECTS).toBe('must be comma-separated Jira project keys, e.g. SUP,PM');
    expect(by.TRAILMAP_JIRA_EMAIL).toBe('must be the e-mail address of the Jira API token owner');
    for (const m of Object.values(by)) expect(m).not.toContain('\n');
  });
});
