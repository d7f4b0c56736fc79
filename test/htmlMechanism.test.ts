// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings below are TypeScript source fed to the scanner
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHtmlOutsideTemplate } from './htmlMechanism';

const root = join(import.meta.dirname, '..');

/** Every non-test TypeScript source under packages/<name>/src. */
function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(path);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test(-prop|-d)?\.tsx?$/.test(entry.name)) {
        out.push(path);
      }
    }
  };
  for (const pkg of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
    if (!pkg.isDirectory()) continue;
    const src = join(root, 'packages', pkg.name, 'src');
    try {
      walk(src);
    } catch {
      // A package without src/ has nothing to check.
    }
  }
  return out;
}

describe('one auto-escaping HTML mechanism', () => {
  it('no package builds HTML outside core’s html template (no hand-placed escapes, no HTML strings)', {
    timeout: 120_000,
  }, () => {
    const files = sources();
    const findings = files.flatMap((path) =>
      findHtmlOutsideTemplate(relative(root, path).replaceAll('\\', '/'), readFileSync(path, 'utf8')),
    );
    // Sanity: the scan really read every package (cli, core, linear-app, jira-forge, trackers).
    expect(files.length).toBeGreaterThan(200);
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.text}`)).toEqual([]);
  });

  it('finds each kind of hand-built HTML it forbids (so the scan above can fail)', () => {
    const source = [
      "import { escapeHtml as esc } from '@trailmap/core';",
      'const a = `<p>${esc(title)}</p>`;',
      "const b = '<li>' + name + '</li>';",
      'const c = (s: string) => s.replace(/[&<>"\']/g, (ch) => `&#${ch.charCodeAt(0)};`);',
      "const d = s.replaceAll('<', '&lt;');",
      'el.innerHTML = html;',
      'document.write(x);',
      'const e = rawHtml(userText);',
      'const f = new SafeHtml(x);',
    ].join('\n');
    const rules = findHtmlOutsideTemplate('packages/x/src/page.ts', source).map((f) => `${f.line} ${f.rule}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        '2 escape-call',
        '2 html-string',
        '3 html-string',
        '4 hand-escaper',
        '5 hand-escaper',
        '6 dom-html-sink',
        '7 dom-html-sink',
        '8 raw-html-from-data',
        '9 safe-html-constructor',
      ]),
    );
  });

  it('accepts the template, constants wrapped as raw, generics, JSX and plain text', () => {
    const source = [
      "import { html, rawHtml } from '@trailmap/core/render';",
      'const STYLE = `p{color:red}`;',
      'const a = html`<style>${rawHtml(STYLE)}</style><p title="${t}">${t}</p>`;',
      'const m = new Map<string, number>();',
      'const msg = `expected Array<string>, got ${x}`;',
      'const usage = `trailmap roadmap <file> --out ${out}`;',
      'const view = <Text>{title}</Text>;',
    ].join('\n');
    expect(findHtmlOutsideTemplate('packages/x/src/page.tsx', source)).toEqual([]);
  });
});
