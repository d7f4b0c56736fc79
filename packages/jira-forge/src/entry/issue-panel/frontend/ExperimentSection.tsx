import { Button, Heading, SectionMessage, Stack, Text, TextArea } from '@forge/react';
import { useEffect, useState } from 'react';
import type { IssueExperimentView } from '../../../services/issueExperiment';
import { invokeResolver } from '../../../ui/invokeResolver';

/**
 * The issue panel's "Experiment" section: paste a result (JSON or CSV, one row per variant),
 * save it to the issue, and read the verdict. Thin: parsing and statistics run in the resolver
 * through core.
 *
 * @example
 * <ExperimentSection issueKey="PM-1" />
 */
export function ExperimentSection({ issueKey }: { issueKey: string }) {
  const [view, setView] = useState<IssueExperimentView>();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void invokeResolver<IssueExperimentView>('experiment/get', { issueKey }).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setView(r.data);
      setText(r.data.text);
    });
  }, [issueKey]);

  const save = async () => {
    setSaving(true);
    const r = await invokeResolver<IssueExperimentView>('experiment/save', { issueKey, text });
    setSaving(false);
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    setView(r.data);
  };

  return (
    <Stack space="space.100">
      <Heading as="h3">Experiment</Heading>
      {view?.verdict.length ? (
        view.verdict.map((line) => <Text key={line}>{line}</Text>)
      ) : (
        <Text>
          Paste the experiment result: JSON as `trailmap experiment analyze` reads it, or CSV with one row per
          variant (name, users, conversions).
        </Text>
      )}
      <TextArea
        value={text}
        placeholder='{"metric":{"type":"binomial"},"variants":[{"name":"control","users":1000,"conversions":120},{"name":"B","users":1010,"conversions":141}]}'
        onChange={(e) => setText(e.target.value)}
      />
      {error ? (
        <SectionMessage appearance="error" title="Experiment not saved">
          <Text>{error}</Text>
        </SectionMessage>
      ) : null}
      <Button isDisabled={saving} onClick={() => void save()}>
        {saving ? 'Saving…' : 'Save result'}
      </Button>
    </Stack>
  );
}
