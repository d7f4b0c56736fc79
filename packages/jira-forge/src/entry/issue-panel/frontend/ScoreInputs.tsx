import { Label, Select, Stack, Text, Textfield } from '@forge/react';
import type { FieldValue } from '@trailmap/core';
import { readInput } from '@trailmap/core/scoring';
import type { InputSpec } from '../../../scoring/frameworkInputs';

/** Props of `ScoreInputs`. */
export interface ScoreInputsProps {
  inputs: InputSpec[];
  values: Record<string, FieldValue>;
  onChange: (field: string, value: FieldValue) => void;
}

/**
 * One editable control per framework input: a Select over the scale's choices, or a number box.
 *
 * @example
 * <ScoreInputs inputs={frameworkInputs('rice')} values={{}} onChange={set} />
 */
export function ScoreInputs({ inputs, values, onChange }: ScoreInputsProps) {
  return (
    <Stack space="space.100">
      {inputs.map((spec) => (
        <Stack key={spec.field} space="space.050">
          <Label labelFor={`input-${spec.field}`}>{spec.label}</Label>
          {spec.kind === 'choice' ? (
            <Select
              id={`input-${spec.field}`}
              name={spec.field}
              options={spec.choices.map((c, i) => ({ label: c.label, value: String(i) }))}
              value={selectedOption(spec, values[spec.field])}
              onChange={(option: { value: string } | null) => {
                const choice = option ? spec.choices[Number(option.value)] : undefined;
                onChange(spec.field, choice ? choice.value : null);
              }}
            />
          ) : (
            <Textfield
              id={`input-${spec.field}`}
              name={spec.field}
              type="number"
              value={
                values[spec.field] === undefined || values[spec.field] === null
                  ? ''
                  : String(values[spec.field])
              }
              onChange={(e) => onChange(spec.field, parseTyped(String(e.target.value ?? '')))}
            />
          )}
          <Text size="small">{spec.help}</Text>
        </Stack>
      ))}
    </Stack>
  );
}

// Numbers stay numbers; anything else is passed on as typed so core names the problem.
function parseTyped(raw: string): FieldValue {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : raw;
}

// The choice a stored value means, read as scoring reads it: a saved 8 and '80%' are the same
// ICE confidence, 'Must have' and 'must' the same bucket.
function selectedOption(spec: Extract<InputSpec, { kind: 'choice' }>, value: FieldValue | undefined) {
  if (value === null || value === undefined) return undefined;
  const wanted = readInput(spec.scale, value);
  if (Number.isNaN(wanted)) return undefined;
  const i = spec.choices.findIndex((c) => readInput(spec.scale, c.value) === wanted);
  return i === -1 ? undefined : { label: spec.choices[i]!.label, value: String(i) };
}
