import { DynamicTable, SectionMessage, Stack, Text } from '@forge/react';
import type { PlanPreviewView } from '../../../services/releasePlan';
import { type Column, columnTable } from '../../../ui/columnTable';

const day = (d: string | null) => d ?? 'beyond 10 years';

type ForecastRelease = Extract<PlanPreviewView['forecast'], { ok: true }>['value']['releases'][number];

const FORECAST_COLUMNS: readonly Column<ForecastRelease>[] = [
  { key: 'release', label: 'Release', cell: (r) => r.name },
  { key: 'work', label: 'Points', cell: (r) => String(r.work) },
  { key: 'p50', label: 'P50', cell: (r) => day(r.p50) },
  { key: 'p85', label: 'P85', cell: (r) => day(r.p85) },
  { key: 'p95', label: 'P95', cell: (r) => day(r.p95) },
];

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
        {...columnTable(FORECAST_COLUMNS, f.releases, (r) => r.id)}
      />
      {f.thinHistory ? <Text>Fewer than 8 weeks of history: these dates are rough.</Text> : null}
      {f.warnings.map((w) => (
        <Text key={w}>{w}</Text>
      ))}
    </Stack>
  );
}
