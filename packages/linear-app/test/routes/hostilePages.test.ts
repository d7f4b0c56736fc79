import { BacklogSchema } from '@trailmap/core';
import {
  boxFit,
  CHROMIUM_SKIP_REASON,
  HOSTILE,
  HOSTILE_JS_LINK,
  HOSTILE_SCRIPT,
  hasChromium,
  openInert,
  pageActivity,
  rawLeaks,
  suiteBrowser,
  unbreakableName,
} from '@trailmap/test-support';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/storage/store';
import { type RunningServer, startTestServer, TEST_WEBHOOK_SECRET } from '../server/testServer';
import { conn, issueFixture } from '../support/linearFixtures';
import { memoryStore } from '../support/testStore';
import { SEED_ORG, seedWorkspace } from '../support/workspaceSeed';

// Every page the app serves, fed hostile names from Linear (and from the query string), over a
// real HTTP server: the payload must arrive as text, with nothing that could run.
// A 120-character cycle name with no break opportunity.
const LONG_CYCLE = unbreakableName('C');
const NOW = Date.UTC(2026, 1, 20, 9);
const PUBLIC_URL = 'https://trailmap.test';
const OAUTH_ORG = 'org-hostile';

/** The seeded workspace plus a hostile issue, customer, cycle and milestone names. */
async function seedHostile(store: Store): Promise<void> {
  const snapshots = await seedWorkspace(store);
  const cycle = async (id: string, name: string) => {
    const row = (await snapshots.get(SEED_ORG, 'cycles', id)) as { updatedAt: string };
    await snapshots.upsert(SEED_ORG, 'cycles', [{ id, updatedAt: row.updatedAt, data: { ...row, name } }]);
  };
  await cycle('cycle-5', LONG_CYCLE);
  await cycle('cycle-6', HOSTILE);
  const project = (await snapshots.get(SEED_ORG, 'projects', 'proj-inbox')) as {
    updatedAt: string;
    projectMilestones: { nodes: { name: string }[] };
  };
  project.projectMilestones.nodes[0]!.name = HOSTILE;
  await snapshots.upsert(SEED_ORG, 'projects', [
    { id: 'proj-inbox', updatedAt: project.updatedAt, data: project },
  ]);
  const customer = { id: 'cust-x', name: HOSTILE, revenue: 1000, size: 5, tier: null };
  const need = {
    id: 'n-x',
    priority: 1,
    body: HOSTILE,
    createdAt: '2026-01-10T00:00:00.000Z',
    updatedAt: '2026-01-10T00:00:00.000Z',
    archivedAt: null,
    customer,
    issue: { id: 'issue-20', identifier: 'ENG-20' },
    project: null,
  };
  const issue = issueFixture(20, {
    title: HOSTILE,
    url: HOSTILE_JS_LINK,
    estimate: 2,
    priority: 1,
    state: { id: 's-todo', name: HOSTILE, type: 'unstarted' },
    project: { id: 'proj-inbox', name: 'Unified inbox' },
    cycle: { id: 'cycle-5', number: 5, name: LONG_CYCLE },
    needs: conn([need]),
  });
  await snapshots.upsert(SEED_ORG, 'issues', [{ id: issue.id, updatedAt: issue.updatedAt, data: issue }]);
  await snapshots.upsert(SEED_ORG, 'customerNeeds', [{ id: need.id, updatedAt: need.updatedAt, data: need }]);
}

const linear = setupServer(
  http.post('https://api.linear.app/oauth/token', () =>
    HttpResponse.json({
      access_token: 'lin_oauth_access_1',
      refresh_token: 'lin_refresh_1',
      token_type: 'Bearer',
      expires_in: 86_399,
      scope: 'read,write',
    }),
  ),
  http.post('https://api.linear.app/graphql', () =>
    HttpResponse.json({
      data: { viewer: { id: 'app-user-9' }, organization: { id: OAUTH_ORG, name: HOSTILE, urlKey: 'x' } },
    }),
  ),
);

let store: Store;
let api: RunningServer;
let oauth: RunningServer;
let demo: RunningServer;
/**
 * Every hostile page: a name, the server and path, the status it must answer, and whether it
 * shows the payload (a page may also refuse it without repeating it).
 */
const pages: {
  name: string;
  server: () => RunningServer;
  path: () => string;
  status: number;
  echoes?: false;
}[] = [];
const signed = (path: string) => api.deps.pageSigner.signPath(path, 600, NOW);

beforeAll(async () => {
  linear.listen({
    onUnhandledRequest: (req, print) => {
      if (new URL(req.url).hostname !== '127.0.0.1') print.error();
    },
  });
  store = await memoryStore();
  await seedHostile(store);
  api = await startTestServer(store, { LINEAR_API_KEY: 'lin_api_test' }, { now: () => NOW });
  oauth = await startTestServer(
    await memoryStore(),
    {
      LINEAR_CLIENT_ID: 'client-123',
      LINEAR_CLIENT_SECRET: 'client-secret-456',
      LINEAR_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      PUBLIC_URL,
    },
    { now: () => NOW },
  );
  const backlog = BacklogSchema.parse({
    items: [{ id: 'D-1', key: 'D-1', title: HOSTILE, statusCategory: 'todo', project: HOSTILE }],
  });
  demo = await startTestServer(
    await memoryStore(),
    {},
    { demo: { load: async () => ({ ok: true, value: { backlog, source: HOSTILE, warnings: [] } }) } },
  );
}, 60_000);
afterAll(async () => {
  linear.close();
  await Promise.all([api?.close(), oauth?.close(), demo?.close()]);
  await store?.close();
});

pages.push(
  {
    name: 'team roadmap',
    server: () => api,
    path: () => signed(`/roadmap/${SEED_ORG}/team/ENG`),
    status: 200,
  },
  {
    name: 'score page',
    server: () => api,
    path: () => signed(`/score/${SEED_ORG}/issue/ENG-20`),
    status: 200,
  },
  { name: 'cycle plan', server: () => api, path: () => signed(`/plan/${SEED_ORG}/team/ENG`), status: 200 },
  {
    name: 'milestone plan',
    server: () => api,
    path: () => signed(`/plan/${SEED_ORG}/project/proj-inbox`),
    status: 200,
  },
  {
    name: 'not-found page naming the id',
    server: () => demo,
    path: () => `/score/demo/issue/${encodeURIComponent(HOSTILE)}`,
    status: 404,
  },
  {
    name: 'bad roadmap query',
    server: () => api,
    path: () => `${signed(`/roadmap/${SEED_ORG}/team/ENG`)}&groupBy=${encodeURIComponent(HOSTILE)}`,
    status: 400,
    echoes: false,
  },
  {
    name: 'OAuth cancelled',
    server: () => oauth,
    path: () => `/oauth/callback?error=${encodeURIComponent(HOSTILE)}`,
    status: 400,
  },
  { name: 'demo fallback page', server: () => demo, path: () => '/demo', status: 200 },
  { name: 'demo roadmap', server: () => demo, path: () => '/roadmap/demo', status: 200 },
);

/** Installs through /oauth/install and the callback; the workspace's name is the payload. */
async function installedPage(): Promise<{ status: number; html: string; cookie: string; path: string }> {
  const res = await fetch(`${oauth.url}/oauth/install`, { redirect: 'manual' });
  const state = new URL(res.headers.get('location') ?? '').searchParams.get('state') ?? '';
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const path = `/oauth/callback?code=c1&state=${encodeURIComponent(state)}`;
  const done = await fetch(`${oauth.url}${path}`, { headers: { cookie } });
  return { status: done.status, html: await done.text(), cookie, path };
}

describe('every HTML page escapes hostile names from Linear and the request', () => {
  for (const p of pages) {
    it(`${p.name}: the payload is text, never markup, a handler or a script URL`, async () => {
      const res = await fetch(`${p.server().url}${p.path()}`, { headers: { accept: 'text/html' } });
      const html = await res.text();
      expect({ status: res.status, leaks: rawLeaks(html), escaped: html.includes('&lt;script&gt;') }).toEqual(
        {
          status: p.status,
          leaks: [],
          escaped: p.echoes ?? true,
        },
      );
    });
  }

  it('the score page’s “Open in Linear” link to a javascript: URL becomes #', async () => {
    const html = await (await fetch(`${api.url}${signed(`/score/${SEED_ORG}/issue/ENG-20`)}`)).text();
    expect(/<a href="([^"]*)">Open in Linear/.exec(html)?.[1]).toBe('#');
  });

  it('the OAuth “installed” page escapes the workspace name Linear returns', async () => {
    const { status, html } = await installedPage();
    expect({ status, leaks: rawLeaks(html), named: html.includes('installed in &lt;script&gt;') }).toEqual({
      status: 200,
      leaks: [],
      named: true,
    });
  });
});

if (!hasChromium) console.warn(CHROMIUM_SKIP_REASON);

describe.skipIf(!hasChromium)('the hostile pages in a real browser', () => {
  const browser = suiteBrowser({ beforeAll, afterAll });
  const open = (url: string, width = 1280) => openInert(browser(), url, width);

  for (const p of pages) {
    it(`${p.name}: inert in the browser (no script, handler, script URL or dialog)`, async () => {
      const { page, dialogs } = await open(`${p.server().url}${p.path()}`);
      const shown = await page.evaluate((s) => (document.body.textContent ?? '').includes(s), HOSTILE_SCRIPT);
      expect({ ...(await pageActivity(page)), dialogs, shown }).toEqual({
        scripts: 0,
        handlers: [],
        scriptUrls: [],
        dialogs: [],
        shown: p.echoes ?? true,
      });
      await page.close();
    });
  }

  it('the cycle plan at 360 px: a 120-character cycle name wraps inside its card', async () => {
    const { page } = await open(`${api.url}${signed(`/plan/${SEED_ORG}/team/ENG`)}`, 360);
    const { boxes, pageOverflow } = await boxFit(page, '.card > b');
    const long = boxes.find((b) => b.text.startsWith(LONG_CYCLE.slice(0, 20)));
    expect(long).toBeDefined();
    expect({ pageOverflow, inside: long!.pastParent <= 0.5, wrapped: long!.lines > 1 }).toEqual({
      pageOverflow: 0,
      inside: true,
      wrapped: true,
    });
    await page.close();
  });

  it('the team roadmap at 360 px: cards holding the long cycle name stay inside their column', async () => {
    const { page } = await open(`${api.url}${signed(`/roadmap/${SEED_ORG}/team/ENG`)}`, 360);
    const chips = await boxFit(page, '.chip[title="Release"]');
    const cards = await boxFit(page, '.card');
    expect(chips.boxes.some((b) => b.text.startsWith(LONG_CYCLE.slice(0, 20)))).toBe(true);
    expect({
      pageOverflow: chips.pageOverflow,
      outside: [...chips.boxes, ...cards.boxes].filter((b) => b.pastParent > 0.5).map((b) => b.text),
    }).toEqual({ pageOverflow: 0, outside: [] });
    await page.close();
  });

  it('the OAuth “installed” page is inert', async () => {
    // A fresh install attempt: the browser carries its own install cookie.
    const res = await fetch(`${oauth.url}/oauth/install`, { redirect: 'manual' });
    const state = new URL(res.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const [name, value] = ((res.headers.get('set-cookie') ?? '').split(';')[0] ?? '').split('=');
    const context = await browser().newContext();
    await context.addCookies([{ name: name!, value: value!, url: `${oauth.url}/oauth` }]);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const response = await page.goto(
      `${oauth.url}/oauth/callback?code=c2&state=${encodeURIComponent(state)}`,
    );
    await page.mouse.move(300, 100);
    expect({ status: response?.status(), ...(await pageActivity(page)), dialogs }).toEqual({
      status: 200,
      scripts: 0,
      handlers: [],
      scriptUrls: [],
      dialogs: [],
    });
    await context.close();
  });
});
