import { createJiraClient } from '../jira/jiraClient';
import type { Clients } from '../services/issueScore';

/**
 * Clients for one resolver invocation: reads and user-visible edits go as the user, so Jira
 * applies their permissions; app-owned field writes go as the app.
 *
 * @example
 * const clients = resolverClients();
 */
export function resolverClients(): Clients {
  return { user: createJiraClient({ actor: 'user' }), app: createJiraClient({ actor: 'app' }) };
}
