import { deterministicId } from '../../linear/deterministicId';
import { CreateLabel, type LabelNode, LabelsByName } from '../../linear/documents/labels';
import type { LinearApi, LinearApiError } from '../../linear/linearApi';

/** Linear spellings to look for, per labeller kind; the first is used when creating. */
const LINEAR_SPELLINGS: Record<string, readonly string[]> = {
  bug: ['Bug'],
  'feature request': ['Feature', 'Feature request'],
  improvement: ['Improvement'],
  question: ['Question'],
  praise: ['Praise'],
};

/**
 * The Linear label names that mean a labeller label, most usual first.
 *
 * @example
 * linearNamesFor('feature request'); // => ['Feature', 'Feature request']
 */
export function linearNamesFor(label: string): readonly string[] {
  return LINEAR_SPELLINGS[label.toLowerCase()] ?? [label.charAt(0).toUpperCase() + label.slice(1)];
}

/**
 * Finds the label to apply in the issue's team (a team label or a workspace label, any of the
 * usual spellings, case-insensitive), creating a team label only when none exists. The create
 * uses a deterministic id, so two jobs racing (or a retry) make one label, never two.
 *
 * @example
 * const label = await ensureLabel(api, { organizationId, teamId, label: 'bug' });
 */
export async function ensureLabel(
  api: LinearApi,
  p: { organizationId: string; teamId: string; label: string },
): Promise<{ ok: true; label: LabelNode; created: boolean } | { ok: false; error: LinearApiError }> {
  const names = linearNamesFor(p.label);
  const found = await findLabel(api, names, p.teamId);
  if (!found.ok || found.label) return found.ok ? { ok: true, label: found.label!, created: false } : found;
  const name = names[0] ?? p.label;
  const id = deterministicId('label', p.organizationId, p.teamId, name.toLowerCase());
  const created = await api.request(CreateLabel, { input: { id, name, teamId: p.teamId } });
  if (created.ok) return { ok: true, label: created.value.issueLabelCreate.issueLabel, created: true };
  // Lost a race or retrying after a crash: the label now exists; read it back.
  const again = await findLabel(api, names, p.teamId);
  if (again.ok && again.label) return { ok: true, label: again.label, created: false };
  return { ok: false, error: created.error };
}

async function findLabel(
  api: LinearApi,
  names: readonly string[],
  teamId: string,
): Promise<{ ok: true; label: LabelNode | undefined } | { ok: false; error: LinearApiError }> {
  for (const name of names) {
    const result = await api.request(LabelsByName, { name, teamId });
    if (!result.ok) return result;
    const nodes = result.value.issueLabels.nodes;
    // Prefer the team's own label over a workspace label of the same name.
    const label = nodes.find((l) => l.team?.id === teamId) ?? nodes.find((l) => l.team === null);
    if (label) return { ok: true, label };
  }
  return { ok: true, label: undefined };
}
