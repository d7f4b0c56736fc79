// Public API of the roadmap area: explicit named exports only.

// The calendar lives in core/src/calendar; roadmap callers keep these three names.
export { fromDayNumber, isCalendarDate, toDayNumber } from '../calendar/index';
export type { RiskOptions } from './assessRisks';
export { assessRisks } from './assessRisks';
export type { RoadmapInput, RoadmapModel, RoadmapView } from './buildRoadmap';
export { buildRoadmap } from './buildRoadmap';
export { compareByScoreThenRank, compareKeys, compareRanked } from './compareEntries';
export type { Dependency } from './dependencies';
export { collectDependencies } from './dependencies';
export type { GroupRoadmapOptions, RoadmapBoard, RoadmapColumn, RoadmapEntry } from './groupRoadmap';
export { groupRoadmap } from './groupRoadmap';
export type { RoadmapGroup } from './groupTree';
export type { GroupValueOptions } from './groupValue';
export { fieldTitle, groupValue, noValueLabel, parentLookup, primaryLabel } from './groupValue';
export { layoutTimeline } from './layoutTimeline';
export type { LayoutTimelineOptions } from './layoutTimelineOptions';
export type { LaneInterval } from './packLanes';
export { packLanes } from './packLanes';
export type {
  ConfigPlacementRule,
  CustomPlacementRule,
  Placement,
  PlacementContext,
  PlacementRule,
  RoadmapColumnId,
} from './placementRules';
export { defaultPlacementRules, describeRule, PlacementRuleSchema, ruleId } from './placementRules';
export type { ReleaseContext } from './releaseContext';
export { doneInRelease, releaseContext } from './releaseContext';
export type { DateSource, Schedule } from './resolveSchedule';
export { resolveSchedule } from './resolveSchedule';
export type { ProgressOptions } from './rollupProgress';
export { rollupProgress } from './rollupProgress';
export type {
  TimelineBar,
  TimelineEdge,
  TimelineLayout,
  TimelineMarker,
  TimelineSwimlane,
  UnscheduledItem,
} from './timelineTypes';
export type { TimeBucketBox, TimelineBucket, TimeScale, TimeScaleOptions } from './timeScale';
export { createTimeScale, DEFAULT_BUCKET_WIDTH, TIMELINE_BUCKETS } from './timeScale';
export type {
  DateSpan,
  ExcludedItem,
  GroupField,
  Progress,
  RiskCode,
  RiskFlag,
  RoadmapLevel,
  RoadmapWarning,
} from './types';
export { GROUP_FIELDS } from './types';
export { validateViewOptions } from './validateViewOptions';
