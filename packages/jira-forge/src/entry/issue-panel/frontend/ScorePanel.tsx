import { Button, Heading, SectionMessage, Spinner, Stack, Text, useProductContext } from '@forge/react';
import type { FieldValue } from '@trailmap/core';
import { useEffect, useMemo, useState } from 'react';
import { scoreWithInputs } from '../../../scoring/scoreWithInputs';
import type { IssueScoreView } from '../../../services/issueScore';
import { invokeResolver } from '../../../ui/invokeResolver';
import { ExperimentSection } from './ExperimentSection';
import { ScoreInputs } from './ScoreInputs';
import { RankSummary, ScoreSummary } from './ScoreSummary';
import { SuggestionsSection } from './SuggestionsSection';

/**
 * The "Priority score" issue panel. Thin: it loads the view, rescoring runs in the browser
 * through the same pure function the backend uses, and save goes to `score/save`.
 *
 * @example
 * ForgeReconciler.render(<ScorePanel />);
 */
export function ScorePanel() {
  const context = useProductContext() as { extension?: { issue?: { key?: string } } } | undefined;
  const issueKey = context?.extension?.issue?.key;
  const [view, setView] = useState<IssueScoreView>();
  const [values, setValues] = useState<Record<string, FieldValue>>({});
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<string>();

  useEffect(() => {
    if (!issueKey) return;
    void invokeResolver<IssueScoreView>('score/get', { issueKey }).then((r) => {
      if (!r.ok) return setError(r.error.message);
      setView(r.data);
      setValues(r.data.values);
    });
  }, [issueKey]);

  const result = useMemo(
    () => (view ? scoreWithInputs(view.base, values, view.framework) : undefined),
    [view, values],
  );

  if (error && !view)
    return (
      <SectionMessage appearance="error" title="Priority score unavailable">
        <Text>{error}</Text>
      </SectionMessage>
    );
  if (!view || !result) return <Spinner label="Loading score" />;

  const save = async () => {
    setSaving(true);
    const r = await invokeResolver<IssueScoreView>('score/save', { issueKey: view.issueKey, values });
    setSaving(false);
    if (!r.ok) return setError(r.error.message);
    setError(undefined);
    setView(r.data);
    setValues(r.data.values);
    setSavedAt('Saved to the issue and the "Priority score" field.');
  };

  return (
    <Stack space="space.200">
      <Heading as="h2">{`Priority score · ${view.frameworkId.toUpperCase()}`}</Heading>
      <ScoreInputs
        inputs={view.inputs}
        values={values}
        onChange={(field, value) => {
          setSavedAt(undefined);
          setValues((v) => ({ ...v, [field]: value }));
        }}
      />
      <ScoreSummary result={result} />
      <RankSummary rank={view.rank} projectKey={view.projectKey} />
      {error ? (
        <SectionMessage appearance="error" title="Not saved">
          <Text>{error}</Text>
        </SectionMessage>
      ) : null}
      {savedAt ? <Text>{savedAt}</Text> : null}
      <Button appearance="primary" isDisabled={!result.ok || saving} onClick={() => void save()}>
        {saving ? 'Saving…' : 'Save score'}
      </Button>
      <SuggestionsSection issueKey={view.issueKey} />
      <ExperimentSection issueKey={view.issueKey} />
    </Stack>
  );
}
