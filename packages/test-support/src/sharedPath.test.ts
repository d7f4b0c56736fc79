import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { repoRoot } from './repoRoot';
import { sharedDir, sharedPath } from './sharedPath';

describe('repoRoot', () => {
  it('finds the folder holding pnpm-workspace.yaml from deep inside the repository', () => {
    const root = repoRoot();
    expect(existsSync(join(root, 'pnpm-workspace.yaml'))).toBe(true);
    expect(repoRoot(join(root, 'packages', 'core', 'src'))).toBe(root);
  });

  it('names the folder when it is outside any repository', () => {
    expect(() => repoRoot(mkdtempSync(join(tmpdir(), 'no-repo-')))).toThrow(/no pnpm-workspace.yaml above/);
  });
});

describe('sharedPath', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shared-'));
  mkdirSync(join(dir, 'specs'));
  writeFileSync(join(dir, 'specs', 'present.json'), '{}');

  it('resolves ../shared from the repository root by default', () => {
    expect(sharedDir({})).toBe(join(repoRoot(), '..', 'shared'));
  });

  it('returns the absolute path of material that exists', () => {
    expect(sharedPath('specs/present.json', { TRAILMAP_SHARED_DIR: dir })).toBe(
      join(dir, 'specs', 'present.json'),
    );
  });

  it('outside CI, missing material is undefined and says what is skipped', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(sharedPath('specs/absent.json', { TRAILMAP_SHARED_DIR: dir })).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(join(dir, 'specs', 'absent.json')));
    warn.mockRestore();
  });

  it('under CI=true, missing material fails the run', () => {
    expect(() => sharedPath('specs/absent.json', { TRAILMAP_SHARED_DIR: dir, CI: 'true' })).toThrow(
      /shared material missing: .*absent\.json.*CI=true/,
    );
  });
});
