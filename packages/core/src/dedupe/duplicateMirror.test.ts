import { describe, expect, it } from 'vitest';
import { createDuplicateMirror } from './duplicateMirror';

const v = (id: string, title: string, version = '1') => ({ doc: { id, title }, version });

describe('createDuplicateMirror', () => {
  it('re-indexes only what changed and drops what is gone, keeping thresholds until evidence changes', () => {
    const mirror = createDuplicateMirror();
    const first = mirror.sync([v('A', 'Crash on save'), v('B', 'Dark mode'), v('C', 'Slow search')], []);
    expect(mirror.lastSync).toEqual({ added: 3, removed: 0, refitted: true });
    expect(first.source).toBe('default');
    mirror.sync([v('A', 'Crash on save'), v('B', 'Dark mode theme', '2'), v('C', 'Slow search')], []);
    expect(mirror.lastSync).toEqual({ added: 1, removed: 0, refitted: false });
    mirror.sync(
      [v('A', 'Crash on save'), v('B', 'Dark mode theme', '2')],
      [{ duplicate: 'B', original: 'A' }],
    );
    expect(mirror.lastSync).toEqual({ added: 0, removed: 1, refitted: true });
    expect(mirror.index.size).toBe(2);
    expect(mirror.index.query({ id: 'q', title: 'dark theme' })[0]?.id).toBe('B');
  });
});
