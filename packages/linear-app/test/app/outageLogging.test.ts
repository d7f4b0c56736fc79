import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { throttledLog } from '../../src/app/throttledLog';
import { storageErrorLine } from '../../src/storage/storageError';

describe('throttledLog', () => {
  it('logs a key once per window and then says how many it left out', () => {
    let t = 0;
    const lines: string[] = [];
    const warn = throttledLog(
      (l) => lines.push(l),
      10_000,
      () => t,
    );
    for (let i = 0; i < 500; i++) {
      warn('store', 'disk full');
      t += 10;
    }
    t = 10_000;
    warn('store', 'disk full');
    warn('other', 'paused');
    expect(lines).toEqual(['disk full', 'disk full (499 more like it since the last report)', 'paused']);
  });

  it('never logs more than one line per key per window, whatever the timing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 300 }), (gaps) => {
        let t = 0;
        let lines = 0;
        const warn = throttledLog(
          () => lines++,
          1_000,
          () => t,
        );
        for (const gap of gaps) {
          t += gap;
          warn('k', 'x');
        }
        expect(lines).toBeLessThanOrEqual(Math.floor(t / 1_000) + 1);
        expect(lines > 0).toBe(gaps.length > 0);
      }),
    );
  });
});

describe('storageErrorLine', () => {
  it('names SQLite and PostgreSQL failures in one line, and leaves bugs alone', () => {
    const sqlite = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const pgServer = Object.assign(new Error('canceling statement due to statement timeout\nDETAIL'), {
      code: '57014',
      severity: 'ERROR',
    });
    expect(storageErrorLine(sqlite)).toBe('SQLITE_FULL: database or disk is full');
    expect(storageErrorLine(pgServer)).toBe('57014: canceling statement due to statement timeout');
    expect(storageErrorLine(new Error('timeout exceeded when trying to connect'))).toBe(
      'timeout exceeded when trying to connect',
    );
    expect(
      storageErrorLine(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBeUndefined();
    expect(storageErrorLine('SQLITE_FULL')).toBeUndefined();
  });
});
