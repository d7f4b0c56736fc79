import { DynamicTable, SectionMessage, Stack, Text } from '@forge/react';
import type { PlanPreviewView } from '../../../services/releasePlan';

const day = (d: string | null) => d ?? 'beyond 10 years';

/**
 * P50/P85/P95 finish dates of each planned release (core's Monte Carlo over the project's weekly
 * throughput), or why there is no forecast.
 *
 * @example
 * <PlanForecast forecast={preview.forecast} />
 */
export function PlanForecast({ forecast }: { forecast: PlanPreviewView['forecast'] }) {
  if (!forecast.ok)
    return (
      <SectionMessage appearance="warning" title="No release forecast">
        <Text>{`No forecast: ${forecast.reason}.`}</Text>
      </SectionMessage>
    );
  const f = forecast.value;
  return (
    <Stack space="space.100">
      <DynamicTable
        caption={`Release forecast from ${f.weeksOfHistory} weeks of throughput (points)`}
        head={{
          cells: [
            { key: 'release', content: 'Release' },
            { key: 'work', content: 'Points' },
            { key: 'p50', content: 'P50' },
            { key: 'p85', content: 'P85' },
            { key: 'p95', content: 'P95' },
          ],
        }}
        rows={f.releases.map((r) => ({
          key: r.id,
          cells: [
            { key: 'release', content: r.name },
            { key: 'work', content: String(r.work) },
            { key: 'p50', content: day(r.p50) },
            { key: 'p85', content: day(r.p85) },
            { key: 'p95', content: day(r.p95) },
          ],
        }))}
      />
      {f.thinHistory ? <Text>Fewer than 8 weeks of history: these dates are rough.</Text> : null}
      {f.warnings.map((w) => (
        <Text key={w}>{w}</Text>
      ))}
    </Stack>
  );
}
