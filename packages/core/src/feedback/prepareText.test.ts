import { describe, expect, it } from 'vitest';
import { prepareText } from './prepareText';

describe('prepareText', () => {
  it('collapses a fenced code block to one placeholder token', () => {
    expect(prepareText('t', 'before\n```js\nconst a = 1;\nfoo();\n```\nafter').body).toBe(
      'before xxcode after',
    );
  });

  it('collapses consecutive stack frames to one placeholder', () => {
    const body = 'TypeError: x is undefined\n    at foo (app.js:10:5)\n    at bar (app.js:20:1)\nthanks';
    expect(prepareText('t', body).body).toBe('typeerror: x is undefined xxstack thanks');
  });

  it('replaces URLs, versions and commit hashes with placeholders', () => {
    expect(prepareText('Broken in v2.3.1', 'see https://example.com/a?b=1 at 3f9a2c1d').title).toBe(
      'broken in xxversion',
    );
    expect(prepareText('t', 'see https://example.com/a?b=1 at 3f9a2c1d').body).toBe('see xxurl at xxhash');
  });

  it('normalises Unicode compatibility forms and case', () => {
    expect(prepareText('ＣＲＡＳＨ ﬁle', '').title).toBe('crash file');
  });

  it('keeps template headings by default and strips them on request', () => {
    const body = '### Steps to reproduce\nclick save\n- [x] I searched existing issues\n_No response_';
    expect(prepareText('t', body).body).toContain('steps to reproduce');
    expect(prepareText('t', body, { stripTemplates: true }).body).toBe('click save');
  });

  it('strips bracketed template tags from titles only when asked', () => {
    expect(prepareText('[DevTools Bug]: panel is blank', '', { stripTemplates: true }).title).toBe(
      'panel is blank',
    );
    expect(prepareText('[DevTools Bug]: panel is blank', '').title).toBe('[devtools bug]: panel is blank');
  });

  it('truncates long bodies', () => {
    expect(prepareText('t', 'word '.repeat(5000), { maxBodyChars: 100 }).body.length).toBeLessThanOrEqual(
      100,
    );
  });
});
