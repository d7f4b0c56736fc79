import { describe, expect, it } from 'vitest';
import { html, rawHtml } from './html';

describe('html', () => {
  it('escapes interpolated text in content and attributes', () => {
    const title = `<img src=x onerror="alert('1')">`;
    expect(html`<p title="${title}">${title}</p>`.toString()).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;">&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;</p>',
    );
  });

  it('keeps nested templates and arrays as markup, and renders nothing for nullish or false', () => {
    const items = ['a&b', 'c'];
    expect(
      html`<ul>${items.map((x) => html`<li>${x}</li>`)}</ul>${null}${undefined}${false}${0}`.toString(),
    ).toBe('<ul><li>a&amp;b</li><li>c</li></ul>0');
  });

  it('applies the safeUrl rule to URL attributes', () => {
    const bad = 'javascript:alert(1)';
    expect(html`<a href="${bad}">x</a><img src=${bad}><form action='${bad}'>`.toString()).toBe(
      `<a href="#">x</a><img src="#"><form action='#'>`,
    );
    expect(html`<a href="${'https://linear.app/a?b=1&c=2'}">`.toString()).toBe(
      '<a href="https://linear.app/a?b=1&amp;c=2">',
    );
    expect(html`<a href="${rawHtml(' JaVaScRiPt:x')}">`.toString()).toBe('<a href="#">');
    // Only URL attributes: text that merely mentions href= is ordinary content.
    expect(html`<p data-x="${bad}">`.toString()).toBe('<p data-x="javascript:alert(1)">');
  });

  it('quotes an unquoted attribute value, so data cannot add an event handler', () => {
    const hostile = 'x onmouseover=alert(1)';
    expect(html`<p class=${hostile}><a href=${`/a ${hostile}`}>`.toString()).toBe(
      '<p class="x onmouseover=alert(1)"><a href="/a x onmouseover=alert(1)">',
    );
    expect(html`<p title="${`" onmouseover="alert(1)`}">`.toString()).toBe(
      '<p title="&quot; onmouseover=&quot;alert(1)">',
    );
  });

  it('checks only the start of a URL, also when trusted markup opened the attribute', () => {
    expect(html`<a href="/x${'javascript:alert(1)'}">`.toString()).toBe('<a href="/xjavascript:alert(1)">');
    expect(html`${rawHtml('<a href="')}${'javascript:alert(1)'}">`.toString()).toBe('<a href="#">');
  });

  it('inserts trusted markup unescaped', () => {
    expect(html`<style>${rawHtml('a > b {}')}</style>`.toString()).toBe('<style>a > b {}</style>');
  });
});
