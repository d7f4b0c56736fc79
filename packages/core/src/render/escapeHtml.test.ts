import { describe, expect, it } from 'vitest';
import { escapeHtml, safeUrl, truncateText } from './escapeHtml';

describe('escapeHtml', () => {
  it('escapes every character that could open markup or close an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });
});

describe('safeUrl', () => {
  it('keeps http(s) and relative links', () => {
    expect(['https://a.test/PM-1', 'HTTP://a.test', '/browse/PM-1'].map(safeUrl)).toEqual([
      'https://a.test/PM-1',
      'HTTP://a.test',
      '/browse/PM-1',
    ]);
  });

  it('drops script, data, protocol-relative and control-character links', () => {
    expect(
      [
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'data:text/html,x',
        '//evil.test',
        'java\tscript:x',
        '',
      ].map(safeUrl),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('truncateText', () => {
  it('cuts with an ellipsis only when needed, never splitting an emoji', () => {
    expect([
      truncateText('Bulk edit for every field', 10),
      truncateText('short', 10),
      truncateText('🚀🚀🚀', 2),
    ]).toEqual(['Bulk edit…', 'short', '🚀…']);
  });
});
