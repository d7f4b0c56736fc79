import { describe, expect, it } from 'vitest';
import { createSnapshotStore } from '../../src/sync/snapshotStore';
import { loadWorkspaceData } from '../../src/sync/workspaceData';
import { seededServerPerTest } from '../server/seededServer';
import { SEED_ORG, XSS_TITLE } from '../support/workspaceSeed';

const NOW = Date.UTC(2026, 1, 20, 9);
const seeded = seededServerPerTest({ LINEAR_API_KEY: 'lin_api_test' }, NOW);

const signed = (path: string) =>
  `${seeded.server.url}${seeded.server.deps.pageSigner.signPath(path, 600, NOW)}`;

describe('roadmap pages from the synced mirror', () => {
  it('renders a team roadmap with Now/Next/Later and a timeline, escaping titles from Linear', async () => {
    const res = await fetch(signed(`/roadmap/${SEED_ORG}/team/ENG`));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).toContain('Engineering roadmap');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(XSS_TITLE);
    expect(html).toContain('Merge duplicate conversations');
    expect(html).not.toContain('<script');
  });

  it('forecasts unscheduled issues into upcoming cycles from velocity (only ENG-7, with no estimate, stays unscheduled)', async () => {
    const html = await (await fetch(`${signed(`/roadmap/${SEED_ORG}/team/ENG`)}&view=timeline`)).text();
    expect(html).toContain('7 scheduled');
    const unscheduled = html.slice(html.indexOf('Unscheduled'));
    expect(unscheduled).toContain('No estimate yet');
    expect(unscheduled).not.toContain('Collision detection');
  });

  it('shows projects on the workspace and initiative roadmaps, issues on a project roadmap', async () => {
    const workspace = await (await fetch(signed(`/roadmap/${SEED_ORG}/workspace`))).text();
    expect(workspace).toContain('Unified inbox');
    const initiative = await (await fetch(signed(`/roadmap/${SEED_ORG}/initiative/init-1`))).text();
    expect(initiative).toContain('Support 2.0');
    expect(initiative).toContain('Unified inbox');
    const project = await (await fetch(signed(`/roadmap/${SEED_ORG}/project/proj-inbox`))).text();
    expect(project).toContain('Merge duplicate conversations');
    expect(project).not.toContain('Collision detection');
  });

  it('refuses unsigned, tampered and expired links', async () => {
    expect((await fetch(`${seeded.server.url}/roadmap/${SEED_ORG}/workspace`)).status).toBe(403);
    const link = signed(`/roadmap/${SEED_ORG}/workspace`).replace(
      `/roadmap/${SEED_ORG}/`,
      '/roadmap/other-org/',
    );
    expect((await fetch(link)).status).toBe(403);
    const old = `${seeded.server.url}${seeded.server.deps.pageSigner.signPath(`/roadmap/${SEED_ORG}/workspace`, 60, NOW - 3_600_000)}`;
    expect((await fetch(old)).status).toBe(403);
  });

  it('answers 400 for an unknown view option, naming it, and 404 for an unknown team', async () => {
    const bad = await fetch(`${signed(`/roadmap/${SEED_ORG}/team/ENG`)}&groupBy=colour`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('groupBy');
    expect((await fetch(signed(`/roadmap/${SEED_ORG}/team/NOPE`))).status).toBe(404);
  });

  it('view links keep the signature, so switching views stays authorised', async () => {
    const html = await (await fetch(`${signed(`/roadmap/${SEED_ORG}/team/ENG`)}&view=timeline`)).text();
    const href = /href="([^"]*view=now-next-later[^"]*)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
    expect(href).toBeDefined();
    const res = await fetch(`${seeded.server.url}${href}`);
    expect(res.status).toBe(200);
  });
});

describe('score page with Reach from Linear customers', () => {
  it('explains the score and lists each customer with tier, revenue and weight', async () => {
    const res = await fetch(signed(`/score/${SEED_ORG}/issue/ENG-1`));
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('Reach 2.5 from 2 customer(s)');
    expect(html).toContain('Acme &lt;b&gt;Corp&lt;/b&gt;');
    expect(html).toContain('enterprise');
    expect(html).toContain('impact 2 from Linear priority “High”');
  });

  it('scores a project from requests on the project and on its issues', async () => {
    const html = await (await fetch(signed(`/score/${SEED_ORG}/project/inbox-1a2b`))).text();
    expect(html).toContain('Reach 2.5 from 2 customer(s)');
  });

  it('reads the mirror as the pages do (sanity: every seeded row parses)', async () => {
    const data = await loadWorkspaceData(createSnapshotStore(seeded.store), SEED_ORG);
    expect(data.unreadableRows).toBe(0);
    expect(data.issues).toHaveLength(9);
  });
});

describe('a workspace that has never synced', () => {
  it('starts the first sync and says so, instead of showing an empty roadmap', async () => {
    const res = await fetch(signed('/roadmap/org-new/workspace'));
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('for the first time');
    const jobs = await seeded.store.all<{ type: string; organization_id: string }>(
      'SELECT type, organization_id FROM jobs',
    );
    expect(jobs).toEqual([{ type: 'trailmap.sync', organization_id: 'org-new' }]);
  });
});
