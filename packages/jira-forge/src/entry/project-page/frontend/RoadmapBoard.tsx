import { DynamicTable, Heading, Inline, Lozenge, Stack, Text } from '@forge/react';
import type { RoadmapCard, RoadmapViewData } from '../../../services/roadmapView';
import { type Column, columnTable } from '../../../ui/columnTable';

const cardLine = (c: RoadmapCard) =>
  `${c.key} ${c.title}${c.score === undefined ? '' : ` · ${c.score}`}${c.release ? ` · ${c.release}` : ''}`;

/**
 * Now / Next / Later columns from core's `groupRoadmap`.
 *
 * @example
 * <RoadmapBoard columns={data.columns} />
 */
export function RoadmapBoard({ columns }: Pick<RoadmapViewData, 'columns'>) {
  return (
    <Inline space="space.200" alignBlock="start">
      {columns.map((col) => (
        <Stack key={col.title} space="space.100">
          <Heading as="h3">{`${col.title} (${col.cards.length})`}</Heading>
          {col.cards.length === 0 ? (
            <Text>Nothing here.</Text>
          ) : (
            col.cards.map((c) => <Text key={c.key}>{cardLine(c)}</Text>)
          )}
        </Stack>
      ))}
    </Inline>
  );
}

const BACKLOG_COLUMNS: readonly Column<RoadmapCard>[] = [
  { key: 'rank', label: '#', sortable: true, cell: (_, i) => String(i + 1) },
  { key: 'key', label: 'Issue', sortable: true, cell: (c) => c.key },
  { key: 'title', label: 'Summary', cell: (c) => c.title },
  {
    key: 'score',
    label: 'Score',
    sortable: true,
    cell: (c) => (c.score === undefined ? <Lozenge>unscored</Lozenge> : String(c.score)),
  },
  {
    key: 'points',
    label: 'Points',
    sortable: true,
    cell: (c) => (c.points === undefined ? '–' : String(c.points)),
  },
  { key: 'status', label: 'Status', cell: (c) => c.status },
];

/**
 * The open backlog ranked by priority score (sortable table).
 *
 * @example
 * <BacklogTable backlog={data.backlog} />
 */
export function BacklogTable({ backlog }: Pick<RoadmapViewData, 'backlog'>) {
  return (
    <DynamicTable
      caption="Backlog by priority score"
      {...columnTable(BACKLOG_COLUMNS, backlog, (c) => c.key)}
    />
  );
}
