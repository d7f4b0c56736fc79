import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './parseRetryAfter';

describe('parseRetryAfter', () => {
  it('reads delta-seconds, including fractions', () => {
    expect([parseRetryAfter('2', 0), parseRetryAfter(' 0 ', 0), parseRetryAfter('1.5', 0)]).toEqual([
      2000, 0, 1500,
    ]);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:27:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent, empty, negative and unreadable values', () => {
    expect([null, undefined, '', '-1', 'soon', '3 seconds'].map((v) => parseRetryAfter(v, 0))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
