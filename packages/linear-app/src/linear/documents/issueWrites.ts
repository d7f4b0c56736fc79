import { z } from 'zod';
import { defineDocument } from '../linearDocument';

/** Posts a comment (the classifier's confidence and duplicate suggestions). */
export const CreateComment = defineDocument<
  { commentCreate: { success: boolean; comment: { id: string } } },
  { input: { id: string; issueId: string; body: string } }
>(
  /* GraphQL */ `
  mutation CreateComment($input: CommentCreateInput!) {
    commentCreate(input: $input) { success comment { id } }
  }`,
  z.object({ commentCreate: z.object({ success: z.boolean(), comment: z.object({ id: z.string() }) }) }),
);

/** Links two issues (`duplicate`, `related`, `blocks`). */
export const CreateRelation = defineDocument<
  { issueRelationCreate: { success: boolean; issueRelation: { id: string } } },
  { input: { id: string; issueId: string; relatedIssueId: string; type: 'duplicate' | 'related' | 'blocks' } }
>(
  /* GraphQL */ `
  mutation CreateRelation($input: IssueRelationCreateInput!) {
    issueRelationCreate(input: $input) { success issueRelation { id } }
  }`,
  z.object({
    issueRelationCreate: z.object({ success: z.boolean(), issueRelation: z.object({ id: z.string() }) }),
  }),
);

/** Moves an issue into a cycle and/or a project milestone; nothing else is touched. */
export const MoveIssue = defineDocument<
  { issueUpdate: { success: boolean; issue: { id: string; cycle: { id: string } | null } | null } },
  { id: string; input: { cycleId?: string | null; projectMilestoneId?: string | null } }
>(
  /* GraphQL */ `
  mutation MoveIssue($id: String!, $input: IssueUpdateInput!) {
    issueUpdate(id: $id, input: $input) { success issue { id cycle { id } } }
  }`,
  z.object({
    issueUpdate: z.object({
      success: z.boolean(),
      issue: z.object({ id: z.string(), cycle: z.object({ id: z.string() }).nullable() }).nullable(),
    }),
  }),
);
