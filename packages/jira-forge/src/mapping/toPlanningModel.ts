import type { PlanningModelInput, WorkItem } from '@trailmap/core';

/** A release the user picked for planning: an existing Jira version or a new one by name. */
export interface ReleaseChoice {
  /** Existing version id; absent for a version the plan will create. */
  versionId?: string | undefined;
  name: string;
  releaseDate?: string | undefined;
  /** Capacity in story points. */
  capacity: number;
}

/**
 * A stable planning id for a release choice. It comes from the request, not from Jira's state,
 * so a version created by applying the plan does not make the same plan look different.
 *
 * @example
 * releaseKey({ name: 'v2', capacity: 20 }); // => 'new:v2'
 */
export function releaseKey(r: ReleaseChoice): string {
  return r.versionId ? `version:${r.versionId}` : `new:${r.name}`;
}

/**
 * Builds core's planning model from mapped work items and their scores. Cost is the story-point
 * estimate; value is the priority score; "is blocked by" links become prerequisites (only among
 * planned items). Unestimated items cannot be packed and are returned separately.
 *
 * @example
 * planningModelFromItems(items, new Map([['PM-1', 40]]), [{ name: 'v2', capacity: 20 }]);
 */
export function planningModelFromItems(
  items: readonly WorkItem[],
  scores: ReadonlyMap<string, number>,
  releases: readonly ReleaseChoice[],
): { model: PlanningModelInput; unestimated: string[] } {
  const plannable = items.filter((i) => i.statusCategory !== 'done' && i.estimate?.unit === 'points');
  const ids = new Set(plannable.map((i) => i.key));
  return {
    model: {
      items: plannable
        .map((i) => ({
          id: i.key,
          title: i.title,
          cost: i.estimate?.value ?? 0,
          value: Math.max(0, scores.get(i.key) ?? 0),
          prerequisites: i.blockedBy.filter((k) => ids.has(k)).sort(),
          ...(i.rank === undefined ? {} : { rank: i.rank }),
        }))
        .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true })),
      releases: releases.map((r) => ({ id: releaseKey(r), name: r.name, capacity: r.capacity })),
      customers: [],
    },
    unestimated: items.filter((i) => i.statusCategory !== 'done' && !ids.has(i.key)).map((i) => i.key),
  };
}
