// Priority names as Jira (default and common custom schemes, and its translations) and Linear
// write them, on one 1–5 ladder. Lower-cased, accents kept.
const LADDER: Readonly<Record<string, number>> = {
  // Jira defaults and common custom schemes
  highest: 5,
  blocker: 5,
  critical: 5,
  urgent: 5,
  high: 4,
  major: 4,
  medium: 3,
  normal: 3,
  low: 2,
  minor: 2,
  lowest: 1,
  trivial: 1,
  // Spanish, Portuguese, Italian, French, German, Dutch, Romanian, Polish, Japanese
  'la más alta': 5,
  'más alta': 5,
  alta: 4,
  media: 3,
  baja: 2,
  'la más baja': 1,
  'más baja': 1,
  'mais alta': 5,
  média: 3,
  baixa: 2,
  'mais baixa': 1,
  massima: 5,
  'più alta': 5,
  bassa: 2,
  minima: 1,
  'più bassa': 1,
  'la plus haute': 5,
  'plus haute': 5,
  haute: 4,
  moyenne: 3,
  basse: 2,
  'la plus basse': 1,
  'plus basse': 1,
  höchste: 5,
  hoch: 4,
  mittel: 3,
  niedrig: 2,
  niedrigste: 1,
  hoogste: 5,
  hoog: 4,
  gemiddeld: 3,
  laag: 2,
  laagste: 1,
  'cea mai mare': 5,
  'cea mai înaltă': 5,
  ridicată: 4,
  mare: 4,
  medie: 3,
  scăzută: 2,
  mică: 2,
  'cea mai mică': 1,
  'cea mai scăzută': 1,
  najwyższy: 5,
  wysoki: 4,
  średni: 3,
  niski: 2,
  najniższy: 1,
  最高: 5,
  高: 4,
  中: 3,
  低: 2,
  最低: 1,
};

/**
 * A tracker priority on a 1–5 ladder (Highest/Urgent/Blocker 5 … Lowest/Trivial 1), also
 * `P1`–`P5` and the Jira translations; `undefined` for a name it does not know (no guess).
 *
 * @example
 * priorityPoints('Highest'); // => 5
 * priorityPoints('P2'); // => 4
 * priorityPoints('Alta'); // => 4
 */
export function priorityPoints(name: string): number | undefined {
  const n = name.trim().toLowerCase();
  const p = /^p([0-5])$/.exec(n);
  if (p) return Math.max(1, 5 - Math.max(0, Number(p[1]) - 1));
  return LADDER[n];
}
