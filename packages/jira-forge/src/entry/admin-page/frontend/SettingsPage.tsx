import {
  Button,
  Checkbox,
  Heading,
  Label,
  SectionMessage,
  Select,
  Stack,
  Text,
  TextArea,
  Textfield,
} from '@forge/react';
import { useEffect, useState } from 'react';
import type { Settings } from '../../../storage/settings';
import { invokeResolver } from '../../../ui/invokeResolver';
import { JobsPanel } from './JobsPanel';
import { type StoredInvalid, StoredSettingsRepair } from './StoredSettingsRepair';
import { formFromSettings, type SettingsForm, settingsFromForm } from './settingsForm';

/** `settings/get`: `invalid` is set when the stored document fails validation. */
interface SettingsGet {
  settings: Settings;
  presets: string[];
  invalid?: StoredInvalid;
}

type TextKey = Exclude<keyof SettingsForm, 'mode' | 'comment' | 'feedbackEnabled'>;

/**
 * The Trailmap settings page (`jira:adminPage`, `useAsConfig`): frameworks and scorecards per
 * project, feedback labelling, and bulk jobs.
 *
 * @example
 * ForgeReconciler.render(<SettingsPage />);
 */
export function SettingsPage() {
  const [form, setForm] = useState<SettingsForm>();
  const [presets, setPresets] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();
  const [invalid, setInvalid] = useState<StoredInvalid>();

  useEffect(() => {
    void invokeResolver<SettingsGet>('settings/get', {}).then((r) => {
      if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
      setForm(formFromSettings(r.data.settings));
      setPresets(r.data.presets);
      if (r.data.invalid) setInvalid(r.data.invalid);
    });
  }, []);
  if (!form) return message ? <Text>{message.text}</Text> : <Text>Loading settings…</Text>;
  if (invalid) {
    return (
      <StoredSettingsRepair
        invalid={invalid}
        onFixed={(settings) => {
          setInvalid(undefined);
          setForm(formFromSettings(settings));
          setMessage({ kind: 'success', text: 'Settings saved.' });
        }}
      />
    );
  }

  const set = (patch: Partial<SettingsForm>) => setForm({ ...form, ...patch });
  const text = (key: TextKey, label: string) => (
    <Stack space="space.050">
      <Label labelFor={key}>{label}</Label>
      <Textfield
        id={key}
        name={key}
        value={form[key]}
        onChange={(e) => set({ [key]: String(e.target.value ?? '') })}
      />
    </Stack>
  );
  const save = async () => {
    const payload = settingsFromForm(form);
    if (!payload.ok) return setMessage({ kind: 'error', text: payload.message });
    const r = await invokeResolver<Settings>('settings/save', { settings: payload.value });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setForm(formFromSettings(r.data));
    setMessage({ kind: 'success', text: 'Settings saved.' });
  };

  return (
    <Stack space="space.200">
      <Heading as="h2">Scoring</Heading>
      <Label labelFor="defaultFramework">Default framework</Label>
      <Select
        id="defaultFramework"
        name="defaultFramework"
        options={presets.map((p) => ({ label: p, value: p }))}
        value={{ label: form.defaultFramework, value: form.defaultFramework }}
        onChange={(o: { value: string } | null) => o && set({ defaultFramework: o.value })}
      />
      {text('projectFrameworks', 'Per-project frameworks (PM=wsjf, SUP=growth)')}
      <Label labelFor="scorecardsJson">Custom scorecards (JSON)</Label>
      <TextArea
        id="scorecardsJson"
        name="scorecardsJson"
        value={form.scorecardsJson}
        onChange={(e) => set({ scorecardsJson: String(e.target.value ?? '') })}
      />
      <Heading as="h2">Feedback labelling</Heading>
      {text('feedbackProjects', 'Feedback projects (keys, comma-separated)')}
      {text('feedbackIssueTypes', 'Issue types that count as feedback')}
      {text('feedbackLabels', 'Labels the app may add')}
      {text('threshold', 'Confidence threshold (0–1)')}
      <Label labelFor="mode">Mode</Label>
      <Select
        id="mode"
        name="mode"
        options={[
          { label: 'Suggest only (comment)', value: 'suggest' },
          { label: 'Apply labels', value: 'apply' },
        ]}
        value={{ label: form.mode === 'apply' ? 'Apply labels' : 'Suggest only (comment)', value: form.mode }}
        onChange={(o: { value: string } | null) =>
          o && set({ mode: o.value === 'apply' ? 'apply' : 'suggest' })
        }
      />
      <Checkbox
        name="comment"
        label="Comment with the confidence"
        isChecked={form.comment}
        onChange={(e) => set({ comment: Boolean(e.target.checked) })}
      />
      {message ? (
        <SectionMessage appearance={message.kind} title={message.kind === 'error' ? 'Not saved' : 'Saved'}>
          <Text>{message.text}</Text>
        </SectionMessage>
      ) : null}
      <Button appearance="primary" onClick={() => void save()}>
        Save settings
      </Button>
      <JobsPanel />
    </Stack>
  );
}
