import { Button, Heading, Label, SectionMessage, Stack, Text, TextArea } from '@forge/react';
import type { Problem } from '@trailmap/core';
import { useState } from 'react';
import type { Settings } from '../../../storage/settings';
import { invokeResolver } from '../../../ui/invokeResolver';

/** A stored settings document that failed validation, as `settings/get` returns it. */
export interface StoredInvalid {
  stored: unknown;
  problems: Problem[];
}

/**
 * Shown instead of the settings form when the stored settings fail validation: the problems,
 * and the stored document itself to correct and save. The ordinary form would show defaults
 * and, on save, overwrite what the admin had stored.
 *
 * @example
 * <StoredSettingsRepair invalid={invalid} onFixed={(s) => setForm(formFromSettings(s))} />
 */
export function StoredSettingsRepair({
  invalid,
  onFixed,
}: {
  invalid: StoredInvalid;
  onFixed: (settings: Settings) => void;
}) {
  const [json, setJson] = useState(() => JSON.stringify(invalid.stored, null, 2));
  const [error, setError] = useState<string>();

  const save = async () => {
    let settings: unknown;
    try {
      settings = JSON.parse(json);
    } catch (e) {
      return setError(
        `The stored settings are not valid JSON: ${(e as Error).message}. Correct them and save again.`,
      );
    }
    const r = await invokeResolver<Settings>('settings/save', { settings });
    if (!r.ok) return setError(r.error.message);
    onFixed(r.data);
  };

  return (
    <Stack space="space.200">
      <Heading as="h2">Trailmap settings need fixing</Heading>
      <SectionMessage appearance="warning" title="The stored settings are not valid">
        <Text>
          They were kept as stored. Until they are fixed, scoring uses RICE and feedback labelling is off.
        </Text>
        {invalid.problems.map((p) => (
          <Text key={`${p.field}:${p.message}`}>{`${p.field}: ${p.message}`}</Text>
        ))}
      </SectionMessage>
      <Label labelFor="storedJson">Stored settings (JSON)</Label>
      <TextArea
        id="storedJson"
        name="storedJson"
        value={json}
        onChange={(e) => setJson(String(e.target.value ?? ''))}
      />
      {error ? (
        <SectionMessage appearance="error" title="Not saved">
          <Text>{error}</Text>
        </SectionMessage>
      ) : null}
      <Button appearance="primary" onClick={() => void save()}>
        Save fixed settings
      </Button>
    </Stack>
  );
}
