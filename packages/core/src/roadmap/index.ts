// Public API of the roadmap area: explicit named exports only.
export type { RiskOptions } from './assessRisks.ts';
export { assessRisks } from './assessRisks.ts';
export { fromDayNumber, isCalendarDate, toDayNumber } from './calendar.ts';
export { compareByScoreThenRank, compareKeys, compareRanked } from './compareEntries.ts';
export type { Dependency } from './dependencies.ts';
export { collectDependencies } from './dependencies.ts';
export { escapeHtml, safeUrl, truncateText } from './escapeHtml.ts';
export type { GroupRoadmapOptions, RoadmapBoard, RoadmapColumn, RoadmapEntry } from './groupRoadmap.ts';
export { groupRoadmap } from './groupRoadmap.ts';
export type { RoadmapGroup } from './groupTree.ts';
export type { GroupValueOptions } from './groupValue.ts';
export { fieldTitle, groupValue, noValueLabel, parentLookup, primaryLabel } from './groupValue.ts';
export type { LayoutTimelineOptions } from './layoutTimeline.ts';
export { layoutTimeline } from './layoutTimeline.ts';
export type { LaneInterval } from './packLanes.ts';
export { packLanes } from './packLanes.ts';
export type {
  ConfigPlacementRule,
  CustomPlacementRule,
  Placement,
  PlacementContext,
  PlacementRule,
  RoadmapColumnId,
} from './placementRules.ts';
export { defaultPlacementRules, describeRule, PlacementRuleSchema, ruleId } from './placementRules.ts';
export type { ReleaseContext } from './releaseContext.ts';
export { doneInRelease, releaseContext } from './releaseContext.ts';
export type { BoardLimits } from './renderBoard.ts';
export { renderBoardSection, renderCard } from './renderBoard.ts';
export type { RoadmapHtmlInput, RoadmapModel, RoadmapView } from './renderRoadmapHtml.ts';
export { buildRoadmap, ROADMAP_CSP, renderRoadmapDocument, renderRoadmapHtml } from './renderRoadmapHtml.ts';
export type { TimelineLimits } from './renderTimeline.ts';
export { renderTimelineSection } from './renderTimeline.ts';
export type { DateSource, Schedule } from './resolveSchedule.ts';
export { resolveSchedule } from './resolveSchedule.ts';
export { ROADMAP_CSS } from './roadmapStyles.ts';
export type { ProgressOptions } from './rollupProgress.ts';
export { rollupProgress } from './rollupProgress.ts';
export type {
  TimelineBar,
  TimelineEdge,
  TimelineLayout,
  TimelineMarker,
  TimelineSwimlane,
  UnscheduledItem,
} from './timelineTypes.ts';
export type { TimeBucketBox, TimelineBucket, TimeScale, TimeScaleOptions } from './timeScale.ts';
export { createTimeScale, DEFAULT_BUCKET_WIDTH, TIMELINE_BUCKETS } from './timeScale.ts';
export type {
  DateSpan,
  ExcludedItem,
  GroupField,
  Progress,
  RiskCode,
  RiskFlag,
  RoadmapLevel,
  RoadmapWarning,
} from './types.ts';
export { GROUP_FIELDS } from './types.ts';
export { validateViewOptions } from './validateViewOptions.ts';
