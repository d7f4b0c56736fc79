import { CreateAttachment, DeleteAttachment, UpdateExternalLink } from '../../linear/documents/sidebarLinks';
import type { LinearApi, LinearApiError } from '../../linear/linearApi';
import type { SqlExecutor } from '../../storage/store';
import { type LinkTarget, ROADMAP_LINK_LABEL } from './sidebarLinks';

/** Links are renewed when they would expire within this window. */
export const RENEW_BEFORE_MS = 30 * 86_400_000;

const PAGE_OF: Record<string, (org: string, id: string) => string> = {
  project: (org, id) => `/roadmap/${org}/project/${id}`,
  initiative: (org, id) => `/roadmap/${org}/initiative/${id}`,
  issue: (org, id) => `/score/${org}/issue/${id}`,
};

/**
 * Re-signs the links the app placed in Linear before they expire: a project's or initiative's
 * "Roadmap timeline" link is updated in place (`entityExternalLinkUpdate`); an issue attachment's
 * URL cannot be changed, so the new one is attached and the old one deleted. Returns how many
 * links were renewed.
 *
 * @example
 * await renewLinks(api, store, organizationId, target);
 */
export async function renewLinks(
  api: LinearApi,
  db: SqlExecutor,
  organizationId: string,
  target: LinkTarget,
): Promise<{ ok: true; renewed: number } | { ok: false; error: LinearApiError }> {
  const rows = await db.all<{ entity_type: string; entity_id: string; url: string; linear_id: string }>(
    'SELECT entity_type, entity_id, url, linear_id FROM sidebar_links WHERE organization_id = ?',
    [organizationId],
  );
  let renewed = 0;
  for (const row of rows) {
    const exp = Number(new URL(row.url).searchParams.get('exp'));
    const page = PAGE_OF[row.entity_type];
    if (!page || (Number.isFinite(exp) && exp * 1000 - target.now > RENEW_BEFORE_MS)) continue;
    const url = `${target.publicUrl}${target.pageSigner.signPath(page(organizationId, row.entity_id), target.ttlSeconds, target.now)}`;
    let linearId = row.linear_id;
    if (row.entity_type === 'issue') {
      const created = await api.request(CreateAttachment, {
        input: {
          issueId: row.entity_id,
          url,
          title: 'Trailmap score',
          subtitle: 'Reach from customer requests, score and roadmap',
        },
      });
      if (!created.ok) return created;
      linearId = created.value.attachmentCreate.attachment.id;
      const removed = await api.request(DeleteAttachment, { id: row.linear_id });
      if (!removed.ok && removed.error.code !== 'invalid_input') return removed;
    } else {
      const updated = await api.request(UpdateExternalLink, {
        id: row.linear_id,
        input: { url, label: ROADMAP_LINK_LABEL },
      });
      if (!updated.ok) return updated;
    }
    await db.run(
      'UPDATE sidebar_links SET url = ?, linear_id = ?, created_at = ? WHERE organization_id = ? AND entity_type = ? AND entity_id = ?',
      [url, linearId, target.now, organizationId, row.entity_type, row.entity_id],
    );
    renewed++;
  }
  return { ok: true, renewed };
}
