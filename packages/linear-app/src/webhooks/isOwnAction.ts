/** Who "we" are in a workspace: the OAuth client and the app user Linear created for it. */
export interface AppIdentity {
  clientId?: string | undefined;
  appUserId?: string | undefined;
  /** The OAuth application's id, as webhooks name `OauthClient` actors. */
  appActorId?: string | undefined;
}

/**
 * True when a webhook's actor is this app itself (the OAuth client, or the app user an
 * `actor=app` install acts as). Acting on such events would loop: we label an issue, Linear
 * sends an `Issue update` caused by us, we label again.
 *
 * @example
 * isOwnAction({ actor: { id: 'app-user', type: 'user' } }, { appUserId: 'app-user' }); // => true
 */
export function isOwnAction(
  event: { actor?: { id?: string | undefined; type?: string | undefined } | null | undefined },
  self: AppIdentity,
): boolean {
  const id = event.actor?.id;
  if (!id) return false;
  return id === self.appUserId || id === self.appActorId || id === self.clientId;
}
