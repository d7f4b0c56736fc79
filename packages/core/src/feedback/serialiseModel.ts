import type { Result } from '../model/problem';
import { problemsFromZod } from '../model/problemsFromZod';
import { type LabelModel, LabelModelSchema } from './labelModel';
import { modelRuntime } from './modelRuntime';

/**
 * The model as JSON text (the object is already plain; this fixes the format in one place).
 *
 * @example
 * deserialiseModel(serialiseModel(model)); // => { ok: true, value: <equal model> }
 */
export function serialiseModel(model: LabelModel): string {
  return JSON.stringify(model);
}

/**
 * Parses and validates a model from JSON text or an already-parsed object: the format tag,
 * schema version, every field, and that the packed weights decode to the declared shape.
 *
 * @example
 * deserialiseModel('{"format":"other"}').ok; // => false
 */
export function deserialiseModel(input: string | unknown): Result<LabelModel> {
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input);
    } catch {
      return {
        ok: false,
        problems: [{ field: 'model', code: 'invalid_json', message: 'the model is not valid JSON' }],
      };
    }
  }
  const parsed = LabelModelSchema.safeParse(raw);
  if (!parsed.success) {
    // Messages say "model …" so a user knows the model file, not the tickets, is at fault.
    const [first, ...rest] = problemsFromZod(parsed.error.issues.slice(0, 5), { root: 'model' });
    const named = (p: typeof first) => (p.field === 'model' ? p : { ...p, message: `model ${p.message}` });
    return { ok: false, problems: [named(first), ...rest.map(named)] };
  }
  const runtime = modelRuntime(parsed.data);
  return runtime.ok ? { ok: true, value: parsed.data } : runtime;
}
