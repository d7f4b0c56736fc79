import { z } from 'zod';
import { defineDocument } from '../linearDocument';
import { connectionOf } from './connection';

const LabelSchema = z.object({
  id: z.string(),
  name: z.string(),
  team: z.object({ id: z.string() }).nullable(),
});
export type LabelNode = z.infer<typeof LabelSchema>;

/**
 * Labels with a given name usable in a team: the team's own and workspace labels (team null).
 * Linear compares `eqIgnoreCase`, matching how its UI dedupes label names.
 */
export const LabelsByName = defineDocument<
  { issueLabels: { nodes: LabelNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { name: string; teamId: string }
>(
  /* GraphQL */ `
  query LabelsByName($name: String!, $teamId: ID!) {
    issueLabels(
      first: 50
      filter: { name: { eqIgnoreCase: $name }, or: [{ team: { id: { eq: $teamId } } }, { team: { null: true } }] }
    ) {
      nodes { id name team { id } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  z.object({ issueLabels: connectionOf(LabelSchema) }),
);

/**
 * Creates a label. The caller passes a deterministic `id` (UUID derived from workspace + name), so
 * a retried job that crashed after the create cannot make a second label with the same name.
 */
export const CreateLabel = defineDocument<
  { issueLabelCreate: { success: boolean; issueLabel: LabelNode } },
  { input: { id: string; name: string; teamId?: string; color?: string; description?: string } }
>(
  /* GraphQL */ `
  mutation CreateLabel($input: IssueLabelCreateInput!) {
    issueLabelCreate(input: $input) { success issueLabel { id name team { id } } }
  }`,
  z.object({ issueLabelCreate: z.object({ success: z.boolean(), issueLabel: LabelSchema }) }),
);

/** Adds one label to an issue, leaving every other label in place. */
export const AddLabel = defineDocument<
  { issueAddLabel: { success: boolean } },
  { issueId: string; labelId: string }
>(
  /* GraphQL */ `
  mutation AddLabel($issueId: String!, $labelId: String!) {
    issueAddLabel(id: $issueId, labelId: $labelId) { success }
  }`,
  z.object({ issueAddLabel: z.object({ success: z.boolean() }) }),
);

/** Label names by id: a webhook's `updatedFrom.labelIds` carries ids only. */
export const LabelsByIds = defineDocument<
  { issueLabels: { nodes: LabelNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { ids: string[] }
>(
  /* GraphQL */ `
  query LabelsByIds($ids: [ID!]!) {
    issueLabels(first: 250, includeArchived: true, filter: { id: { in: $ids } }) {
      nodes { id name team { id } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  z.object({ issueLabels: connectionOf(LabelSchema) }),
);
