import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { sharedPath } from './sharedPath';

// Tests read the shared spec in place; it is never copied into the repo.
const SPEC_FILE = 'specs/jira-platform-openapi.json';
export const SPEC_PATH = sharedPath(SPEC_FILE);
export const SPEC_AVAILABLE = SPEC_PATH !== undefined;
export const SPEC_SKIP_REASON = `Jira OpenAPI spec ${SPEC_FILE} not found in the shared material; REST fidelity checks skipped`;

interface Parameter {
  name: string;
  in: string;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type PathItem = Record<string, Operation> & { parameters?: Parameter[] };
interface Spec {
  paths: Record<string, PathItem>;
}

/** One recorded Jira REST call and whatever the spec says is wrong with it. */
export interface CheckedCall {
  method: string;
  path: string;
  template: string | undefined;
  operationId: string | undefined;
  query: Record<string, string[]>;
  body: unknown;
  violations: string[];
}

interface Template {
  template: string;
  regex: RegExp;
  params: number;
  item: PathItem;
}

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

/**
 * Checks requests against the Jira OpenAPI spec: path template, method, query parameter names and
 * the JSON request body (validated with Ajv against the operation's `requestBody` schema, $refs
 * resolved inside the spec).
 *
 * @example
 * const v = loadSpecValidator();
 * v.check('PUT', new URL('https://x.atlassian.net/rest/api/3/issue/PM-1'), { update: { labels: [{ add: 'a' }] } });
 */
export function loadSpecValidator() {
  if (!SPEC_PATH) throw new Error(SPEC_SKIP_REASON);
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'float', 'double'])
    ajv.addFormat(f, { type: 'number', validate: () => true });
  ajv.addSchema(spec as object, 'jira');
  const templates: Template[] = Object.entries(spec.paths).map(([template, item]) => ({
    template,
    item,
    params: (template.match(/\{[^}]+\}/g) ?? []).length,
    regex: new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
    ),
  }));
  const bodyValidators = new Map<string, ValidateFunction>();

  function check(method: string, url: URL, body: unknown): CheckedCall {
    const violations: string[] = [];
    const query: Record<string, string[]> = {};
    for (const [k, v] of url.searchParams) query[k] = [...(query[k] ?? []), v];
    // A literal path beats a templated one (`/search/jql` vs `/search/{id}`).
    const match = templates.filter((t) => t.regex.test(url.pathname)).sort((a, b) => a.params - b.params)[0];
    const call: CheckedCall = {
      method,
      path: url.pathname,
      template: match?.template,
      operationId: undefined,
      query,
      body,
      violations,
    };
    if (!match) {
      violations.push(`${method} ${url.pathname}: no such path in the Jira OpenAPI spec`);
      return call;
    }
    const op = match.item[method.toLowerCase()] as Operation | undefined;
    if (!op || typeof op !== 'object' || !('operationId' in op)) {
      violations.push(`${method} ${match.template}: method not in the spec`);
      return call;
    }
    call.operationId = op.operationId;
    const params = [...(match.item.parameters ?? []), ...(op.parameters ?? [])];
    for (const name of Object.keys(query)) {
      if (!params.some((p) => p.in === 'query' && p.name === name)) {
        violations.push(`${method} ${match.template}: unknown query parameter '${name}'`);
      }
    }
    const schema = op.requestBody?.content?.['application/json']?.schema;
    if (body === undefined) {
      if (op.requestBody?.required) violations.push(`${op.operationId}: request body required`);
      return call;
    }
    if (!op.requestBody) {
      violations.push(`${op.operationId}: sends a body the operation does not accept`);
      return call;
    }
    if (schema !== undefined) {
      const key = `${match.template} ${method}`;
      let validate = bodyValidators.get(key);
      if (!validate) {
        validate = ajv.compile({
          $ref: `jira#/paths/${pointer(match.template)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`,
        });
        bodyValidators.set(key, validate);
      }
      if (!validate(body)) {
        for (const e of validate.errors ?? []) {
          violations.push(
            `${op.operationId} body${e.instancePath}: ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`,
          );
        }
      }
    }
    return call;
  }

  const responseValidators = new Map<string, ValidateFunction>();

  /**
   * Checks a mocked response against the operation's response schema for that status, so the
   * fake Jira cannot drift from the real one's shapes.
   */
  function checkResponse(method: string, url: URL, status: number, body: unknown): string[] {
    const match = templates.filter((t) => t.regex.test(url.pathname)).sort((a, b) => a.params - b.params)[0];
    const op = match?.item[method.toLowerCase()] as Operation | undefined;
    if (!match || !op?.responses || body === undefined) return [];
    const code = op.responses[String(status)] ? String(status) : undefined;
    if (!code) {
      return status >= 400 ? [] : [`${op.operationId}: status ${status} is not a documented response`];
    }
    const schema = op.responses[code]?.content?.['application/json']?.schema;
    if (!schema || (typeof schema === 'object' && Object.keys(schema).length === 0)) return [];
    const key = `${match.template} ${method} ${code}`;
    let validate = responseValidators.get(key);
    if (!validate) {
      validate = ajv.compile({
        $ref: `jira#/paths/${pointer(match.template)}/${method.toLowerCase()}/responses/${code}/content/application~1json/schema`,
      });
      responseValidators.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) =>
        `${op.operationId} response ${code}${e.instancePath}: ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`,
    );
  }

  return { check, checkResponse, operationIds: () => templates.length };
}

function pointer(template: string): string {
  return template.replace(/~/g, '~0').replace(/\//g, '~1');
}
