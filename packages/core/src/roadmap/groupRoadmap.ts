import type { CalendarDate, Problem, Release, Result, WorkItem } from '../model/index';
import { compareRanked } from './compareEntries';
import { buildGroupTree, type RoadmapGroup } from './groupTree';
import { parentLookup, primaryLabel } from './groupValue';
import { hiddenAsChild } from './hiddenAsChild';
import { indexChildren } from './indexChildren';
import {
  defaultPlacementRules,
  describeRule,
  type Placement,
  type PlacementContext,
  type PlacementRule,
  type RoadmapColumnId,
  ruleId,
  ruleMatches,
} from './placementRules';
import { doneInRelease, releaseContext } from './releaseContext';
import type { ProgressOptions } from './rollupProgress';
import type {
  DateSpan,
  ExcludedItem,
  GroupField,
  Progress,
  RiskFlag,
  RoadmapLevel,
  RoadmapWarning,
} from './types';
import { type ViewBasis, viewBasis } from './viewBasis';

/**
 * Options of `groupRoadmap`. Only `today` is required.
 *
 * @example
 * const o: GroupRoadmapOptions = { today: '2026-02-10', releases, scores, groupBy: ['initiative', 'project'] };
 */
export interface GroupRoadmapOptions {
  /** Today as `YYYY-MM-DD`; core never reads a clock. */
  today: CalendarDate;
  releases?: readonly Release[] | undefined;
  /** Scores per item key (e.g. from `scoreItems`); used for the top-N rule and sorting. */
  scores?: ReadonlyMap<string, number> | undefined;
  /** One field, or several for nested groups (e.g. initiative, then project). */
  groupBy?: GroupField | readonly GroupField[] | undefined;
  /** Placement rules, tried in order; default `defaultPlacementRules(topN)`. */
  rules?: readonly PlacementRule[] | undefined;
  /** N of the default top-N-by-score rule (default 10). Ignored when `rules` is given. */
  topN?: number | undefined;
  /**
   * Done items: `current-release` (default) shows items done in the current release in Now,
   * marked done, and leaves other done items out (counted in `excluded`); `hide` leaves every
   * done item out.
   */
  done?: 'current-release' | 'hide' | undefined;
  /** `all` (default) shows every item; `top` shows items whose parent is not in the input. */
  level?: RoadmapLevel | undefined;
  /** Label priority for grouping by label (see `primaryLabel`). */
  labelOrder?: readonly string[] | undefined;
  progress?: ProgressOptions | undefined;
  forecasts?: ReadonlyMap<string, DateSpan> | undefined;
  releaseForecasts?: ReadonlyMap<string, DateSpan> | undefined;
}

/**
 * One item on the board with everything a renderer shows about it.
 *
 * @example
 * entry.placement.reason; // => 'In progress'
 */
export interface RoadmapEntry {
  item: WorkItem;
  column: RoadmapColumnId;
  placement: Placement;
  score: number | undefined;
  progress: Progress | undefined;
  risks: readonly RiskFlag[];
  /** Done items appear only in Now (done in the current release). */
  done: boolean;
  /** Labels other than the one the item is grouped under (when grouping by label). */
  otherLabels: readonly string[];
}

/**
 * A column of the board.
 *
 * @example
 * board.columns[0].title; // => 'Now'
 */
export interface RoadmapColumn {
  id: RoadmapColumnId;
  title: string;
  /** The rules that place items here, in words. */
  rules: readonly string[];
  total: number;
  groups: readonly RoadmapGroup<RoadmapEntry>[];
}

/**
 * A Now / Next / Later board. Every input item is either in exactly one column group or in
 * `excluded`, never both and never dropped.
 *
 * @example
 * board.columns.map((c) => c.total); // => [4, 7, 23]
 */
export interface RoadmapBoard {
  today: CalendarDate;
  currentRelease: Release | undefined;
  nextRelease: Release | undefined;
  groupBy: readonly GroupField[];
  columns: readonly [RoadmapColumn, RoadmapColumn, RoadmapColumn];
  excluded: readonly ExcludedItem[];
  /** The rules in the order they were tried, ending with the fallback. */
  rules: readonly { id: string; column: RoadmapColumnId; description: string }[];
  warnings: readonly RoadmapWarning[];
}

/**
 * Sorts items into Now / Next / Later with configurable rules (each item records the rule
 * that placed it), groups each column by one or more fields, rolls up progress and flags
 * risks. Invalid options (a bad `today`, an unknown group field, duplicate item keys) come
 * back as problems naming the field.
 *
 * @example
 * const result = groupRoadmap(backlog.items, { today: '2026-02-10', releases: backlog.releases, groupBy: 'initiative' });
 * if (result.ok) result.value.columns[0].groups[0].label; // => 'Growth'
 */
export function groupRoadmap(
  items: readonly WorkItem[],
  options: GroupRoadmapOptions,
  /** Worked out by the caller from these items and options, to share with other views. */
  basis?: ViewBasis,
): Result<RoadmapBoard> {
  const checked = basis ? { ok: true as const, value: basis } : viewBasis(items, options);
  if (!checked.ok) return checked;
  const { groupBy } = checked.value;
  const extra: Problem[] = [];
  if (options.topN !== undefined && (!Number.isInteger(options.topN) || options.topN < 0)) {
    extra.push({
      field: 'topN',
      code: 'invalid',
      message: `topN must be a whole number ≥ 0, got ${options.topN}`,
    });
  }
  const [firstExtra, ...restExtra] = extra;
  if (firstExtra) return { ok: false, problems: [firstExtra, ...restExtra] };

  const today = options.today;
  const releases = releaseContext(options.releases ?? [], today);
  const rules = options.rules ?? defaultPlacementRules(options.topN ?? 10);
  const scores = options.scores;
  const { progress, risks } = checked.value;
  const isHiddenChild = hiddenAsChild(items, options.level);
  const excluded: ExcludedItem[] = [];
  const placed = new Map<string, Placement>();
  const open: WorkItem[] = [];
  const current = releases.current;

  for (const item of items) {
    if (item.canceled) excluded.push({ item, reason: 'canceled' });
    else if (isHiddenChild(item)) {
      excluded.push({ item, reason: 'child' });
    } else if (item.statusCategory === 'done') {
      if (
        (options.done ?? 'current-release') === 'current-release' &&
        current &&
        doneInRelease(item, current, releases.releaseOf)
      ) {
        placed.set(item.key, {
          column: 'now',
          ruleId: 'done-in-current-release',
          reason: `Done in ${current.name}`,
        });
      } else excluded.push({ item, reason: 'done' });
    } else open.push(item);
  }

  const children = indexChildren(items);
  const childrenOf = (item: WorkItem): readonly WorkItem[] => children.get(item.key) ?? [];
  let unplaced = open;
  for (const rule of rules) {
    let topByScore: ReadonlySet<string> = EMPTY;
    if (rule.when === 'top-score') {
      // Top N among the items no earlier rule placed, so Next gets the next N best things.
      const ranked: { item: WorkItem; score: number }[] = [];
      for (const item of unplaced) {
        const score = scores?.get(item.key);
        if (score !== undefined && Number.isFinite(score)) ranked.push({ item, score });
      }
      ranked.sort((a, b) =>
        compareRanked(a.score, a.item.rank, a.item.key, b.score, b.item.rank, b.item.key),
      );
      topByScore = new Set(ranked.slice(0, rule.n).map((r) => r.item.key));
    }
    const ctx: PlacementContext = { today, releases, topByScore, childrenOf };
    const id = ruleId(rule);
    const reason = describeRule(rule, releases);
    const rest: WorkItem[] = [];
    for (const item of unplaced) {
      if (ruleMatches(rule, item, ctx)) placed.set(item.key, { column: rule.column, ruleId: id, reason });
      else rest.push(item);
    }
    unplaced = rest;
  }
  for (const item of unplaced) {
    placed.set(item.key, { column: 'later', ruleId: 'fallback', reason: 'Everything else' });
  }

  const entries: Record<RoadmapColumnId, RoadmapEntry[]> = { now: [], next: [], later: [] };
  const labelGrouped = groupBy.includes('label');
  for (const item of items) {
    const placement = placed.get(item.key);
    if (!placement) continue;
    const primary = labelGrouped ? primaryLabel(item, options.labelOrder) : undefined;
    entries[placement.column].push({
      item,
      column: placement.column,
      placement,
      score: scores?.get(item.key),
      progress: progress.get(item.key),
      risks: risks.get(item.key) ?? [],
      done: item.statusCategory === 'done',
      otherLabels: labelGrouped ? item.labels.filter((l) => l !== primary) : [],
    });
  }

  const ruleList = [
    ...(current && (options.done ?? 'current-release') === 'current-release'
      ? [{ id: 'done-in-current-release', column: 'now' as const, description: `Done in ${current.name}` }]
      : []),
    ...rules.map((r) => ({ id: ruleId(r), column: r.column, description: describeRule(r, releases) })),
    { id: 'fallback', column: 'later' as const, description: 'Everything else' },
  ];
  const compare = (a: RoadmapEntry, b: RoadmapEntry): number =>
    compareRanked(a.score, a.item.rank, a.item.key, b.score, b.item.rank, b.item.key);
  const parentOf = parentLookup(items);
  const column = (id: RoadmapColumnId, title: string): RoadmapColumn => ({
    id,
    title,
    rules: ruleList.filter((r) => r.column === id).map((r) => r.description),
    total: entries[id].length,
    groups: buildGroupTree(entries[id], groupBy, {
      releases,
      labelOrder: options.labelOrder,
      parentOf,
      compare,
    }),
  });

  return {
    ok: true,
    value: {
      today,
      currentRelease: current,
      nextRelease: releases.next,
      groupBy,
      columns: [column('now', 'Now'), column('next', 'Next'), column('later', 'Later')],
      excluded,
      rules: ruleList,
      warnings: checked.value.warnings,
    },
  };
}

const EMPTY: ReadonlySet<string> = new Set();
