// Public API of the roadmap area: explicit named exports only.

// The calendar lives in core/src/calendar; roadmap callers keep these three names.
export { fromDayNumber, isCalendarDate, toDayNumber } from '../calendar/index';
export { assessRisks, type RiskOptions } from './assessRisks';
export { buildRoadmap, type RoadmapInput, type RoadmapModel, type RoadmapView } from './buildRoadmap';
export { compareByScoreThenRank, compareKeys, compareRanked } from './compareEntries';
export { collectDependencies, type Dependency } from './dependencies';
export {
  type GroupRoadmapOptions,
  groupRoadmap,
  type RoadmapBoard,
  type RoadmapColumn,
  type RoadmapEntry,
} from './groupRoadmap';
export type { RoadmapGroup } from './groupTree';
export {
  fieldTitle,
  type GroupValueOptions,
  groupValue,
  noValueLabel,
  parentLookup,
  primaryLabel,
} from './groupValue';
export { layoutTimeline } from './layoutTimeline';
export type { LayoutTimelineOptions } from './layoutTimelineOptions';
export { type LaneInterval, packLanes } from './packLanes';
export {
  type ConfigPlacementRule,
  type CustomPlacementRule,
  defaultPlacementRules,
  describeRule,
  type Placement,
  type PlacementContext,
  type PlacementRule,
  PlacementRuleSchema,
  type RoadmapColumnId,
  ruleId,
} from './placementRules';
export { doneInRelease, type ReleaseContext, releaseContext } from './releaseContext';
export { type DateSource, resolveSchedule, type Schedule } from './resolveSchedule';
export { type ProgressOptions, rollupProgress } from './rollupProgress';
export type {
  TimelineBar,
  TimelineEdge,
  TimelineLayout,
  TimelineMarker,
  TimelineSwimlane,
  UnscheduledItem,
} from './timelineTypes';
export {
  createTimeScale,
  DEFAULT_BUCKET_WIDTH,
  TIMELINE_BUCKETS,
  type TimeBucketBox,
  type TimelineBucket,
  type TimeScale,
  type TimeScaleOptions,
} from './timeScale';
export {
  type DateSpan,
  type ExcludedItem,
  GROUP_FIELDS,
  type GroupField,
  type Progress,
  type RiskCode,
  type RiskFlag,
  type RoadmapLevel,
  type RoadmapWarning,
} from './types';
export { validateViewOptions } from './validateViewOptions';
export { type ViewBasis, viewBasis } from './viewBasis';
