// Public API of the render area: every HTML/CSS string core produces, and the one auto-escaping template.
export { escapeHtml, safeUrl, truncateText } from './escapeHtml';
export type { HtmlValue } from './html';
export { html, rawHtml, SafeHtml } from './html';
export type { BoardLimits } from './renderBoard';
export { renderBoardSection, renderCard } from './renderBoard';
export type { RoadmapHtmlInput } from './renderRoadmapHtml';
export { ROADMAP_CSP, renderRoadmapDocument, renderRoadmapHtml } from './renderRoadmapHtml';
export type { TimelineLimits } from './renderTimeline';
export { renderTimelineSection } from './renderTimeline';
export { ROADMAP_CSS } from './roadmapStyles';
