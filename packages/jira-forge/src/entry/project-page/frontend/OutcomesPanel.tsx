import { DynamicTable, Heading, Lozenge, SectionMessage, Spinner, Stack, Text } from '@forge/react';
import { useEffect, useState } from 'react';
import type { ProjectOutcomes } from '../../../services/projectOutcomes';
import { type Column, columnTable } from '../../../ui/columnTable';
import { invokeResolver } from '../../../ui/invokeResolver';

const pct = (x: number | undefined) =>
  x === undefined ? '–' : `${x >= 0 ? '+' : ''}${Math.round(x * 1000) / 10} %`;
const share = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x * 100)} %`);

type OutcomesView = ProjectOutcomes['view'];

const IDEA_COLUMNS: readonly Column<OutcomesView['ideas'][number]>[] = [
  { key: 'key', label: 'Issue', sortable: true, cell: (i) => i.key },
  { key: 'title', label: 'Idea', cell: (i) => i.title },
  { key: 'metric', label: 'Metric', cell: (i) => `${i.metric} (${i.variant})` },
  { key: 'confidence', label: 'Confidence', sortable: true, cell: (i) => share(i.confidence) },
  { key: 'predicted', label: 'Predicted lift', cell: (i) => pct(i.predictedLift) },
  { key: 'measured', label: 'Measured lift', cell: (i) => pct(i.measuredLift) },
  {
    key: 'outcome',
    label: 'Outcome',
    cell: (i) => <Lozenge appearance={i.delivered ? 'success' : 'default'}>{i.outcome}</Lozenge>,
  },
];

const CALIBRATION_COLUMNS: readonly Column<OutcomesView['calibration']['buckets'][number]>[] = [
  { key: 'confidence', label: 'Stated confidence', cell: (b) => share(b.confidence) },
  { key: 'ideas', label: 'Ideas', cell: (b) => String(b.ideas) },
  { key: 'delivered', label: 'Delivered', cell: (b) => String(b.delivered) },
  { key: 'rate', label: 'Delivery rate', cell: (b) => share(b.rate) },
];

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
        {...columnTable(IDEA_COLUMNS, view.ideas, (i) => `${i.key}/${i.experimentId}/${i.variant}`)}
      />
      <Heading as="h3">Calibration by confidence</Heading>
      <DynamicTable
        caption="How often each stated confidence delivered"
        {...columnTable(CALIBRATION_COLUMNS, view.calibration.buckets, (b) => String(b.confidence))}
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
