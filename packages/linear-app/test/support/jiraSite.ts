import { loadSpecValidator, SPEC_AVAILABLE } from '@trailmap/test-support';
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { JiraConnection } from '../../src/config/env';

export const JIRA_BASE = 'https://acme-test.atlassian.net';

/** The Jira connection the suites configure: project SUP on the fake site, no organization pinned. */
export const SUP_CONNECTION: JiraConnection = {
  baseUrl: JIRA_BASE,
  email: 'bot@acme.test',
  apiToken: 'token',
  projects: ['SUP'],
  organizationId: undefined,
};

/** `text` as a one-paragraph Atlassian Document, the shape Jira returns descriptions in. */
export const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** A Jira issue as `POST /rest/api/3/search/jql` returns it with the duplicate fields. */
export interface SiteIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
}

/**
 * A small Jira Cloud site behind msw for the Linear app's cross-tracker tests: JQL search (token
 * paging; `project in (…)` honoured, `updated >= -Nm` treated as "everything") and remote links
 * kept by `globalId`, as Jira keeps them. Every request and response is checked against the Jira
 * OpenAPI spec (@trailmap/test-support), and `violations` collects what does not match.
 *
 * @example
 * const site = new JiraSite(); linear.server.use(...site.handlers());
 */
export class JiraSite {
  issues: SiteIssue[] = [];
  remoteLinks = new Map<string, { issueKey: string; body: Record<string, unknown> }>();
  calls: { method: string; path: string; body: unknown }[] = [];
  violations: string[] = [];
  private faults: {
    pathPrefix: string;
    status: number;
    headers: Record<string, string>;
    remaining: number;
  }[] = [];
  private validator = SPEC_AVAILABLE ? loadSpecValidator() : undefined;

  /** The next `times` calls under `pathPrefix` answer `status` (e.g. 429 with Retry-After). */
  fail(pathPrefix: string, status: number, headers: Record<string, string> = {}, times = 1): void {
    this.faults.push({ pathPrefix, status, headers, remaining: times });
  }

  handlers(): HttpHandler[] {
    const checked = async (request: Request, respond: (body: unknown) => Response): Promise<Response> => {
      const url = new URL(request.url);
      const text = await request.text();
      const body = text === '' ? undefined : (JSON.parse(text) as unknown);
      this.calls.push({ method: request.method, path: url.pathname, body });
      if (this.validator) this.violations.push(...this.validator.check(request.method, url, body).violations);
      const fault = this.faults.find((f) => f.remaining > 0 && url.pathname.startsWith(f.pathPrefix));
      if (fault) {
        fault.remaining--;
        return HttpResponse.json(
          { errorMessages: ['Rate limit exceeded.'], errors: {} },
          { status: fault.status, headers: fault.headers },
        );
      }
      const response = respond(body);
      const copy = response.clone();
      const out = await copy.text();
      if (this.validator && out)
        this.violations.push(
          ...this.validator.checkResponse(request.method, url, response.status, JSON.parse(out)),
        );
      return response;
    };
    return [
      http.post(`${JIRA_BASE}/rest/api/3/search/jql`, ({ request }) =>
        checked(request, (raw) => {
          const body = raw as { jql: string; fields?: string[]; maxResults?: number; nextPageToken?: string };
          const projects = /project in \(([^)]*)\)/
            .exec(body.jql)?.[1]
            ?.split(',')
            .map((p) => p.trim().replace(/"/g, ''));
          if (!projects)
            return HttpResponse.json({ errorMessages: ['Unbounded JQL'], errors: {} }, { status: 400 });
          const matched = this.issues.filter((i) => projects.includes(i.key.split('-')[0]!));
          const offset = body.nextPageToken ? Number(body.nextPageToken) : 0;
          const size = body.maxResults ?? 50;
          const page = matched.slice(offset, offset + size);
          const next = offset + size < matched.length ? String(offset + size) : undefined;
          const fields = body.fields ?? ['id'];
          return HttpResponse.json({
            issues: page.map((i) => ({
              id: i.id,
              key: i.key,
              fields: Object.fromEntries(Object.entries(i.fields).filter(([k]) => fields.includes(k))),
            })),
            isLast: next === undefined,
            ...(next ? { nextPageToken: next } : {}),
          });
        }),
      ),
      http.post(`${JIRA_BASE}/rest/api/3/issue/:key/remotelink`, ({ request, params }) =>
        checked(request, (raw) => {
          const key = String(params.key);
          if (!this.issues.some((i) => i.key === key))
            return HttpResponse.json(
              { errorMessages: ['Issue does not exist'], errors: {} },
              { status: 404 },
            );
          const body = raw as Record<string, unknown>;
          const globalId = String(body.globalId);
          const existing = this.remoteLinks.has(globalId);
          this.remoteLinks.set(globalId, { issueKey: key, body });
          const id = 10_000 + [...this.remoteLinks.keys()].indexOf(globalId);
          return HttpResponse.json(
            { id, self: `${JIRA_BASE}/rest/api/3/issue/${key}/remotelink/${id}` },
            { status: existing ? 200 : 201 },
          );
        }),
      ),
    ];
  }
}
