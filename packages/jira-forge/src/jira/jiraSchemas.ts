import { z } from 'zod';

/**
 * The subset of Jira's `IssueBean` the app reads. Fields stay an open record because custom
 * field ids (`customfield_10016`) differ per site; the mapping file picks them by discovered id.
 *
 * @example
 * JiraIssueSchema.parse({ id: '10001', key: 'PM-1', fields: { summary: 'Bulk edit' } });
 */
export const JiraIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.record(z.string(), z.unknown()).default({}),
  properties: z.record(z.string(), z.unknown()).optional(),
  changelog: z
    .object({
      histories: z
        .array(
          z.object({
            id: z.string().optional(),
            author: z.object({ accountId: z.string().optional() }).partial().optional(),
            items: z.array(
              z.object({
                field: z.string(),
                fieldId: z.string().optional(),
                fromString: z.string().nullable().optional(),
                toString: z.string().nullable().optional(),
              }),
            ),
          }),
        )
        .default([]),
    })
    .optional(),
});
export type JiraIssue = z.infer<typeof JiraIssueSchema>;

/**
 * `SearchAndReconcileResults` from `POST /rest/api/3/search/jql`: no total, token on all but the last page.
 *
 * @example
 * SearchResultsSchema.parse({ issues: [], isLast: true });
 */
export const SearchResultsSchema = z.object({
  issues: z.array(JiraIssueSchema).default([]),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});
export type SearchResults = z.infer<typeof SearchResultsSchema>;

/**
 * One `FieldDetails` entry from `GET /rest/api/3/field`.
 *
 * @example
 * FieldDetailsSchema.parse({ id: 'customfield_10016', name: 'Story point estimate', custom: true });
 */
export const FieldDetailsSchema = z.object({
  id: z.string(),
  key: z.string().optional(),
  name: z.string(),
  custom: z.boolean().default(false),
  clauseNames: z.array(z.string()).default([]),
  schema: z
    .object({ type: z.string(), custom: z.string().optional(), customId: z.number().optional() })
    .partial()
    .optional(),
});
export type FieldDetails = z.infer<typeof FieldDetailsSchema>;

/** The whole `GET /rest/api/3/field` answer. */
export const FieldListSchema = z.array(FieldDetailsSchema);

/**
 * A Jira `Version` (release) as read back.
 *
 * @example
 * JiraVersionSchema.parse({ id: '10000', name: 'v1.4', released: false, archived: false });
 */
export const JiraVersionSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  projectId: z.number().optional(),
  startDate: z.string().optional(),
  releaseDate: z.string().optional(),
  released: z.boolean().default(false),
  archived: z.boolean().default(false),
});
export type JiraVersion = z.infer<typeof JiraVersionSchema>;

/** `PageBeanVersion` from `GET /rest/api/3/project/{key}/version`. */
export const VersionPageSchema = z.object({
  values: z.array(JiraVersionSchema).default([]),
  isLast: z.boolean().optional(),
  startAt: z.number().optional(),
  maxResults: z.number().optional(),
  total: z.number().optional(),
});

/** `{ count }` from `POST /rest/api/3/search/approximate-count`. */
export const ApproximateCountSchema = z.object({ count: z.number().int().nonnegative() });

/** `EntityProperty` from `GET /rest/api/3/issue/{key}/properties/{propertyKey}`. */
export const EntityPropertySchema = z.object({ key: z.string().optional(), value: z.unknown() });

/** The project fields the app needs (`GET /rest/api/3/project/{key}`). */
export const JiraProjectSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string().optional(),
  style: z.string().optional(),
  simplified: z.boolean().optional(),
});
export type JiraProject = z.infer<typeof JiraProjectSchema>;
