import { readFileSync } from 'node:fs';
import { sharedPath } from '@trailmap/test-support';
import { describe, expect, it } from 'vitest';
import { normaliseScores } from './normaliseScores';
import { scoreItem } from './scoreItem';
import { itemWith } from './workItem.fixture';

// The transcribed tables (rice.test.ts, ice.test.ts, …) are the primary tests. These read the
// published vectors straight from the shared SCORING.md, so a vector added or corrected there is
// checked without re-transcribing it.
const file = sharedPath('SCORING.md');
const text = file ? readFileSync(file, 'utf8') : '';

function section(title: string): string {
  const start = text.indexOf(title);
  const end = text.indexOf('\n### ', start + title.length);
  return start < 0 ? '' : text.slice(start, end < 0 ? undefined : end);
}

const numbers = (cell: string) =>
  [...cell.replaceAll('−', '-').matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
const bold = (cell: string) => numbers(/\*\*([^*]+)\*\*/.exec(cell)?.[1] ?? '');
const rows = (md: string) =>
  md
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Source') && !l.startsWith('|---'))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );

// RICE cells hold lists like "10,000 / 50,000", "8M / 500K", ".8 / .9" or "80% / 60%".
const riceNumbers = (cell: string) =>
  [...cell.matchAll(/(\d[\d,]*)?(\.\d+)?\s*([KM])?/g)]
    .filter((m) => m[1] || m[2])
    .map(
      (m) =>
        Number(`${(m[1] ?? '0').replaceAll(',', '')}${m[2] ?? ''}`) *
        (m[3] === 'M' ? 1e6 : m[3] === 'K' ? 1e3 : 1),
    );

describe.skipIf(!file)('SCORING.md vectors, read in place', () => {
  it('§6.1 RICE: every row R1–R13 reproduces its published score under rice-open', () => {
    const table = section('### 6.1 RICE')
      .split('\n')
      .filter((l) => /^\| R\d+ \|/.test(l))
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    const checked = table.flatMap(([id, , reach, impact, confidence, effort, score]) => {
      const reaches = /\*\*/.test(reach!)
        ? riceNumbers(/\*\*([^*]+)\*\*/.exec(reach!)![1]!)
        : riceNumbers(reach!);
      const wants = riceNumbers(/\*\*([^*]+)\*\*/.exec(score!)![1]!);
      return reaches.map((r, j) => {
        const fields = {
          reach: r,
          impact: riceNumbers(impact!)[j]!,
          confidence: riceNumbers(confidence!)[j]!,
          effort: riceNumbers(effort!.replace(/\*\*/g, ''))[j]!,
        };
        const got = scoreItem(itemWith(fields), 'rice-open');
        // Published scores are rounded to whole numbers (26,667 for 26,666.67).
        return [id, got.ok && Math.abs(got.score - wants[j]!) <= 0.5];
      });
    });
    expect([checked.length, checked.filter(([, ok]) => !ok)]).toEqual([20, []]);
  });

  it('§6.2 ICE: every row reproduces its product or average', () => {
    const checked = rows(section('### 6.2 ICE')).flatMap(([source, i, c, e, result]) => {
      const [is, cs, es, want] = [numbers(i!), numbers(c!), numbers(e!), bold(result!)];
      const framework = result!.includes('average') ? 'ice-average' : 'ice';
      return is.map((impact, j) => {
        const r = scoreItem(itemWith({ impact, confidence: cs[j]!, ease: es[j]! }), framework);
        return [source, r.ok ? Math.round(r.score * 1000) / 1000 : null, want[j]];
      });
    });
    expect([checked.length, checked.filter(([, got, want]) => got !== want)]).toEqual([6, []]);
  });

  it('§6.3 WSJF: every row reproduces its WSJF, or its cost of delay when no size is given', () => {
    const checked = rows(section('### 6.3 WSJF')).map(([source, ubv, tc, rr, cod, size, wsjf]) => {
      const hasSize = numbers(size!).length > 0;
      const r = scoreItem(
        itemWith({
          business_value: numbers(ubv!)[0]!,
          time_criticality: numbers(tc!)[0]!,
          risk_reduction: numbers(rr!)[0]!,
          job_size: hasSize ? numbers(size!)[0]! : 1,
        }),
        'wsjf-open',
      );
      return [source, r.ok ? r.score : null, hasSize ? bold(wsjf!)[0] : bold(cod!)[0]];
    });
    expect([checked.length, checked.filter(([, got, want]) => got !== want)]).toEqual([6, []]);
  });

  it('§6.5 JPD: every single-field normalisation vector holds', () => {
    const vectors = [...section('### 6.5').matchAll(/\[([-−\d, ]+)\][^[\n]*→ \[([-−\d, ]+)\]/g)].map((m) => [
      numbers(m[1]!),
      numbers(m[2]!),
    ]);
    expect([
      vectors.length,
      vectors.filter(([input, want]) => JSON.stringify(normaliseScores(input!)) !== JSON.stringify(want)),
    ]).toEqual([4, []]);
  });

  it('§6.6 #1: the JPD doc prints 66 for [−5, −2, −1]; our pinned rule gives 75', () => {
    const doc = /\[−5, −2, −1\] → \[0, \*\*(\d+)\*\*, 100\]/.exec(section('### 6.6'))?.[1];
    expect([doc, normaliseScores([-5, -2, -1])]).toEqual(['66', [0, 75, 100]]);
  });
});
