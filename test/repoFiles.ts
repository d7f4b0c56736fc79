// The files the repository-wide checks read: what git tracks under packages/, plus new files it
// does not ignore (so a check also sees what a change is about to add).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root (this folder's parent). */
export const ROOT = join(import.meta.dirname, '..');

/** Every tracked or new, non-ignored file under packages/, as repository-relative paths. */
export function packageFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'packages'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
}

/** Reads a repository-relative path. */
export const readRepoFile = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
