import { DynamicTable, Heading, Inline, Lozenge, Stack, Text } from '@forge/react';
import type { RoadmapCard, RoadmapViewData } from '../../../services/roadmapView';

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
      head={{
        cells: [
          { key: 'rank', content: '#', isSortable: true },
          { key: 'key', content: 'Issue', isSortable: true },
          { key: 'title', content: 'Summary' },
          { key: 'score', content: 'Score', isSortable: true },
          { key: 'points', content: 'Points', isSortable: true },
          { key: 'status', content: 'Status' },
        ],
      }}
      rows={backlog.map((c, i) => ({
        key: c.key,
        cells: [
          { key: 'rank', content: String(i + 1) },
          { key: 'key', content: c.key },
          { key: 'title', content: c.title },
          { key: 'score', content: c.score === undefined ? <Lozenge>unscored</Lozenge> : String(c.score) },
          { key: 'points', content: c.points === undefined ? '–' : String(c.points) },
          { key: 'status', content: c.status },
        ],
      }))}
    />
  );
}
