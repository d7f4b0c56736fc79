import { z } from 'zod';
import { defineDocument } from '../linearDocument';

/** The workspace a credential belongs to: API-key mode learns its organization id from it. */
export const ViewerOrganization = defineDocument<{ organization: { id: string } }, Record<string, never>>(
  /* GraphQL */ `
  query ViewerOrganization {
    organization { id }
  }`,
  z.object({ organization: z.object({ id: z.string() }) }),
);
