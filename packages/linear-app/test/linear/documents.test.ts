import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { LinearDocument } from '../../src/linear/linearDocument';
import { loadLinearSchema, schemaMissing } from '../support/linearSchema';

const srcRoot = join(import.meta.dirname, '../../src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function isDocument(value: unknown): value is LinearDocument<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { source?: unknown }).source === 'string' &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}

async function collectDocuments() {
  const found = new Map<string, { file: string; doc: LinearDocument<unknown> }>();
  let declared = 0;
  for (const file of tsFiles(join(srcRoot, 'linear'))) {
    declared += (readFileSync(file, 'utf8').match(/(?<!function )\bdefineDocument</g) ?? []).length;
    const mod: Record<string, unknown> = await import(file);
    for (const value of Object.values(mod)) {
      if (isDocument(value)) found.set(value.name, { file: relative(srcRoot, file), doc: value });
    }
  }
  return { found, declared };
}

describe.skipIf(schemaMissing)(
  'every GraphQL operation in src/linear validates against Linear’s schema',
  async () => {
    const { found, declared } = schemaMissing ? { found: new Map(), declared: 0 } : await collectDocuments();

    it('finds every declared document exported (none hidden from this test)', () => {
      expect(found.size).toBeGreaterThanOrEqual(15);
      expect(found.size).toBe(declared);
    });

    for (const [name, { file, doc }] of found) {
      it(`${name} (${file}) is valid`, () => {
        const errors = validate(loadLinearSchema(), parse(doc.source)).map((e) => e.message);
        expect(errors).toEqual([]);
      });
    }

    it('rejects an operation that uses a field missing from the pinned schema', () => {
      // Guards the guard: `Project.resourceCount` exists in SDK 98 but not in the 88.3.0 SDL.
      const errors = validate(
        loadLinearSchema(),
        parse('query X { projects { nodes { id resourceCount } } }'),
      );
      expect(errors.length).toBeGreaterThan(0);
    });

    it('no source file sends a GraphQL string that is not a declared document', () => {
      const offenders = tsFiles(srcRoot).filter((file) => {
        const text = readFileSync(file, 'utf8');
        return /rawRequest\(\s*[`'"]/.test(text) || /\.request\(\s*[`'"]/.test(text);
      });
      expect(offenders).toEqual([]);
    });
  },
);
