// Public API of the render area: every HTML/CSS string core produces, and the one auto-escaping template.
export { escapeHtml, safeUrl, truncateText } from './escapeHtml';
export { type HtmlValue, html, rawHtml, SafeHtml } from './html';
export { type BoardLimits, renderBoardSection, renderCard } from './renderBoard';
export {
  ROADMAP_CSP,
  type RoadmapHtmlInput,
  renderRoadmapDocument,
  renderRoadmapHtml,
} from './renderRoadmapHtml';
export { renderTimelineSection, type TimelineLimits } from './renderTimeline';
export { ROADMAP_CSS } from './roadmapStyles';
