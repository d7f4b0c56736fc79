// Pins the one HTML template: it returns SafeHtml (not a string, so an unescaped string can never
// pass for markup), and only escapable values may be interpolated.
import type { HtmlValue } from '@trailmap/core/render';
import { html, rawHtml, type SafeHtml, safeUrl } from '@trailmap/core/render';
import { describe, expectTypeOf, it } from 'vitest';

describe('@trailmap/core/render', () => {
  it('html`…` and rawHtml return SafeHtml, which a plain string is not', () => {
    expectTypeOf(html`<p>${'x'}</p>`).toEqualTypeOf<SafeHtml>();
    expectTypeOf(rawHtml('<b>')).toEqualTypeOf<SafeHtml>();
    expectTypeOf<string>().not.toExtend<SafeHtml>();
  });

  it('interpolates text, numbers, nested markup and lists of them; nothing else', () => {
    expectTypeOf<string | number | SafeHtml | null | undefined | false>().toExtend<HtmlValue>();
    expectTypeOf<readonly SafeHtml[]>().toExtend<HtmlValue>();
    expectTypeOf<{ title: string }>().not.toExtend<HtmlValue>();
    expectTypeOf<() => string>().not.toExtend<HtmlValue>();
    // @ts-expect-error an object has no escaping rule: render one of its fields instead
    html`<p>${{ title: 'x' }}</p>`;
  });

  it('safeUrl keeps a URL or rejects it as undefined', () => {
    expectTypeOf(safeUrl).parameter(0).toEqualTypeOf<string | undefined>();
    expectTypeOf(safeUrl).returns.toEqualTypeOf<string | undefined>();
  });
});
