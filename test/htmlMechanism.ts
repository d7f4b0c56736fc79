// The rule "one auto-escaping HTML mechanism" as a check over source text. It parses each file
// with the TypeScript compiler (already a dependency) rather than grepping, so comments,
// generics (`Map<string, X>`) and JSX are never mistaken for markup.
import ts from 'typescript';

/** One place that builds HTML outside core's `html` template. */
export interface HtmlFinding {
  file: string;
  line: number;
  rule:
    | 'escape-call'
    | 'hand-escaper'
    | 'html-string'
    | 'dom-html-sink'
    | 'raw-html-from-data'
    | 'safe-html-constructor';
  text: string;
}

/** The two files that may escape by hand: the escaper itself and the template built on it. */
export const HTML_MECHANISM_FILES = [
  'packages/core/src/render/escapeHtml.ts',
  'packages/core/src/render/html.ts',
];

// An HTML or SVG tag (`<p>`, `</td>`, `<svg `, `<!doctype`) in the static text of a template or
// string. Element names are listed so a placeholder (`<file>`) or a generic (`Array<string>`) is
// not taken for markup.
const ELEMENTS =
  'a|abbr|address|article|aside|audio|b|base|blockquote|body|br|button|canvas|caption|circle|code|col|colgroup|dd|defs|del|details|dialog|div|dl|dt|ellipse|em|embed|fieldset|figcaption|figure|footer|form|g|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|line|link|main|marker|meta|nav|noscript|object|ol|optgroup|option|p|path|picture|polygon|polyline|pre|q|rect|s|script|section|select|small|span|strong|style|sub|summary|sup|svg|table|tbody|td|template|text|textarea|tfoot|th|thead|title|tr|tspan|u|ul|use|video';
const TAG = new RegExp(`<!doctype|</?(?:${ELEMENTS})(?=[\\s>/])`, 'i');
// Entities only an escaper writes.
const ENTITY = /&(?:lt|gt|quot|amp|#39|#x27);/;
const SIGNS = new RegExp(
  `${TAG.source}|&(?:lt|gt|quot|amp|#)|escapeHtml|innerHTML|outerHTML|insertAdjacentHTML|document\\.write|rawHtml|SafeHtml|\\[[^\\]\\n]*[&<]`,
  'i',
);
const DOM_SINKS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML']);
// What `rawHtml` may wrap: a literal or a constant (STYLE, ROADMAP_CSS), never a computed value.
const CONSTANT = /^[A-Z][A-Z0-9_]*$/;

/**
 * Every hand-placed escape and every piece of HTML built outside the `html` template in one
 * source file: calls to `escapeHtml` (under any alias), hand-written escapers (a `[&<>"']`
 * class, entity literals), untagged templates or `+` concatenation holding tags,
 * `innerHTML`-style sinks, `rawHtml` of a computed value and `new SafeHtml`.
 *
 * @example
 * findHtmlOutsideTemplate('x.ts', 'const a = `<p>${t}</p>`;'); // => [{ rule: 'html-string', … }]
 */
export function findHtmlOutsideTemplate(file: string, source: string): HtmlFinding[] {
  // Parsing is the cost; a file with none of the signs cannot break a rule.
  if (!SIGNS.test(source)) return [];
  const exempt = HTML_MECHANISM_FILES.includes(file);
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const findings: HtmlFinding[] = [];
  const escapers = new Set(['escapeHtml']);
  const report = (node: ts.Node, rule: HtmlFinding['rule']) =>
    findings.push({
      file,
      line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
      rule,
      text: node.getText(sf).slice(0, 120),
    });

  const visit = (node: ts.Node): void => {
    if (ts.isImportSpecifier(node) && (node.propertyName ?? node.name).text === 'escapeHtml') {
      escapers.add(node.name.text);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : undefined;
      if (name !== undefined && escapers.has(name) && !exempt) report(node, 'escape-call');
      if (name === 'rawHtml' && !exempt) {
        const arg = node.arguments[0];
        const constant =
          arg !== undefined &&
          (ts.isStringLiteral(arg) ||
            ts.isNoSubstitutionTemplateLiteral(arg) ||
            (ts.isIdentifier(arg) && CONSTANT.test(arg.text)));
        if (!constant) report(node, 'raw-html-from-data');
      }
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'SafeHtml') {
      if (!exempt) report(node, 'safe-html-constructor');
    }
    if (!exempt && ts.isRegularExpressionLiteral(node) && /\[[^\]]*(&[^\]]*<|<[^\]]*&)/.test(node.text)) {
      report(node, 'hand-escaper');
    }
    if (!exempt && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))) {
      if (ENTITY.test(node.text)) report(node, 'hand-escaper');
      else if (
        TAG.test(node.text) &&
        ts.isBinaryExpression(node.parent) &&
        node.parent.operatorToken.kind === ts.SyntaxKind.PlusToken
      ) {
        report(node.parent, 'html-string');
      }
    }
    if (ts.isTemplateExpression(node) && !ts.isTaggedTemplateExpression(node.parent)) {
      const statics = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      if (statics.some((t) => TAG.test(t)) && !exempt) report(node, 'html-string');
      if (statics.some((t) => ENTITY.test(t)) && !exempt) report(node, 'hand-escaper');
    }
    if (
      (ts.isPropertyAccessExpression(node) && DOM_SINKS.has(node.name.text)) ||
      (ts.isPropertyAccessExpression(node) &&
        node.name.text === 'write' &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'document')
    ) {
      report(node, 'dom-html-sink');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return findings;
}
