// How the tests call the app's resolvers: as a UI `invoke(functionKey, payload)` reaches them,
// with the answer shape every resolver function returns.
import { adminResolver } from '../src/entry/admin-page/resolver';
import { panelResolver } from '../src/entry/issue-panel/resolver';
import { projectResolver } from '../src/entry/project-page/resolver';

/** What a resolver function answers. */
export type ResolverAnswer<T> =
  | { ok: true; data: T }
  | { ok: false; error: { kind: string; message: string } };

const caller =
  (resolver: (request: never) => unknown) =>
  <T = unknown>(functionKey: string, payload: unknown) =>
    resolver({ call: { functionKey, payload }, context: {} } as never) as Promise<ResolverAnswer<T>>;

/** Calls a function of the issue panel's resolver. */
export const panelCall = caller(panelResolver as never);
/** Calls a function of the project page's resolver. */
export const projectCall = caller(projectResolver as never);
/** Calls a function of the admin page's resolver. */
export const adminCall = caller(adminResolver as never);
