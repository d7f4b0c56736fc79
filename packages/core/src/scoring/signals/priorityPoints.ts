import { readInput } from '../vocabulary/readInput';
import { SIGNALS_INPUTS } from './signalsInputs';

const ladder = SIGNALS_INPUTS[0]!.scale;
const top = Math.max(...ladder.values!);

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
  if (p) return Math.max(1, top - Math.max(0, Number(p[1]) - 1));
  const points = readInput(ladder, n);
  return Number.isNaN(points) ? undefined : points;
}
