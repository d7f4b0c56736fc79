import {
  type Backlog,
  BacklogSchema,
  type Customer,
  type Feedback,
  type ReleaseInput,
  WorkItemSchema,
} from '@trailmap/core';
import type { TrailmapConfig } from '../config/config';
import { InputProblems, type InputResult } from '../errors/inputProblem';
import { schemaProblem } from '../errors/schemaProblem';
import { applyLinkParent, type DraftBacklog, type DraftItem } from './draft';

/**
 * Turns a customer name into its stable id: lower-case words joined by `-`.
 *
 * @example
 * customerIdFor('Acme Corp.'); // => 'acme-corp'
 */
export function customerIdFor(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || name.trim();
}

/**
 * Resolves a draft into core's `Backlog`: parent ids become keys, dependencies are made
 * symmetric (links to items outside the export are dropped with a warning), customers are
 * collected and enriched from the config, feedback records are built and linked both ways,
 * releases are merged with the config, and every item is validated with core's schema.
 *
 * @example
 * const assembled = assembleBacklog(draft, defaultConfig(), 'backlog.csv');
 * if (assembled.ok) assembled.value.backlog.items;
 */
export function assembleBacklog(
  draft: DraftBacklog,
  config: TrailmapConfig,
  file: string,
): InputResult<{ backlog: Backlog; warnings: string[] }> {
  const problems = new InputProblems(file);
  const warnings = [...draft.warnings];
  const byKey = new Map(draft.items.map((d) => [d.item.key, d]));
  resolveParents(draft.items, byKey, warnings);
  linkDependencies(draft.items, byKey, warnings);
  const cycle = findDependencyCycle(draft.items);
  if (cycle) warnings.push(`dependency cycle: ${cycle.join(' → ')} (planning will report it)`);
  const customers = buildCustomers(draft.items, config);
  const feedback = buildFeedback(draft, byKey);
  const releases = buildReleases(draft, config);

  const items = draft.items.flatMap((d) => {
    const parsed = WorkItemSchema.safeParse(d.item);
    if (parsed.success) return [parsed.data];
    problems.list.push(schemaProblem({ file, row: d.row }, parsed.error.issues));
    return [];
  });
  // Items are already validated one by one (with their rows); the rest is checked as a whole.
  const rest = BacklogSchema.omit({ items: true }).safeParse({ feedback, customers, releases });
  if (!rest.success) {
    problems.list.push(schemaProblem({ file }, rest.error.issues));
    return problems.failure()!;
  }
  const failed = problems.failure();
  if (failed) return failed;
  return { ok: true, value: { backlog: { items, ...rest.data }, warnings } };
}

function resolveParents(items: DraftItem[], byKey: Map<string, DraftItem>, warnings: string[]): void {
  const keyById = new Map(items.map((d) => [d.item.id, d.item.key]));
  const unknown: string[] = [];
  // A parent from the Parent / Parent id / Epic Link columns wins; a Parent-Child link (the
  // child's inward one, then the parent's outward one) is the hierarchy only without them.
  const named = (d: DraftItem) => d.item.parentKey !== undefined || d.parentId !== undefined;
  for (const d of items) {
    if (!d.item.parentKey && d.parentId) {
      const key = keyById.get(d.parentId);
      if (key) d.item.parentKey = key;
      else unknown.push(`${d.item.key} (parent id ${d.parentId})`);
    }
  }
  for (const d of items) applyLinkParent(d);
  for (const d of items) {
    for (const child of d.childKeys) {
      const c = byKey.get(child);
      if (c && !named(c)) c.item.parentKey = d.item.key;
    }
  }
  for (const d of items) {
    if (d.item.parentKey && !byKey.has(d.item.parentKey) && !d.parentId)
      unknown.push(`${d.item.key} (parent ${d.item.parentKey})`);
  }
  if (unknown.length) {
    warnings.push(`${unknown.length} item(s) have a parent that is not in this export: ${sample(unknown)}`);
  }
}

function linkDependencies(items: DraftItem[], byKey: Map<string, DraftItem>, warnings: string[]): void {
  const dangling: string[] = [];
  for (const d of items) {
    d.item.blockedBy = knownLinks(d, d.item.blockedBy, 'blocks', byKey, dangling);
    d.item.blocks = knownLinks(d, d.item.blocks, 'blockedBy', byKey, dangling);
  }
  const natural = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  for (const d of items) {
    if (d.item.blockedBy.length > 1) d.item.blockedBy.sort(natural);
    if (d.item.blocks.length > 1) d.item.blocks.sort(natural);
  }
  if (dangling.length) {
    warnings.push(
      `${dangling.length} dependency link(s) point to issues not in this export and were ignored: ${sample(dangling)}; to plan around them, export those issues too (e.g. widen the JQL to their projects)`,
    );
  }
}

// The links of `d` to items in the export; each target gains the inverse link.
function knownLinks(
  d: DraftItem,
  keys: string[],
  inverse: 'blocks' | 'blockedBy',
  byKey: Map<string, DraftItem>,
  dangling: string[],
): string[] {
  if (keys.length === 0) return keys;
  const kept: string[] = [];
  for (const other of keys) {
    // An issue linked to itself is a data-entry slip, not a dependency.
    if (other === d.item.key) continue;
    const o = byKey.get(other);
    if (!o) {
      dangling.push(`${d.item.key} → ${other}`);
      continue;
    }
    const back = inverse === 'blocks' ? o.item.blocks : o.item.blockedBy;
    if (!back.includes(d.item.key)) back.push(d.item.key);
    kept.push(other);
  }
  return kept;
}

/**
 * One cycle in the "blocked by" graph, as keys from an item back to itself, or `undefined`.
 *
 * @example
 * // PM-1 blocked by PM-2, PM-2 blocked by PM-1 → ['PM-1', 'PM-2', 'PM-1']
 */
export function findDependencyCycle(items: readonly DraftItem[]): string[] | undefined {
  const next = new Map(items.map((d) => [d.item.key, d.item.blockedBy]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  // Iterative DFS so a long dependency chain cannot overflow the stack.
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const stack: { key: string; i: number }[] = [{ key: start, i: 0 }];
    state.set(start, 'open');
    path.push(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const deps = next.get(top.key) ?? [];
      if (top.i >= deps.length) {
        state.set(top.key, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const dep = deps[top.i++]!;
      const s = state.get(dep);
      if (s === 'open') return [...path.slice(path.indexOf(dep)), dep];
      if (s === undefined && next.has(dep)) {
        state.set(dep, 'open');
        path.push(dep);
        stack.push({ key: dep, i: 0 });
      }
    }
  }
  return undefined;
}

function buildCustomers(items: DraftItem[], config: TrailmapConfig): Customer[] {
  const out = new Map<string, Customer>();
  const lookup = new Map<string, string>();
  for (const c of config.customers) {
    const id = c.id ?? customerIdFor(c.name);
    const customer: Customer = { id, name: c.name };
    if (c.revenue !== undefined) customer.revenue = c.revenue;
    if (c.tier !== undefined) customer.tier = c.tier;
    if (c.size !== undefined) customer.size = c.size;
    out.set(id, customer);
    for (const alias of [id, c.name, ...c.aliases]) lookup.set(customerIdFor(alias), id);
  }
  for (const d of items) {
    const ids: string[] = [];
    for (const name of d.customerNames) {
      const slug = customerIdFor(name);
      const id = lookup.get(slug) ?? slug;
      if (!out.has(id)) out.set(id, { id, name: name.trim() });
      lookup.set(slug, id);
      ids.push(id);
    }
    d.item.customerIds = [...new Set([...(d.item.customerIds ?? []), ...ids])];
  }
  return [...out.values()];
}

function buildFeedback(draft: DraftBacklog, byKey: Map<string, DraftItem>): Feedback[] {
  const out: Feedback[] = [];
  for (const d of draft.items) {
    if (!d.isFeedback) continue;
    const linked = [...d.relatedKeys, ...(d.item.parentKey ? [d.item.parentKey] : [])];
    const itemKeys = [...new Set(linked)].filter((k) => {
      const target = byKey.get(k);
      return target !== undefined && !target.isFeedback;
    });
    const text = [d.item.title, d.item.description ?? ''].filter((t) => t.trim() !== '').join('\n\n');
    const record: Feedback = {
      id: d.item.key,
      text,
      source: draft.source,
      itemKeys,
      labels: d.item.labels.filter((l) => !d.feedbackMarkerLabels.includes(l)),
    };
    const customerId = d.item.customerIds?.[0];
    if (customerId) record.customerId = customerId;
    if (d.item.createdAt) record.created = d.item.createdAt;
    out.push(record);
    // The ideas this feedback supports gain its id and its customers (who asked for them).
    for (const k of itemKeys) {
      const target = byKey.get(k);
      if (!target) continue;
      target.item.feedbackIds = [...new Set([...(target.item.feedbackIds ?? []), record.id])];
      target.item.customerIds = [
        ...new Set([...(target.item.customerIds ?? []), ...(d.item.customerIds ?? [])]),
      ];
    }
  }
  return out;
}

function buildReleases(draft: DraftBacklog, config: TrailmapConfig): ReleaseInput[] {
  const fromExport = new Map(draft.releases.map((r) => [r.name, r]));
  const byName = new Map<string, ReleaseInput>();
  // Config releases come first and win on what they set; the export fills the rest.
  for (const r of config.releases) {
    const release: ReleaseInput = { ...fromExport.get(r.name), id: r.name, name: r.name };
    if (r.start) release.start = r.start;
    if (r.end) release.end = r.end;
    if (r.capacity !== undefined) release.capacity = r.capacity;
    if (r.released !== undefined) release.released = r.released;
    byName.set(r.name, release);
  }
  const fromItems = new Map<string, ReleaseInput>();
  for (const r of draft.releases) if (!byName.has(r.name)) fromItems.set(r.name, { ...r });
  for (const d of draft.items) {
    const n = d.item.release;
    if (n && !byName.has(n) && !fromItems.has(n)) fromItems.set(n, { id: n, name: n });
  }
  // A release whose items are all done has shipped (an ended sprint, a version nobody marked
  // released): it is history, never the "current" release.
  const open = new Set<string>();
  const used = new Set<string>();
  for (const d of draft.items) {
    if (!d.item.release) continue;
    used.add(d.item.release);
    if (d.item.statusCategory !== 'done') open.add(d.item.release);
  }
  for (const r of fromItems.values()) {
    if (r.released === undefined && used.has(r.name) && !open.has(r.name)) r.released = true;
  }
  for (const r of orderReleases([...fromItems.values()])) byName.set(r.name, r);
  return [...byName.values()];
}

/**
 * Orders releases the export gives: by date where known (end, else start), then the rest by
 * their version sequence, the numbers in the name (`IP 24.02 Nov08` → 24, 2, 8 comes before
 * `24.04`), then by export order.
 *
 * @example
 * orderReleases([{ id: '24.04', name: '24.04' }, { id: 'a', name: 'IP 24.02 Nov08' }]).map((r) => r.name);
 * // => ['IP 24.02 Nov08', '24.04']
 */
export function orderReleases(releases: readonly ReleaseInput[]): ReleaseInput[] {
  const sequence = (name: string) => (name.match(/\d+/g) ?? []).map(Number);
  const indexed = releases.map((r, i) => ({ r, i, date: r.end ?? r.start, seq: sequence(r.name) }));
  indexed.sort((a, b) => {
    if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i;
    if (a.date || b.date) return a.date ? -1 : 1;
    for (let k = 0; k < Math.max(a.seq.length, b.seq.length); k++) {
      const x = a.seq[k];
      const y = b.seq[k];
      if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : -1) : 1;
      if (x !== y) return x - y;
    }
    return a.i - b.i;
  });
  return indexed.map((x) => x.r);
}

function sample(list: string[]): string {
  const shown = list.slice(0, 5).join(', ');
  return list.length > 5 ? `${shown}, …` : shown;
}
