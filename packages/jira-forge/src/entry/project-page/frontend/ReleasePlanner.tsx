import {
  Button,
  Checkbox,
  DynamicTable,
  Heading,
  Inline,
  SectionMessage,
  Stack,
  Text,
  Textfield,
} from '@forge/react';
import { useState } from 'react';
import type { JiraVersion } from '../../../jira/jiraSchemas';
import type { PlanPreviewView } from '../../../services/releasePlan';
import { type Column, columnTable } from '../../../ui/columnTable';
import { invokeResolver } from '../../../ui/invokeResolver';
import { PlanForecast } from './PlanForecast';

interface Choice {
  picked: boolean;
  capacity: string;
}

const DEFERRED_COLUMNS: readonly Column<PlanPreviewView['plan']['deferred'][number]>[] = [
  { key: 'id', label: 'Issue', cell: (d) => d.id },
  { key: 'reason', label: 'Reason', cell: (d) => d.text },
];

/**
 * Release planner: pick versions and capacities, preview (plan, baseline, reasons, changes), then
 * apply that exact preview.
 *
 * @example
 * <ReleasePlanner projectKey="PM" versions={versions} />
 */
export function ReleasePlanner({ projectKey, versions }: { projectKey: string; versions: JiraVersion[] }) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [newName, setNewName] = useState('');
  const [newCapacity, setNewCapacity] = useState('');
  const [newDate, setNewDate] = useState('');
  // Released versions are history: plans only fill upcoming ones.
  const upcoming = versions.filter((v) => !v.released);
  const [preview, setPreview] = useState<PlanPreviewView>();
  // Removals of a previous planned fixVersion the user unticked; apply keeps those versions.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const removalId = (issueKey: string, versionId: string) => `${issueKey}/${versionId}`;
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string }>();

  const choice = (id: string) => choices[id] ?? { picked: false, capacity: '' };
  const releases = () => [
    ...upcoming
      .filter((v) => choice(v.id).picked)
      .map((v) => ({ versionId: v.id, name: v.name, capacity: Number(choice(v.id).capacity) })),
    ...(newName.trim()
      ? [
          {
            name: newName.trim(),
            capacity: Number(newCapacity),
            ...(newDate.trim() ? { releaseDate: newDate.trim() } : {}),
          },
        ]
      : []),
  ];
  const runPreview = async () => {
    const r = await invokeResolver<PlanPreviewView>('plan/preview', { projectKey, releases: releases() });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setMessage(undefined);
    setUnticked(new Set());
    setPreview(r.data);
  };
  const apply = async () => {
    if (!preview) return;
    const r = await invokeResolver<{ writes: number }>('plan/apply', {
      previewId: preview.previewId,
      hash: preview.hash,
      keepRemovals: preview.changes.flatMap((c) =>
        c.remove
          .filter((v) => !unticked.has(removalId(c.issueKey, v.id)))
          .map((v) => ({ issueKey: c.issueKey, versionId: v.id })),
      ),
    });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    setMessage({
      kind: 'success',
      text:
        r.data.writes === 0
          ? 'Jira already matches this plan; nothing changed.'
          : `Applied: ${r.data.writes} changes in Jira.`,
    });
  };

  return (
    <Stack space="space.150">
      <Heading as="h3">Releases to plan</Heading>
      {upcoming.map((v) => (
        <Inline key={v.id} space="space.100" alignBlock="center">
          <Checkbox
            name={`pick-${v.id}`}
            label={`${v.name}${v.releaseDate ? ` (${v.releaseDate})` : ''}`}
            isChecked={choice(v.id).picked}
            onChange={(e) =>
              setChoices({ ...choices, [v.id]: { ...choice(v.id), picked: Boolean(e.target.checked) } })
            }
          />
          <Textfield
            name={`capacity-${v.id}`}
            placeholder="capacity (points)"
            value={choice(v.id).capacity}
            onChange={(e) =>
              setChoices({ ...choices, [v.id]: { ...choice(v.id), capacity: String(e.target.value ?? '') } })
            }
          />
        </Inline>
      ))}
      <Inline space="space.100">
        <Textfield
          name="new-version"
          placeholder="New version name"
          value={newName}
          onChange={(e) => setNewName(String(e.target.value ?? ''))}
        />
        <Textfield
          name="new-capacity"
          placeholder="capacity (points)"
          value={newCapacity}
          onChange={(e) => setNewCapacity(String(e.target.value ?? ''))}
        />
        <Textfield
          name="new-release-date"
          placeholder="release date (YYYY-MM-DD)"
          value={newDate}
          onChange={(e) => setNewDate(String(e.target.value ?? ''))}
        />
      </Inline>
      <Button onClick={() => void runPreview()}>Preview plan</Button>
      {message ? (
        <SectionMessage
          appearance={message.kind}
          title={message.kind === 'error' ? 'Plan not ready' : 'Done'}
        >
          <Text>{message.text}</Text>
        </SectionMessage>
      ) : null}
      {preview ? (
        <Stack space="space.100">
          <Text>{`Plan value ${preview.plan.value} vs greedy baseline ${preview.baseline.value} (${preview.gainPercent >= 0 ? '+' : ''}${preview.gainPercent} %)`}</Text>
          {preview.plan.releases.map((r) => (
            <Text
              key={r.name}
            >{`${r.name}: ${r.items.join(', ') || '—'} (${r.cost}/${r.capacity} points, value ${r.value})`}</Text>
          ))}
          <PlanForecast forecast={preview.forecast} />
          {preview.plan.deferred.length > 0 ? (
            <DynamicTable
              caption="Deferred items and why"
              {...columnTable(DEFERRED_COLUMNS, preview.plan.deferred, (d) => d.id)}
            />
          ) : null}
          {preview.unestimated.length > 0 ? (
            <Text>{`Not planned (no story points): ${preview.unestimated.join(', ')}`}</Text>
          ) : null}
          <Text>{`${preview.changes.length} issue edits on apply`}</Text>
          {preview.changes.flatMap((c) =>
            c.remove.map((v) => {
              const id = removalId(c.issueKey, v.id);
              return (
                <Checkbox
                  key={id}
                  name={`remove-${id}`}
                  label={`${c.issueKey}: remove ${v.name} (moves to ${c.add.name})`}
                  isChecked={!unticked.has(id)}
                  onChange={(e) => {
                    const next = new Set(unticked);
                    if (e.target.checked) next.delete(id);
                    else next.add(id);
                    setUnticked(next);
                  }}
                />
              );
            }),
          )}
          <Button appearance="primary" onClick={() => void apply()}>
            Apply this plan
          </Button>
        </Stack>
      ) : null}
    </Stack>
  );
}
