import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessorBuilder, ValidationTypes, validate } from '@forge/manifest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as entry from '../../src/index';

const APP_DIR = join(import.meta.dirname, '../..');
const MANIFEST = join(APP_DIR, 'manifest.yml');

// @forge/manifest does not check event names (a misspelt `avi:jira:updatedd:issue` passes),
// so the app keeps its own allow-list from the Forge events reference.
const KNOWN_EVENTS = new Set(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:forge:installed:app']);

interface Manifest {
  app: { runtime: { name: string } };
  modules: Record<string, Array<Record<string, unknown>>>;
  permissions: { scopes: string[] };
}
// The validator's own parse of the YAML, so the tests read what Forge reads.
const basic = await validate(true, MANIFEST);
const manifest = basic.manifestObject?.typedContent as unknown as Manifest;

describe('manifest.yml', () => {
  const cwd = process.cwd();
  // Full validation resolves handler and resource paths relative to the working directory.
  beforeAll(() => process.chdir(APP_DIR));
  afterAll(() => process.chdir(cwd));

  it('passes @forge/manifest full offline validation (schema, handlers, resources, scopes)', async () => {
    const result = await validate(false, MANIFEST);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('has every scope the product trigger events need', async () => {
    const result = await ProcessorBuilder.instance()
      .withValidation(ValidationTypes.PRODUCT_TRIGGER)
      .build()
      .process(MANIFEST);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it("subscribes only to known trigger events, and product triggers ignore the app's own edits", () => {
    for (const t of manifest.modules.trigger ?? []) {
      const events = t.events as string[];
      for (const e of events) expect(KNOWN_EVENTS, `unknown event ${e}`).toContain(e);
      if (events.some((e) => e.startsWith('avi:jira:'))) expect(t.filter).toMatchObject({ ignoreSelf: true });
    }
  });

  it('src/index.ts exports exactly the handlers the manifest names, each a function', () => {
    const handlers = (manifest.modules.function ?? []).map((f) => String(f.handler).replace(/^index\./, ''));
    expect(Object.keys(entry).sort()).toEqual([...handlers].sort());
    for (const h of handlers) expect(typeof (entry as Record<string, unknown>)[h]).toBe('function');
  });

  it('runs on nodejs22.x with least-privilege scopes', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
    expect([...manifest.permissions.scopes].sort()).toEqual(
      [
        'manage:jira-project',
        'read:jira-work',
        'storage:app',
        'write:app-data:jira',
        'write:jira-work',
      ].sort(),
    );
  });

  it('a broken manifest fails validation (the guard can fail)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    const bad = join(dir, 'manifest.yml');
    writeFileSync(bad, readFileSync(MANIFEST, 'utf8').replace('nodejs22.x', 'nodejs18.x'));
    const result = await validate(true, bad);
    expect(result.success).toBe(false);
  });
});
