import {
  CreateAttachment,
  CreateExternalLink,
  InitiativeLinks,
  ProjectLinks,
} from '../../linear/documents/sidebarLinks';
import type { LinearApi, LinearApiError } from '../../linear/linearApi';
import type { PageSigner } from '../../security/pageSigner';
import type { SqlExecutor } from '../../storage/store';

/** Where sidebar links point and how long they stay valid. */
export interface LinkTarget {
  pageSigner: PageSigner;
  publicUrl: string;
  ttlSeconds: number;
  now: number;
}

/** Whether a link was added now (`created`) or was already there; or why Linear refused it. */
export type LinkOutcome = { ok: true; created: boolean } | { ok: false; error: LinearApiError };

/** Label of the link Trailmap adds to projects and initiatives. */
export const ROADMAP_LINK_LABEL = 'Roadmap timeline';

/**
 * Adds "Roadmap timeline" to a project's or initiative's resources (`entityExternalLinkCreate`),
 * pointing at its signed roadmap page. Idempotent: skipped when the app's link is already there
 * (recorded in `sidebar_links`, or found among the entity's links by label and our host).
 *
 * @example
 * await addRoadmapLink(api, db, { organizationId, entity: 'project', id }, target);
 */
export async function addRoadmapLink(
  api: LinearApi,
  db: SqlExecutor,
  p: { organizationId: string; entity: 'project' | 'initiative'; id: string },
  target: LinkTarget,
): Promise<LinkOutcome> {
  const key: LinkKey = { organizationId: p.organizationId, entityType: p.entity, entityId: p.id };
  if (await recorded(db, key)) return { ok: true, created: false };
  const existing =
    p.entity === 'project'
      ? await api
          .request(ProjectLinks, { id: p.id })
          .then((r) => (r.ok ? { ok: true as const, links: r.value.project.externalLinks.nodes } : r))
      : await api
          .request(InitiativeLinks, { id: p.id })
          .then((r) => (r.ok ? { ok: true as const, links: r.value.initiative.links.nodes } : r));
  if (!existing.ok) return existing;
  const ours = existing.links.find(
    (l) => l.label === ROADMAP_LINK_LABEL && l.url.startsWith(target.publicUrl),
  );
  if (ours) {
    await record(db, key, { url: ours.url, linearId: ours.id }, target.now);
    return { ok: true, created: false };
  }
  const url = `${target.publicUrl}${target.pageSigner.signPath(`/roadmap/${p.organizationId}/${p.entity}/${p.id}`, target.ttlSeconds, target.now)}`;
  const input = {
    url,
    label: ROADMAP_LINK_LABEL,
    ...(p.entity === 'project' ? { projectId: p.id } : { initiativeId: p.id }),
  };
  const created = await api.request(CreateExternalLink, { input });
  if (!created.ok) return created;
  await record(
    db,
    key,
    { url, linearId: created.value.entityExternalLinkCreate.entityExternalLink.id },
    target.now,
  );
  return { ok: true, created: true };
}

/**
 * Attaches the issue's signed score page (Reach from customers, score explanation) to the issue.
 * Once recorded in `sidebar_links` it is not sent again; a job that crashed between the create
 * and the record re-sends it, and Linear keys attachments by (issue, url), so that updates the
 * same attachment rather than adding a second one.
 *
 * @example
 * await attachScorePage(api, db, { organizationId, issueId, identifier }, target);
 */
export async function attachScorePage(
  api: LinearApi,
  db: SqlExecutor,
  p: { organizationId: string; issueId: string; identifier: string },
  target: LinkTarget,
): Promise<LinkOutcome> {
  return attachSignedPage(api, db, SCORE_PAGE, p.organizationId, p.issueId, target);
}

/**
 * Attaches the issue's signed experiment page (verdicts, lift chart) to the issue named by `idea`
 * (an identifier like `ENG-12` or an id; Linear's `attachmentCreate` accepts both). Idempotent like
 * `attachScorePage`: recorded once per (workspace, issue), and a retry the same day re-sends the
 * same URL, which Linear keys to the same attachment.
 *
 * @example
 * await attachExperimentPage(api, db, { organizationId, idea: 'ENG-12' }, target);
 */
export async function attachExperimentPage(
  api: LinearApi,
  db: SqlExecutor,
  p: { organizationId: string; idea: string },
  target: LinkTarget,
): Promise<LinkOutcome> {
  return attachSignedPage(api, db, EXPERIMENT_PAGE, p.organizationId, p.idea, target);
}

/** A signed page attached to an issue: its `sidebar_links` row, its path, and how Linear shows it. */
interface SignedPage {
  entityType: string;
  entityId: (issue: string) => string;
  path: (organizationId: string, issue: string) => string;
  title: string;
  subtitle: string;
}

const SCORE_PAGE: SignedPage = {
  entityType: 'issue',
  entityId: (issueId) => issueId,
  path: (organizationId, issueId) => `/score/${organizationId}/issue/${issueId}`,
  title: 'Trailmap score',
  subtitle: 'Reach from customer requests, score and roadmap',
};

const EXPERIMENT_PAGE: SignedPage = {
  // Its own row, apart from the score page's; an identifier and an id of one issue share it.
  entityType: 'issue-experiment',
  entityId: (idea) => idea.toLowerCase(),
  path: (organizationId, idea) => `/experiments/${organizationId}/issue/${encodeURIComponent(idea)}`,
  title: 'Trailmap experiments',
  subtitle: 'Experiment results and verdicts',
};

/**
 * The one way a signed page is attached to an issue: skipped once recorded in `sidebar_links`;
 * otherwise `attachmentCreate` with the page's URL, then recorded.
 */
async function attachSignedPage(
  api: LinearApi,
  db: SqlExecutor,
  page: SignedPage,
  organizationId: string,
  issue: string,
  target: LinkTarget,
): Promise<LinkOutcome> {
  const key: LinkKey = { organizationId, entityType: page.entityType, entityId: page.entityId(issue) };
  if (await recorded(db, key)) return { ok: true, created: false };
  // Signed as of the start of the day, so a retry the same day produces the very same URL.
  const signedAt = Math.floor(target.now / 86_400_000) * 86_400_000;
  const path = page.path(organizationId, issue);
  const url = `${target.publicUrl}${target.pageSigner.signPath(path, target.ttlSeconds, signedAt)}`;
  const created = await api.request(CreateAttachment, {
    input: { issueId: issue, url, title: page.title, subtitle: page.subtitle },
  });
  if (!created.ok) return created;
  await record(db, key, { url, linearId: created.value.attachmentCreate.attachment.id }, target.now);
  return { ok: true, created: true };
}

/** A row of `sidebar_links`: one link per entity per workspace. */
interface LinkKey {
  organizationId: string;
  entityType: string;
  entityId: string;
}

async function recorded(db: SqlExecutor, key: LinkKey): Promise<string | undefined> {
  const row = await db.get<{ url: string }>(
    'SELECT url FROM sidebar_links WHERE organization_id = ? AND entity_type = ? AND entity_id = ?',
    [key.organizationId, key.entityType, key.entityId],
  );
  return row?.url;
}

async function record(db: SqlExecutor, key: LinkKey, link: { url: string; linearId: string }, now: number) {
  await db.run(
    `INSERT INTO sidebar_links (organization_id, entity_type, entity_id, url, linear_id, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (organization_id, entity_type, entity_id) DO NOTHING`,
    [key.organizationId, key.entityType, key.entityId, link.url, link.linearId, now],
  );
}
