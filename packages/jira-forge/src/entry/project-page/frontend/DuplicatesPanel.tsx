import { Lozenge, SectionMessage, Spinner, Stack, Text } from '@forge/react';
import { useEffect, useState } from 'react';
import type { DuplicateReport } from '../../../storage/duplicateReports';
import { invokeResolver } from '../../../ui/invokeResolver';

const share = (x: number | undefined) => (x === undefined ? '–' : `${Math.round(x * 100)} %`);
const score = (x: number) => (x > 1 ? 'off' : x.toFixed(2));

/**
 * Duplicates: the thresholds the issue-created trigger links and suggests at, whether they were
 * learnt from the project's own Duplicate links and resolutions, and their precision and recall.
 *
 * @example
 * <DuplicatesPanel projectKey="SUP" />
 */
export function DuplicatesPanel({ projectKey }: { projectKey: string }) {
  const [report, setReport] = useState<DuplicateReport | null>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void invokeResolver<DuplicateReport | null>('duplicates/report', { projectKey }).then((r) =>
      r.ok ? setReport(r.data) : setError(r.error.message),
    );
  }, [projectKey]);
  if (error)
    return (
      <SectionMessage appearance="error" title="Duplicate report unavailable">
        <Text>{error}</Text>
      </SectionMessage>
    );
  if (report === undefined) return <Spinner label="Loading duplicate report" />;
  if (report === null) return <Text>No duplicate check has run in this project yet.</Text>;
  return (
    <Stack space="space.150">
      <Lozenge appearance={report.source === 'learnt' ? 'success' : 'moved'}>
        {report.source === 'learnt' ? 'Learnt thresholds' : 'Default thresholds'}
      </Lozenge>
      <Text>{`${report.knownPairs} known duplicate pairs among ${report.indexed} issues (Jira "Duplicate" links and resolutions).`}</Text>
      <Text>{`Link at ${score(report.link)}: precision ${share(report.linkPrecision)}, recall ${share(report.linkRecall)}.`}</Text>
      <Text>{`Suggest at ${score(report.suggest)}: precision ${share(report.suggestPrecision)}, recall ${share(report.suggestRecall)}.`}</Text>
      {report.notes.map((n) => (
        <Text key={n}>{n}</Text>
      ))}
      <Text>{`Measured ${report.fittedAt.slice(0, 10)}. Precision is a lower estimate: unmarked duplicates count as mistakes.`}</Text>
    </Stack>
  );
}
