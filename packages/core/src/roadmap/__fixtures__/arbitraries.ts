// fast-check generators for roadmap property tests. Not exported from the package barrel.
import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../../calendar/dayNumber';
import type { Release, WorkItem } from '../../model/index';
import { GROUP_FIELDS, type GroupField } from '../types';
import { release, workItem } from './roadmapFixtures';

const BASE = toDayNumber('2026-01-01');

/** A calendar date within about a year and a half of 2026-01-01. */
export const dateArb: fc.Arbitrary<string> = fc
  .integer({ min: -60, max: 480 })
  .map((d) => fromDayNumber(BASE + d));

/** Three releases (one released), some with dates. */
export const releasesArb: fc.Arbitrary<Release[]> = fc
  .tuple(fc.boolean(), fc.integer({ min: 0, max: 200 }))
  .map(([dated, offset]) =>
    [0, 1, 2].map((i) =>
      release({
        id: `r${i}`,
        name: `v${i}`,
        released: i === 0,
        ...(dated
          ? { start: fromDayNumber(BASE + offset + i * 30), end: fromDayNumber(BASE + offset + i * 30 + 29) }
          : {}),
      }),
    ),
  );

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/**
 * A backlog of up to `max` items with unique keys, parents, dependencies and all kinds of dates.
 *
 * @example
 * fc.assert(fc.property(itemsArb(), (items) => new Set(items.map((i) => i.key)).size === items.length));
 */
export function itemsArb(max = 30): fc.Arbitrary<WorkItem[]> {
  return fc.integer({ min: 0, max }).chain((n) =>
    fc
      .array(
        fc.record({
          status: fc.constantFrom('todo', 'in_progress', 'done') as fc.Arbitrary<
            'todo' | 'in_progress' | 'done'
          >,
          canceled: fc.boolean(),
          labels: fc.subarray(['ux', 'api', 'security', 'perf']),
          initiative: maybe(fc.constantFrom('Growth', 'Enterprise', 'Mobile')),
          project: maybe(fc.constantFrom('Web', 'Api')),
          theme: maybe(fc.constantFrom('Speed', 'Trust')),
          team: maybe(fc.constantFrom('Core', 'Identity')),
          assignee: maybe(fc.constantFrom('ana', 'kofi')),
          release: maybe(fc.constantFrom('v0', 'v1', 'v2', 'r1', 'unknown')),
          parent: maybe(fc.nat({ max: Math.max(0, n - 1) })),
          start: maybe(dateArb),
          target: maybe(dateArb),
          blockedBy: fc.array(fc.nat({ max: Math.max(0, n - 1) }), { maxLength: 2 }),
          rank: maybe(fc.integer({ min: 0, max: 50 })),
        }),
        { minLength: n, maxLength: n },
      )
      .map((rows) =>
        rows.map((r, i) =>
          workItem({
            key: `K-${i}`,
            statusCategory: r.status,
            canceled: r.canceled && r.status === 'done',
            labels: r.labels,
            initiative: r.initiative,
            project: r.project,
            theme: r.theme,
            team: r.team,
            assignee: r.assignee,
            release: r.release,
            parentKey: r.parent === undefined ? undefined : `K-${r.parent}`,
            startDate: r.start,
            targetDate: r.target,
            blockedBy: r.blockedBy.map((b) => `K-${b}`),
            rank: r.rank,
          }),
        ),
      ),
  );
}

/** Scores for some of the keys `K-0…K-(n-1)`. */
export const scoresArb: fc.Arbitrary<Map<string, number>> = fc
  .array(fc.tuple(fc.nat({ max: 40 }), fc.double({ min: 0, max: 1000, noNaN: true })), { maxLength: 30 })
  .map((pairs) => new Map(pairs.map(([k, v]) => [`K-${k}`, v])));

/** Zero to three distinct group fields in any order. */
export const groupByArb: fc.Arbitrary<GroupField[]> = fc.uniqueArray(fc.constantFrom(...GROUP_FIELDS), {
  maxLength: 3,
});
