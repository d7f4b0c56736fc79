import { type HttpHandler, HttpResponse, http } from 'msw';
import type { FieldDetails, JiraIssue, JiraVersion } from '../../src/jira/jiraSchemas';
import { siteFields } from '../builders/jiraField';
import { compileJql } from './jql';

export const JIRA_BASE = 'https://trailmap-test.atlassian.net';
const api = (p: string) => `${JIRA_BASE}/rest/api/3${p}`;

interface Fault {
  method: string;
  pathPrefix: string;
  status: number;
  headers: Record<string, string>;
  remaining: number;
}

const errorBody = (messages: string[], status: number) =>
  HttpResponse.json({ errorMessages: messages, errors: {} }, { status });

/**
 * An in-memory Jira site behind msw: issues, fields, versions, properties and app field values,
 * answering in the spec's shapes. Tests seed it with builders and read its state afterwards.
 *
 * @example
 * const sim = new JiraSim(); sim.addIssue(jiraIssue({ key: 'PM-1' })); server.use(...sim.handlers());
 */
export class JiraSim {
  issues: JiraIssue[] = [];
  fields: FieldDetails[] = siteFields();
  versions: JiraVersion[] = [];
  projects = [{ id: '10000', key: 'PM', name: 'Product' }];
  properties = new Map<string, Map<string, unknown>>();
  comments = new Map<string, string[]>();
  /** Every `POST /issueLink` accepted, in order (a repeated request is recorded again, so tests can count). */
  links: Array<{ type: string; inward: string; outward: string }> = [];
  /** Server-side page cap when fields are requested (Jira returns fewer than asked). */
  pageCap = 100;
  private faults: Fault[] = [];

  addIssue(...issues: JiraIssue[]): void {
    this.issues.push(...issues.map((i) => structuredClone(i)));
    for (const i of issues) {
      for (const [k, v] of Object.entries(i.properties ?? {})) this.propertiesOf(i.id).set(k, v);
    }
  }

  issue(idOrKey: string): JiraIssue | undefined {
    return this.issues.find((i) => i.id === idOrKey || i.key === idOrKey);
  }

  propertiesOf(issueId: string): Map<string, unknown> {
    const existing = this.properties.get(issueId);
    if (existing) return existing;
    const created = new Map<string, unknown>();
    this.properties.set(issueId, created);
    return created;
  }

  /** The next `times` calls to `method pathPrefix…` answer `status` with `headers` (e.g. 429 + Retry-After). */
  fail(
    method: string,
    pathPrefix: string,
    status: number,
    headers: Record<string, string> = {},
    times = 1,
  ): void {
    this.faults.push({ method, pathPrefix, status, headers, remaining: times });
  }

  handlers(): HttpHandler[] {
    const faultGate = http.all(`${JIRA_BASE}/*`, ({ request }) => {
      const path = new URL(request.url).pathname;
      const fault = this.faults.find(
        (f) => f.remaining > 0 && f.method === request.method && path.startsWith(f.pathPrefix),
      );
      if (!fault) return undefined;
      fault.remaining--;
      return new HttpResponse(JSON.stringify({ errorMessages: ['Too many requests'], errors: {} }), {
        status: fault.status,
        headers: { 'Content-Type': 'application/json', ...fault.headers },
      });
    });

    return [
      faultGate,
      // Retired endpoints answer 410 so an accidental use fails loudly.
      http.all(api('/search'), () =>
        errorBody(['The requested API has been removed. See CHANGE-2046.'], 410),
      ),
      http.get(api('/field'), () => HttpResponse.json(this.fields)),
      http.post(api('/search/jql'), async ({ request }) => {
        const body = (await request.json()) as {
          jql: string;
          fields?: string[];
          maxResults?: number;
          nextPageToken?: string;
          properties?: string[];
        };
        const q = compileJql(body.jql);
        if (!q.ok) return errorBody([q.message], 400);
        let matched = this.issues.filter(q.filter);
        if (q.order) matched = [...matched].sort(q.order);
        const offset = body.nextPageToken
          ? Number(Buffer.from(body.nextPageToken, 'base64url').toString())
          : 0;
        const onlyIds = (body.fields ?? ['id']).every((f) => f === 'id' || f === 'key');
        const size = Math.min(body.maxResults ?? 50, onlyIds ? 5000 : this.pageCap);
        const page = matched.slice(offset, offset + size);
        const next =
          offset + size < matched.length
            ? Buffer.from(String(offset + size)).toString('base64url')
            : undefined;
        return HttpResponse.json({
          issues: page.map((i) => this.project(i, body.fields ?? ['id'], body.properties ?? [])),
          isLast: next === undefined,
          ...(next ? { nextPageToken: next } : {}),
        });
      }),
      http.post(api('/search/approximate-count'), async ({ request }) => {
        const { jql } = (await request.json()) as { jql: string };
        const q = compileJql(jql);
        if (!q.ok) return errorBody([q.message], 400);
        return HttpResponse.json({ count: this.issues.filter(q.filter).length });
      }),
      http.get(api('/issue/:key'), ({ params, request }) => {
        const issue = this.issue(String(params.key));
        if (!issue) return errorBody(['Issue does not exist or you do not have permission to see it.'], 404);
        const url = new URL(request.url);
        const fields = (url.searchParams.get('fields') ?? '*all').split(',');
        const props = url.searchParams.get('properties')?.split(',') ?? [];
        const out = this.project(issue, fields, props);
        if (url.searchParams.get('expand')?.includes('changelog'))
          out.changelog = issue.changelog ?? { histories: [] };
        return HttpResponse.json(out);
      }),
      http.put(api('/issue/:key'), async ({ params, request }) => {
        const issue = this.issue(String(params.key));
        if (!issue) return errorBody(['Issue does not exist or you do not have permission to see it.'], 404);
        const body = (await request.json()) as {
          update?: Record<string, Array<{ add?: unknown; remove?: unknown; set?: unknown }>>;
          fields?: Record<string, unknown>;
        };
        for (const [field, ops] of Object.entries(body.update ?? {})) {
          for (const op of ops) this.applyOperation(issue, field, op);
        }
        for (const [field, value] of Object.entries(body.fields ?? {})) issue.fields[field] = value;
        return new HttpResponse(null, { status: 204 });
      }),
      http.post(api('/issueLink'), async ({ request }) => {
        const body = (await request.json()) as {
          type: { name?: string };
          inwardIssue: { key?: string };
          outwardIssue: { key?: string };
        };
        const inward = this.issue(String(body.inwardIssue.key));
        const outward = this.issue(String(body.outwardIssue.key));
        if (!inward || !outward) return errorBody(['Issue does not exist.'], 404);
        const type = String(body.type.name);
        if (type !== 'Duplicate' && type !== 'Relates')
          return errorBody([`No issue link type with name '${type}' found.`], 404);
        const id = String(10000 + this.links.length);
        this.links.push({ type, inward: inward.key, outward: outward.key });
        // Each side lists the link with the other issue, as `fields.issuelinks` does in Jira.
        const linkType = { name: type };
        const push = (issue: JiraIssue, link: Record<string, unknown>) => {
          const list = Array.isArray(issue.fields.issuelinks) ? issue.fields.issuelinks : [];
          issue.fields.issuelinks = [...list, { id, type: linkType, ...link }];
        };
        push(inward, { outwardIssue: { id: outward.id, key: outward.key } });
        push(outward, { inwardIssue: { id: inward.id, key: inward.key } });
        return new HttpResponse(null, { status: 201 });
      }),
      http.post(api('/issue/:key/comment'), async ({ params, request }) => {
        const issue = this.issue(String(params.key));
        if (!issue) return errorBody(['Issue does not exist.'], 404);
        const body = (await request.json()) as { body: unknown };
        const list = this.comments.get(issue.key) ?? [];
        list.push(JSON.stringify(body.body));
        this.comments.set(issue.key, list);
        return HttpResponse.json(
          { id: String(list.length), body: body.body, created: '2026-01-07T10:00:00.000+0000' },
          { status: 201 },
        );
      }),
      http.get(api('/issue/:key/properties/:prop'), ({ params }) => {
        const issue = this.issue(String(params.key));
        const props = issue && this.properties.get(issue.id);
        const key = String(params.prop);
        if (!props?.has(key)) return errorBody([`The property with key '${key}' does not exist.`], 404);
        return HttpResponse.json({ key, value: props.get(key) });
      }),
      http.put(api('/issue/:key/properties/:prop'), async ({ params, request }) => {
        const issue = this.issue(String(params.key));
        if (!issue) return errorBody(['Issue does not exist.'], 404);
        const props = this.propertiesOf(issue.id);
        const created = !props.has(String(params.prop));
        props.set(String(params.prop), await request.json());
        return new HttpResponse(null, { status: created ? 201 : 200 });
      }),
      http.post(api('/app/field/value'), async ({ request }) => {
        const body = (await request.json()) as {
          updates: Array<{ customField: string; issueIds: number[]; value: unknown }>;
        };
        for (const u of body.updates) {
          if (!this.fields.some((f) => f.id === u.customField))
            return errorBody([`Field ${u.customField} not found`], 404);
          for (const id of u.issueIds) {
            const issue = this.issue(String(id));
            if (!issue) return errorBody([`Issue ${id} not found`], 400);
            issue.fields[u.customField] = u.value;
          }
        }
        return new HttpResponse(null, { status: 204 });
      }),
      http.put(api('/app/field/:field/value'), async ({ params, request }) => {
        const field = String(params.field);
        if (!this.fields.some((f) => f.id === field)) return errorBody([`Field ${field} not found`], 404);
        const body = (await request.json()) as { updates: Array<{ issueIds: number[]; value: unknown }> };
        for (const u of body.updates) {
          for (const id of u.issueIds) {
            const issue = this.issue(String(id));
            if (!issue) return errorBody([`Issue ${id} not found`], 400);
            issue.fields[field] = u.value;
          }
        }
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(api('/project/:key'), ({ params }) => {
        const p = this.projects.find((x) => x.key === params.key || x.id === params.key);
        return p
          ? HttpResponse.json({ ...p, style: 'classic', simplified: false })
          : errorBody(['No project could be found.'], 404);
      }),
      http.get(api('/project/:key/version'), ({ params, request }) => {
        const p = this.projects.find((x) => x.key === params.key || x.id === params.key);
        if (!p) return errorBody(['No project could be found.'], 404);
        const url = new URL(request.url);
        const startAt = Number(url.searchParams.get('startAt') ?? 0);
        const max = Number(url.searchParams.get('maxResults') ?? 50);
        const all = this.versions.filter((v) => v.projectId === Number(p.id));
        const values = all.slice(startAt, startAt + max);
        return HttpResponse.json({
          values,
          startAt,
          maxResults: max,
          total: all.length,
          isLast: startAt + max >= all.length,
        });
      }),
      http.post(api('/version'), async ({ request }) => {
        const body = (await request.json()) as Omit<JiraVersion, 'id'>;
        if (this.versions.some((v) => v.projectId === body.projectId && v.name === body.name)) {
          return errorBody([], 400);
        }
        const v = {
          ...body,
          released: body.released ?? false,
          archived: body.archived ?? false,
          id: String(20000 + this.versions.length),
        };
        this.versions.push(v);
        return HttpResponse.json(v, { status: 201 });
      }),
      http.put(api('/version/:id'), async ({ params, request }) => {
        const v = this.versions.find((x) => x.id === params.id);
        if (!v) return errorBody(['Could not find version.'], 404);
        Object.assign(v, (await request.json()) as Partial<JiraVersion>);
        return HttpResponse.json(v);
      }),
    ];
  }

  private applyOperation(
    issue: JiraIssue,
    field: string,
    op: { add?: unknown; remove?: unknown; set?: unknown },
  ) {
    const current = Array.isArray(issue.fields[field]) ? [...(issue.fields[field] as unknown[])] : [];
    const same = (a: unknown, b: unknown) =>
      typeof a === 'object' && a && typeof b === 'object' && b
        ? (a as { id?: string }).id === (b as { id?: string }).id
        : a === b;
    if (op.set !== undefined) issue.fields[field] = op.set;
    if (op.add !== undefined) {
      const value =
        field === 'fixVersions'
          ? { ...this.versions.find((v) => v.id === (op.add as { id: string }).id) }
          : op.add;
      if (!current.some((c) => same(c, value))) current.push(value);
      issue.fields[field] = current;
    }
    if (op.remove !== undefined) issue.fields[field] = current.filter((c) => !same(c, op.remove));
  }

  private project(issue: JiraIssue, fields: string[], props: string[]): JiraIssue {
    const all = fields.includes('*all') || fields.includes('*navigable');
    const picked = all
      ? { ...issue.fields }
      : Object.fromEntries(fields.filter((f) => f in issue.fields).map((f) => [f, issue.fields[f]]));
    const properties = Object.fromEntries(
      props.flatMap((p) =>
        this.properties.get(issue.id)?.has(p) ? [[p, this.properties.get(issue.id)!.get(p)]] : [],
      ),
    );
    return { id: issue.id, key: issue.key, fields: picked, ...(props.length ? { properties } : {}) };
  }
}
