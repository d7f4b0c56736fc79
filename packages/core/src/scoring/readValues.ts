import type { Problem } from '../model/problem';
import type { FieldValue, WorkItem } from '../model/workItem';
import type { FrameworkDefinition } from './definition';
import { isBlank } from './fieldValue';
import type { ScoreOptions } from './types';

/** Where `readValues` leaves its non-fatal notes (absent when there are none, the common case). */
export interface ReadSink {
  warnings: string[] | undefined;
}

/**
 * Reads and validates every factor of `def` from `item` into `values` (and the raw inputs into
 * `inputs` when given), then runs the framework's checks. Returns every problem found, or
 * undefined when the item can be scored. Internal; shared by scoring and by the lazily built
 * explanation, so both see exactly the same numbers.
 *
 * @example
 * const values: number[] = [];
 * readValues(RICE, item, {}, values, undefined, { warnings: undefined }); // => undefined; values = [450, 3, 1, 2]
 */
export function readValues(
  def: FrameworkDefinition,
  item: WorkItem,
  options: ScoreOptions,
  values: number[],
  inputs: FieldValue[] | undefined,
  sink: ReadSink,
): Problem[] | undefined {
  const { factors } = def;
  const fields = item.fields;
  let problems: Problem[] | undefined;
  for (let i = 0; i < factors.length; i++) {
    const f = factors[i]!;
    let raw = fields[f.name];
    if (f.fallback && isBlank(raw)) {
      const stand = f.fallback(item);
      if (stand) {
        raw = stand.input;
        sink.warnings ??= [];
        sink.warnings.push(stand.note);
      }
    }
    const blank = isBlank(raw);
    const v = blank ? Number.NaN : f.parse(raw as FieldValue);
    if (Number.isNaN(v)) {
      problems ??= [];
      problems.push(
        blank
          ? { field: f.name, code: 'missing', message: `${f.name} is missing; expected ${f.expects}` }
          : {
              field: f.name,
              code: 'invalid',
              message: `${f.name} is ${quote(raw)}; expected ${f.expects}`,
            },
      );
      continue;
    }
    values[i] = v;
    if (inputs) inputs[i] = raw as FieldValue;
  }
  if (!problems && def.check) {
    const warnings: string[] = [];
    const extra = def.check(values, warnings, options);
    if (warnings.length) sink.warnings = [...(sink.warnings ?? []), ...warnings];
    if (extra?.length) problems = extra;
  }
  return problems;
}

// Cheaper than JSON.stringify on the unscored path, and the same text for strings without quotes.
function quote(raw: FieldValue | undefined): string {
  return typeof raw === 'string' ? `"${raw}"` : String(raw);
}
