import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  applyCorrection,
  DEFAULT_SIMILARITY_THRESHOLDS,
  type Feedback,
  type LabelModel,
  predictLabels,
} from '@trailmap/core';
import { loadBacklog } from '@trailmap/trackers';
import Table from 'cli-table3';
import { inputValue } from '../errors';
import { labelBacklogFeedback } from '../label/labelBacklogFeedback';
import type { DemoContext } from './context';
import { learntLinksSummary } from './learntLinks';

/**
 * The label step of `pnpm demo`: cold-starts a kind model from the sample's issue types, learns
 * the team's area labels from its other items, labels the 30 feedback tickets (human labels
 * kept, an audit record per applied label), and shows the closest existing ideas and duplicates.
 * Writes the audit trail to `out/labels.json`.
 *
 * @example
 * await demoLabel(defaultDemoContext(process.cwd()));
 */
export async function demoLabel(ctx: DemoContext): Promise<void> {
  ctx.log('== Label: feedback tickets of the sample Jira backlog ==');
  const { backlog } = inputValue(await loadBacklog(ctx.jiraCsv));
  const started = performance.now();
  const result = labelBacklogFeedback(backlog);
  if ('problem' in result) {
    ctx.log(`The labeller could not train: ${result.problem}`);
    return;
  }
  const ms = performance.now() - started;
  ctx.log(describe('Kind model (cold start from issue types Bug/Story/Idea)', result.kindModel));
  if (result.areaModel)
    ctx.log(describe("Area model (the team's own labels on its items)", result.areaModel));
  const { link, suggest } = DEFAULT_SIMILARITY_THRESHOLDS;
  const table = new Table({
    head: [
      'feedback',
      'kind',
      'areas',
      'labels after merge',
      `closest idea (link ≥ ${link}, suggest ≥ ${suggest})`,
    ],
    colWidths: [34, 22, 24, 30, 30],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  let agree = 0;
  let linked = 0;
  for (const f of result.feedback) {
    const top = f.closestIdeas[0];
    const truth = backlog.feedback.find((x) => x.id === f.id)?.itemKeys ?? [];
    if (top && truth.includes(top.id)) agree++;
    if (top && top.score >= suggest) linked++;
    table.push([
      `${f.id} ${f.title}`,
      score(f.kind),
      f.areas ? score(f.areas) : '—',
      f.labels.join(', ') + (f.applied.length ? ` (+${f.applied.length})` : ''),
      top
        ? `${top.id} ${top.score.toFixed(2)} ${top.score >= suggest ? top.verdict : 'below threshold'}`
        : '—',
    ]);
  }
  for (const line of table.toString().split('\n')) ctx.log(line);
  const applied = result.feedback.flatMap((f) => f.applied.map((a) => ({ feedback: f.id, ...a })));
  const suggestOnly = result.kindModel.readiness.mode === 'suggest';
  ctx.log(
    `Labelled ${result.feedback.length} tickets in ${ms.toFixed(0)} ms: ${applied.length} labels applied (each recorded with model version and confidence)` +
      `${suggestOnly ? ' — a cold-start model on this little history only suggests, as it says above' : ''}; no human label removed.`,
  );
  showCorrection(ctx, result.kindModel, backlog.feedback);
  ctx.log(
    `Closest existing idea matches the tracker's own link for ${agree}/${result.feedback.length} tickets; ${linked} reach the suggest threshold (paraphrases score low on TF-IDF cosine, so nothing is linked automatically here).`,
  );
  // The same search with `suggest` lowered, as a team would configure it for paraphrased feedback.
  const lowered = 0.3;
  const relatedAtLowered = result.feedback.filter((f) => (f.closestIdeas[0]?.score ?? 0) >= lowered);
  const rightAtLowered = relatedAtLowered.filter((f) =>
    (backlog.feedback.find((x) => x.id === f.id)?.itemKeys ?? []).includes(f.closestIdeas[0]!.id),
  );
  ctx.log(
    `With suggest lowered to ${lowered}: ${relatedAtLowered.length} tickets get a related-idea suggestion, ${rightAtLowered.length} of them the idea the tracker links.`,
  );
  ctx.log(
    result.duplicates.length
      ? `Duplicate feedback: ${result.duplicates.map((d) => `${d.a}~${d.b} ${d.score.toFixed(2)} ${d.verdict}`).join('; ')}`
      : `Duplicate feedback: none at or above ${suggest} cosine.`,
  );
  ctx.log(learntLinksSummary(backlog));
  const out = join(ctx.outDir, 'labels.json');
  await writeFile(
    out,
    `${JSON.stringify({ applied, feedback: result.feedback.map(({ id, labels, suggested }) => ({ id, labels, suggested })) }, null, 2)}\n`,
  );
  ctx.log(`Audit trail: ${out}\n`);
}

// A triager fixes one ticket; the model learns from it at once and the sibling ticket follows.
function showCorrection(ctx: DemoContext, model: LabelModel, feedback: readonly Feedback[]): void {
  const split = (f: Feedback) => {
    const [title = '', ...rest] = f.text.split('\n');
    return { title, body: rest.join('\n') };
  };
  const fixed = feedback.find((f) => f.id === 'FB-104');
  const sibling = feedback.find((f) => f.id === 'FB-105');
  if (!fixed || !sibling) return;
  const before = predictLabels(model, split(sibling)).ranked[0];
  const corrected = applyCorrection(model, { ...split(fixed), labels: ['bug'] });
  if (!corrected.ok || !before) return;
  const after = predictLabels(corrected.value, split(sibling)).ranked[0];
  ctx.log(
    `Correction: a triager labels FB-104 "bug" → model ${corrected.value.version}; FB-105 "${split(sibling).title}" goes from ${before.label} ${before.confidence.toFixed(2)} to ${after?.label} ${after?.confidence.toFixed(2)}.`,
  );
}

function describe(name: string, model: LabelModel): string {
  const held = model.training.heldOut;
  const counts = Object.entries(model.training.perLabel)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  const quality = held ? `held-out macro F1 ${held.macroF1.toFixed(2)}` : 'too few examples to hold any out';
  const mode =
    model.readiness.mode === 'apply'
      ? 'applies labels'
      : `suggests only (${model.readiness.reasons[0] ?? ''})`;
  return `${name}: ${model.version}, ${model.training.examples} examples (${counts}); ${quality}; ${mode}.`;
}

function score(p: {
  labels: { label: string; confidence: number }[];
  ranked: { label: string; confidence: number }[];
  mode: string;
}): string {
  const shown = p.labels.length ? p.labels : p.ranked.slice(0, 1);
  const text = shown.map((s) => `${s.label} ${s.confidence.toFixed(2)}`).join(', ');
  return p.labels.length ? (p.mode === 'apply' ? text : `${text} (suggest)`) : `${text} (abstain)`;
}
