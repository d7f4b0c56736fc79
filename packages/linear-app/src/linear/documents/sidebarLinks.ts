import { z } from 'zod';
import { defineDocument } from '../linearDocument';
import { nestedOf } from './connection';

/**
 * Attaches a Trailmap page to an issue. Linear keys attachments by (issue, url): creating the same
 * url again updates the existing one, so this is idempotent per URL by construction.
 */
export const CreateAttachment = defineDocument<
  { attachmentCreate: { success: boolean; attachment: { id: string; url: string } } },
  { input: { issueId: string; title: string; url: string; subtitle?: string; iconUrl?: string } }
>(
  /* GraphQL */ `
  mutation CreateAttachment($input: AttachmentCreateInput!) {
    attachmentCreate(input: $input) { success attachment { id url } }
  }`,
  z.object({
    attachmentCreate: z.object({
      success: z.boolean(),
      attachment: z.object({ id: z.string(), url: z.string() }),
    }),
  }),
);

const LinkSchema = z.object({ id: z.string(), url: z.string(), label: z.string() });

/** The resource links already on a project, so the app adds its own only once. */
export const ProjectLinks = defineDocument<
  { project: { id: string; externalLinks: { nodes: z.infer<typeof LinkSchema>[] } } },
  { id: string }
>(
  /* GraphQL */ `
  query ProjectLinks($id: String!) {
    project(id: $id) { id externalLinks(first: 100) { nodes { id url label } pageInfo { hasNextPage } } }
  }`,
  z.object({ project: z.object({ id: z.string(), externalLinks: nestedOf(LinkSchema) }) }),
);

/** The resource links already on an initiative. */
export const InitiativeLinks = defineDocument<
  { initiative: { id: string; links: { nodes: z.infer<typeof LinkSchema>[] } } },
  { id: string }
>(
  /* GraphQL */ `
  query InitiativeLinks($id: String!) {
    initiative(id: $id) { id links(first: 100) { nodes { id url label } pageInfo { hasNextPage } } }
  }`,
  z.object({ initiative: z.object({ id: z.string(), links: nestedOf(LinkSchema) }) }),
);

/** Adds a link to a project's or initiative's resources in the Linear sidebar. */
export const CreateExternalLink = defineDocument<
  { entityExternalLinkCreate: { success: boolean; entityExternalLink: z.infer<typeof LinkSchema> } },
  { input: { url: string; label: string; projectId?: string; initiativeId?: string } }
>(
  /* GraphQL */ `
  mutation CreateExternalLink($input: EntityExternalLinkCreateInput!) {
    entityExternalLinkCreate(input: $input) { success entityExternalLink { id url label } }
  }`,
  z.object({ entityExternalLinkCreate: z.object({ success: z.boolean(), entityExternalLink: LinkSchema }) }),
);

/** Updates a link's URL (a re-signed page link) without creating a second entry. */
export const UpdateExternalLink = defineDocument<
  { entityExternalLinkUpdate: { success: boolean } },
  { id: string; input: { url: string; label: string } }
>(
  /* GraphQL */ `
  mutation UpdateExternalLink($id: String!, $input: EntityExternalLinkUpdateInput!) {
    entityExternalLinkUpdate(id: $id, input: $input) { success }
  }`,
  z.object({ entityExternalLinkUpdate: z.object({ success: z.boolean() }) }),
);

/** Removes an attachment (the old one, after a renewed link was attached). */
export const DeleteAttachment = defineDocument<{ attachmentDelete: { success: boolean } }, { id: string }>(
  /* GraphQL */ `
  mutation DeleteAttachment($id: String!) {
    attachmentDelete(id: $id) { success }
  }`,
  z.object({ attachmentDelete: z.object({ success: z.boolean() }) }),
);
