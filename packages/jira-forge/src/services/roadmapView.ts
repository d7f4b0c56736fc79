import { groupRoadmap, type RoadmapEntry, type RoadmapGroup, renderRoadmapHtml } from '@trailmap/core';
import { type AppResult, fail, ok } from '../errors/appError';
import type { JiraClient } from '../jira/jiraClient';
import type { JiraVersion } from '../jira/jiraSchemas';
import { listVersions } from '../jira/versionOperations';
import { releaseFromJiraVersion } from '../mapping/fromJiraVersion';
import type { Settings } from '../storage/settings';
import { readBacklog } from './planningInputs';

/** One card on the board or row in the backlog table. */
export interface RoadmapCard {
  key: string;
  title: string;
  score: number | undefined;
  points: number | undefined;
  status: string;
  release: string | undefined;
}

/** What `roadmap/render` returns. */
export interface RoadmapViewData {
  columns: Array<{ title: string; rules: string[]; cards: RoadmapCard[] }>;
  /** Open issues by score, highest first (unscored last). */
  backlog: RoadmapCard[];
  versions: JiraVersion[];
  /** Core's self-contained roadmap page (board + timeline, no scripts). */
  html: string;
}

/**
 * Builds the project's Now / Next / Later board, ranked backlog and core's roadmap HTML.
 *
 * @example
 * await roadmapView(jira, settings, 'PM', '2026-01-10');
 */
export async function roadmapView(
  jira: JiraClient,
  settings: Settings,
  projectKey: string,
  today: string,
): Promise<AppResult<RoadmapViewData>> {
  const backlog = await readBacklog(jira, settings, projectKey);
  if (!backlog.ok) return backlog;
  const versions = await listVersions(jira, projectKey);
  if (!versions.ok) return versions;
  const releases = versions.value.map(releaseFromJiraVersion);
  const { items, scores } = backlog.value;
  const board = groupRoadmap(items, { today, releases, scores });
  if (!board.ok) return fail({ kind: 'planning_failed', problems: board.problems });
  const card = (key: string): RoadmapCard => {
    const i = items.find((x) => x.key === key)!;
    return {
      key,
      title: i.title,
      score: scores.get(key),
      points: i.estimate?.value,
      status: i.status,
      release: i.release,
    };
  };
  const columns = board.value.columns.map((c) => ({
    title: c.title,
    rules: [...c.rules],
    cards: c.groups.flatMap((g) => flattenGroup(g)).map((e) => card(e.item.key)),
  }));
  const ranked = [...items]
    .sort(
      (a, b) =>
        (scores.get(b.key) ?? -Infinity) - (scores.get(a.key) ?? -Infinity) ||
        a.key.localeCompare(b.key, 'en', { numeric: true }),
    )
    .map((i) => card(i.key));
  const html = renderRoadmapHtml({ items, today, releases, scores, title: `${projectKey} roadmap` });
  return ok({ columns, backlog: ranked, versions: versions.value, html });
}

// Board groups nest (theme → epic …); the page lists each column's cards flat, in board order.
function flattenGroup(g: RoadmapGroup<RoadmapEntry>): RoadmapEntry[] {
  return g.groups.length > 0 ? g.groups.flatMap(flattenGroup) : [...g.items];
}
