import { DynamicTable, Heading, Lozenge, SectionMessage, Spinner, Stack, Text } from '@forge/react';
import { useEffect, useState } from 'react';
import type { ProjectOutcomes } from '../../../services/projectOutcomes';
import { invokeResolver } from '../../../ui/invokeResolver';

const pct = (x: number | undefined) =>
  x === undefined ? '–' : `${x >= 0 ? '+' : ''}${Math.round(x * 1000) / 10} %`;
const share = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x * 100)} %`);

/**
 * Outcomes: each idea's predicted lift against the measured one, how often each stated confidence
 * delivered, the Brier score and the suggested Confidence adjustment (shown, never applied).
 *
 * @example
 * <OutcomesPanel projectKey="PM" />
 */
export function OutcomesPanel({ projectKey }: { projectKey: string }) {
  const [data, setData] = useState<ProjectOutcomes>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void invokeResolver<ProjectOutcomes>('outcomes/get', { projectKey }).then((r) =>
      r.ok ? setData(r.data) : setError(r.error.message),
    );
  }, [projectKey]);
  if (error)
    return (
      <SectionMessage appearance="error" title="Outcomes unavailable">
        <Text>{error}</Text>
      </SectionMessage>
    );
  if (!data) return <Spinner label="Loading outcomes" />;
  const { view } = data;
  if (view.ideas.length === 0)
    return (
      <Text>No experiments yet: paste a result into an issue's "Experiment" section to measure it.</Text>
    );
  return (
    <Stack space="space.200">
      <Text>{data.summary[0] ?? ''}</Text>
      <DynamicTable
        caption="Predicted vs measured, per idea"
        head={{
          cells: [
            { key: 'key', content: 'Issue', isSortable: true },
            { key: 'title', content: 'Idea' },
            { key: 'metric', content: 'Metric' },
            { key: 'confidence', content: 'Confidence', isSortable: true },
            { key: 'predicted', content: 'Predicted lift' },
            { key: 'measured', content: 'Measured lift' },
            { key: 'outcome', content: 'Outcome' },
          ],
        }}
        rows={view.ideas.map((i) => ({
          key: `${i.key}/${i.experimentId}/${i.variant}`,
          cells: [
            { key: 'key', content: i.key },
            { key: 'title', content: i.title },
            { key: 'metric', content: `${i.metric} (${i.variant})` },
            { key: 'confidence', content: share(i.confidence) },
            { key: 'predicted', content: pct(i.predictedLift) },
            { key: 'measured', content: pct(i.measuredLift) },
            {
              key: 'outcome',
              content: <Lozenge appearance={i.delivered ? 'success' : 'default'}>{i.outcome}</Lozenge>,
            },
          ],
        }))}
      />
      <Heading as="h3">Calibration by confidence</Heading>
      <DynamicTable
        caption="How often each stated confidence delivered"
        head={{
          cells: [
            { key: 'confidence', content: 'Stated confidence' },
            { key: 'ideas', content: 'Ideas' },
            { key: 'delivered', content: 'Delivered' },
            { key: 'rate', content: 'Delivery rate' },
          ],
        }}
        rows={view.calibration.buckets.map((b) => ({
          key: String(b.confidence),
          cells: [
            { key: 'confidence', content: share(b.confidence) },
            { key: 'ideas', content: String(b.ideas) },
            { key: 'delivered', content: String(b.delivered) },
            { key: 'rate', content: share(b.rate) },
          ],
        }))}
      />
      <Text>
        {view.calibration.brier === undefined
          ? 'Brier score: – (no idea states a confidence)'
          : `Brier score: ${view.calibration.brier.toFixed(3)} (0 is perfect, 0.25 is a coin flip)`}
      </Text>
      <Heading as="h3">Suggested Confidence adjustment</Heading>
      <SectionMessage appearance="information" title="Shown only: Trailmap never changes your scores">
        {view.adjustments.map((a) => (
          <Text key={a.team}>{a.sentence}</Text>
        ))}
      </SectionMessage>
      {view.problems.map((p, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id and never reorder
        <Text key={n}>{`Skipped: ${p.message}`}</Text>
      ))}
    </Stack>
  );
}
