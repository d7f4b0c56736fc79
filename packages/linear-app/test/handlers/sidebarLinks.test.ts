import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRoadmapLink,
  attachExperimentPage,
  attachScorePage,
  ROADMAP_LINK_LABEL,
} from '../../src/jobs/handlers/sidebarLinks';
import { deriveKeys } from '../../src/security/keys';
import { createPageSigner } from '../../src/security/pageSigner';
import type { Store } from '../../src/storage/store';
import { testApi } from '../support/labellerWorld';
import { conn } from '../support/linearFixtures';
import { schemaMissing } from '../support/linearSchema';
import { memoryStore } from '../support/testStore';
import { startLinearMock } from '../support/useLinearMock';

const NOW = Date.UTC(2026, 1, 20, 9);
const signer = createPageSigner(deriveKeys(Buffer.alloc(32, 7)).signing);
const target = {
  pageSigner: signer,
  publicUrl: 'https://trailmap.example.com',
  ttlSeconds: 86_400 * 30,
  now: NOW,
};
let store: Store;
beforeEach(async () => {
  store = await memoryStore();
});
afterEach(() => store.close());

describe.skipIf(schemaMissing)('links in Linear’s sidebar', () => {
  it('attaches the signed score page to an issue once per URL, also across retries', async () => {
    const attachments = new Map<string, string>();
    const linear = startLinearMock({
      resolvers: () => ({
        Mutation: {
          attachmentCreate: (_: unknown, args: { input: { issueId: string; url: string } }) => {
            // Linear's rule: (issue, url) identifies an attachment.
            const key = `${args.input.issueId} ${args.input.url}`;
            if (!attachments.has(key)) attachments.set(key, `att-${attachments.size + 1}`);
            return { success: true, attachment: { id: attachments.get(key), url: args.input.url } };
          },
        },
      }),
    });
    const p = { organizationId: 'org-1', issueId: 'issue-1', identifier: 'ENG-1' };
    const first = await attachScorePage(testApi(), store, p, target);
    const again = await attachScorePage(testApi(), store, p, { ...target, now: NOW + 3_600_000 });
    expect(first).toEqual({ ok: true, created: true });
    expect(again).toEqual({ ok: true, created: false });
    expect(linear.named('CreateAttachment')).toHaveLength(1);
    const input = linear.named('CreateAttachment')[0]?.variables.input as { url: string } | undefined;
    const url = String(input?.url);
    expect(url).toMatch(/^https:\/\/trailmap\.example\.com\/score\/org-1\/issue\/issue-1\?exp=\d+&sig=/);
    const path = new URL(url);
    expect(
      signer.verify(
        path.pathname,
        path.searchParams.get('exp') ?? '',
        path.searchParams.get('sig') ?? '',
        NOW,
      ).ok,
    ).toBe(true);
  });

  it('attaches the signed experiment page once per issue, apart from the score page', async () => {
    const linear = startLinearMock({
      resolvers: () => ({
        Mutation: {
          attachmentCreate: (_: unknown, args: { input: { url: string } }) => ({
            success: true,
            attachment: { id: 'att-x', url: args.input.url },
          }),
        },
      }),
    });
    await attachScorePage(
      testApi(),
      store,
      { organizationId: 'org-1', issueId: 'ENG-3', identifier: 'ENG-3' },
      target,
    );
    const first = await attachExperimentPage(
      testApi(),
      store,
      { organizationId: 'org-1', idea: 'ENG-3' },
      target,
    );
    const again = await attachExperimentPage(
      testApi(),
      store,
      { organizationId: 'org-1', idea: 'eng-3' },
      target,
    );
    expect(first).toEqual({ ok: true, created: true });
    expect(again).toEqual({ ok: true, created: false });
    const calls = linear.named('CreateAttachment');
    expect(calls).toHaveLength(2);
    const input = calls[1]?.variables.input as { url: string; issueId: string };
    expect(input.issueId).toBe('ENG-3');
    const url = new URL(input.url);
    expect(url.pathname).toBe('/experiments/org-1/issue/ENG-3');
    expect(
      signer.verify(url.pathname, url.searchParams.get('exp') ?? '', url.searchParams.get('sig') ?? '', NOW)
        .ok,
    ).toBe(true);
  });

  it('a retry after a crash before recording re-sends the same URL (same day), so Linear keeps one attachment', async () => {
    const urls: string[] = [];
    startLinearMock({
      resolvers: () => ({
        Mutation: {
          attachmentCreate: (_: unknown, args: { input: { url: string } }) => {
            urls.push(args.input.url);
            return { success: true, attachment: { id: 'att-1', url: args.input.url } };
          },
        },
      }),
    });
    const p = { organizationId: 'org-1', issueId: 'issue-2', identifier: 'ENG-2' };
    await attachScorePage(testApi(), store, p, target);
    await store.run('DELETE FROM sidebar_links'); // the crash: created in Linear, not recorded here
    await attachScorePage(testApi(), store, p, { ...target, now: NOW + 60_000 });
    expect(urls).toHaveLength(2);
    expect(urls[1]).toBe(urls[0]);
  });

  it('adds "Roadmap timeline" to a project once, and adopts an existing link of ours instead of duplicating it', async () => {
    let existing: { id: string; url: string; label: string }[] = [];
    const linear = startLinearMock({
      resolvers: () => ({
        Query: { project: (_: unknown, a: { id: string }) => ({ id: a.id, externalLinks: conn(existing) }) },
        Mutation: {
          entityExternalLinkCreate: (_: unknown, a: { input: { url: string; label: string } }) => {
            const link = { id: `link-${existing.length + 1}`, url: a.input.url, label: a.input.label };
            existing = [...existing, link];
            return { success: true, entityExternalLink: link };
          },
        },
      }),
    });
    const p = { organizationId: 'org-1', entity: 'project' as const, id: 'proj-1' };
    expect(await addRoadmapLink(testApi(), store, p, target)).toEqual({ ok: true, created: true });
    expect(await addRoadmapLink(testApi(), store, p, target)).toEqual({ ok: true, created: false });
    expect(linear.named('CreateExternalLink')).toHaveLength(1);
    expect(existing[0]?.label).toBe(ROADMAP_LINK_LABEL);
    expect(existing[0]?.url).toContain('/roadmap/org-1/project/proj-1?exp=');

    await store.run('DELETE FROM sidebar_links'); // e.g. the database was restored from an old backup
    expect(await addRoadmapLink(testApi(), store, p, target)).toEqual({ ok: true, created: false });
    expect(linear.named('CreateExternalLink')).toHaveLength(1);
  });
});
