import type { Problem } from '../model/problem';
import { problemsFromZod } from '../model/problemsFromZod';
import type { CompiledModel } from './compiledModel';
import { compileModel } from './compiledModel';
import { orderByDependencies } from './findDependencyCycle';
import { placeMustHaves } from './placeMustHaves';
import type { PlanningModel } from './planningModel';
import { PlanningModelSchema } from './planningModel';

/** Stable codes for a planning model that cannot be planned. */
export type PlanningProblemCode =
  | 'invalid'
  | 'missing'
  | 'out_of_range'
  | 'duplicate_id'
  | 'unknown_item'
  | 'unknown_release'
  | 'dependency_cycle'
  | 'must_have_order'
  | 'must_haves_over_capacity'
  | 'weights_increase';

/** A planning problem with a typed code. */
export interface PlanningProblem extends Problem {
  code: PlanningProblemCode;
}

/**
 * A model that passed validation, with its index form and a placement of the must-haves that
 * respects every capacity: the planners start from it, so they never return an infeasible plan.
 */
export interface ValidPlanningModel {
  model: PlanningModel;
  compiled: CompiledModel;
  /** Release index per item for the must-haves and the prerequisites they drag in, else `-1`. */
  mustHavePlacement: number[];
}

/** The outcome of validation. */
export type PlanningModelValidation =
  | { ok: true; model: ValidPlanningModel }
  | { ok: false; problems: [PlanningProblem, ...PlanningProblem[]] };

/**
 * Parses and checks a planning model: shape (zod), unique ids, known references, acyclic
 * dependencies (naming the cycle), must-haves that fit their releases, non-increasing weights.
 *
 * @example
 * const v = validatePlanningModel({ items: [{ id: 'a', cost: 1, prerequisites: ['a'] }], releases: [{ id: 'r', capacity: 1 }] });
 * v.ok; // => false, problems[0].code === 'dependency_cycle', message names "a → a"
 */
export function validatePlanningModel(input: unknown): PlanningModelValidation {
  const parsed = PlanningModelSchema.safeParse(input);
  if (!parsed.success) {
    return fail(problemsFromZod(parsed.error.issues, { root: '(model)' }));
  }
  const model = parsed.data;
  const problems: PlanningProblem[] = [];
  const itemIds = new Set<string>();
  model.items.forEach((item, i) => {
    if (itemIds.has(item.id)) {
      problems.push({
        field: `items[${i}].id`,
        code: 'duplicate_id',
        message: `item id ${item.id} appears twice`,
      });
    }
    itemIds.add(item.id);
  });
  const releaseIds = new Set<string>();
  model.releases.forEach((release, r) => {
    if (releaseIds.has(release.id)) {
      problems.push({
        field: `releases[${r}].id`,
        code: 'duplicate_id',
        message: `release id ${release.id} appears twice`,
      });
    }
    releaseIds.add(release.id);
  });
  model.items.forEach((item, i) => {
    item.prerequisites.forEach((p, k) => {
      if (!itemIds.has(p)) {
        problems.push({
          field: `items[${i}].prerequisites[${k}]`,
          code: 'unknown_item',
          message: `${item.id} requires unknown item ${p}`,
        });
      }
    });
    if (item.mustHave && item.mustHave !== 'any' && !releaseIds.has(item.mustHave.release)) {
      problems.push({
        field: `items[${i}].mustHave.release`,
        code: 'unknown_release',
        message: `must-have ${item.id} is pinned to unknown release ${item.mustHave.release}`,
      });
    }
  });
  model.customers.forEach((customer, c) => {
    customer.items.forEach((id, k) => {
      if (!itemIds.has(id)) {
        problems.push({
          field: `customers[${c}].items[${k}]`,
          code: 'unknown_item',
          message: `customer ${customer.id} requests unknown item ${id}`,
        });
      }
    });
  });
  model.releases.forEach((release, r) => {
    const weight = (rel: typeof release, k: number): number => rel.weight ?? (1 - model.discount) ** k;
    const previous = model.releases[r - 1];
    if (previous && weight(release, r) > weight(previous, r - 1)) {
      problems.push({
        field: `releases[${r}].weight`,
        code: 'weights_increase',
        message: `release ${release.id} is weighted above the earlier release ${previous.id}; earlier delivery must be worth at least as much`,
      });
    }
  });
  if (problems.length > 0) return fail(problems);

  const index = new Map(model.items.map((item, i) => [item.id, i]));
  const ordered = orderByDependencies(
    model.items.map((item) => item.id),
    model.items.map((item) => item.prerequisites.map((p) => index.get(p)!)),
  );
  if (!ordered.ok) {
    return fail([
      {
        field: 'items.prerequisites',
        code: 'dependency_cycle',
        message: `dependency cycle: ${ordered.cycle.join(' → ')} (each must ship before the next); remove one of these blocking links in the tracker and export again`,
      },
    ]);
  }
  const compiled = compileModel(model, ordered.order);
  for (let i = 0; i < compiled.n; i++) {
    for (const p of compiled.closure[i]!) {
      if (compiled.pin[i]! >= 0 && compiled.pin[p]! > compiled.pin[i]!) {
        problems.push({
          field: `items[${i}].mustHave`,
          code: 'must_have_order',
          message: `must-have ${compiled.ids[i]} is pinned to ${model.releases[compiled.pin[i]!]!.id} but its prerequisite ${compiled.ids[p]} is pinned to the later ${model.releases[compiled.pin[p]!]!.id}`,
        });
      }
    }
  }
  if (problems.length > 0) return fail(problems);
  const placed = placeMustHaves(compiled);
  if (!placed.ok) {
    const { item, release } = placed.failure;
    const team = compiled.team[item]!;
    const teamCap =
      release >= 0 && team >= 0 ? compiled.teamCapacity[release]![team]! : Number.POSITIVE_INFINITY;
    const where =
      release >= 0
        ? `release ${model.releases[release]!.id} (capacity ${model.releases[release]!.capacity}${Number.isFinite(teamCap) ? `, team ${compiled.teams[team]} ${teamCap}` : ''})`
        : 'any release';
    const pinned = compiled.pin
      .map((p, i) => (p === release ? compiled.cost[i]! : 0))
      .reduce((sum, c) => sum + c, 0);
    return fail([
      {
        field: `items[${item}].mustHave`,
        code: 'must_haves_over_capacity',
        message: `must-haves exceed capacity: ${compiled.ids[item]} (cost ${compiled.cost[item]}) and its prerequisites do not fit in ${where}${release >= 0 ? `; must-haves pinned there cost ${pinned} in total` : ''}`,
      },
    ]);
  }
  return { ok: true, model: { model, compiled, mustHavePlacement: placed.release } };
}

function fail(problems: PlanningProblem[]): PlanningModelValidation {
  return { ok: false, problems: problems as [PlanningProblem, ...PlanningProblem[]] };
}
