import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requirePageAccess } from '../../src/security/requirePageAccess';
import type { Store } from '../../src/storage/store';
import { type RunningServer, startTestServer } from '../server/testServer';
import { BACKENDS, migratedDatabase, type TestDatabase } from '../storage/backends';

// Page access does not depend on the backend; SQLite is enough here.
const sqlite = BACKENDS.find((b) => b.name === 'sqlite')!;

describe('signed page links over HTTP', () => {
  let db: TestDatabase;
  let store: Store;
  let server: RunningServer;
  beforeAll(async () => {
    ({ db, store } = await migratedDatabase(sqlite));
    server = await startTestServer(
      store,
      { LINEAR_API_KEY: 'lin_api_test' },
      {
        extend: (app, deps) => {
          app.get('/test-pages/:org', requirePageAccess(deps.pageSigner), (c) =>
            c.html(`<p>roadmap of ${c.req.param('org')}</p>`),
          );
        },
      },
    );
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await db?.dispose();
  });

  const get = (pathAndQuery: string) => fetch(`${server.url}${pathAndQuery}`);
  const signer = () => server.deps.pageSigner;

  it('serves the page for a valid signed link, with strict security headers', async () => {
    const res = await get(signer().signPath('/test-pages/org-1', 600));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('roadmap of org-1');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain('img-src data:');
    expect(csp).toContain('frame-ancestors');
    expect(csp).not.toContain('script-src');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toContain('no-store');
  });

  it('refuses a missing signature', async () => {
    expect((await get('/test-pages/org-1')).status).toBe(403);
  });

  it('refuses an expired link', async () => {
    const link = signer().signPath('/test-pages/org-1', 60, Date.now() - 120_000);
    expect((await get(link)).status).toBe(403);
  });

  it('refuses a link whose expiry was pushed forward', async () => {
    const link = signer().signPath('/test-pages/org-1', 60);
    const exp = Number(new URL(link, 'http://x').searchParams.get('exp'));
    expect((await get(link.replace(`exp=${exp}`, `exp=${exp + 86_400}`))).status).toBe(403);
  });

  it('refuses a tampered signature', async () => {
    const link = signer().signPath('/test-pages/org-1', 600);
    const sig = new URL(link, 'http://x').searchParams.get('sig') ?? '';
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    expect((await get(link.replace(sig, flipped))).status).toBe(403);
  });

  it("refuses one workspace's signature on another workspace's path", async () => {
    const link = signer().signPath('/test-pages/org-1', 600);
    expect((await get(link.replace('org-1', 'org-2'))).status).toBe(403);
  });
});
