import type { Result } from '@trailmap/core';
import { z } from 'zod';

/** Linear's OAuth endpoints (PLATFORMS.md §3.5). */
export const LINEAR_AUTHORIZE_URL = 'https://linear.app/oauth/authorize';
export const LINEAR_TOKEN_URL = 'https://api.linear.app/oauth/token';
export const LINEAR_REVOKE_URL = 'https://api.linear.app/oauth/revoke';
export const LINEAR_GRAPHQL_URL = 'https://api.linear.app/graphql';

const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive().optional(),
  refresh_token: z.string().min(1).optional(),
  scope: z.union([z.string(), z.array(z.string())]).transform((s) => (Array.isArray(s) ? s.join(',') : s)),
});

/** Tokens returned by the code exchange or a refresh. */
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

/** Failure codes of the token endpoint, as data. */
export type OAuthProblemCode = 'invalid_grant' | 'rejected' | 'unavailable';

type OAuthResult<T> = Result<T, { field: string; code: OAuthProblemCode; message: string }>;

/** Client credentials and transport. `fetch` is injectable for tests; msw intercepts the global one. */
export interface OAuthClientConfig {
  clientId: string;
  clientSecret: string;
  fetch?: typeof fetch;
}

async function postToken(
  cfg: OAuthClientConfig,
  form: Record<string, string>,
): Promise<OAuthResult<TokenResponse>> {
  let response: Response;
  try {
    response = await (cfg.fetch ?? fetch)(LINEAR_TOKEN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ ...form, client_id: cfg.clientId, client_secret: cfg.clientSecret }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    return problem('unavailable', `Linear token endpoint unreachable: ${String(error)}`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const code = z.object({ error: z.string() }).safeParse(body).data?.error;
    if (code === 'invalid_grant')
      return problem(
        'invalid_grant',
        'Linear refused the grant (code or refresh token invalid, expired or revoked)',
      );
    if (response.status >= 500 || response.status === 429)
      return problem('unavailable', `Linear token endpoint answered ${response.status}`);
    return problem(
      'rejected',
      `Linear token endpoint answered ${response.status}${code ? ` (${code})` : ''}`,
    );
  }
  const parsed = TokenResponseSchema.safeParse(body);
  if (!parsed.success) return problem('rejected', 'Linear token endpoint returned an unexpected body');
  return { ok: true, value: parsed.data };
}

/**
 * Exchanges an authorization code (with its PKCE verifier) for tokens.
 *
 * @example
 * const r = await exchangeCode(cfg, { code, codeVerifier, redirectUri: 'https://t.example/oauth/callback' });
 */
export function exchangeCode(
  cfg: OAuthClientConfig,
  input: { code: string; codeVerifier: string; redirectUri: string },
): Promise<OAuthResult<TokenResponse>> {
  return postToken(cfg, {
    grant_type: 'authorization_code',
    code: input.code,
    redirect_uri: input.redirectUri,
    code_verifier: input.codeVerifier,
  });
}

/**
 * Trades a refresh token for new tokens. Linear rotates refresh tokens: the old one stops
 * working once this succeeds, so the caller must store the new one before anything else uses it.
 */
export function refreshTokens(
  cfg: OAuthClientConfig,
  refreshToken: string,
): Promise<OAuthResult<TokenResponse>> {
  return postToken(cfg, { grant_type: 'refresh_token', refresh_token: refreshToken });
}

/** Revokes a token at Linear. Resolves true when Linear confirmed (or the token was already invalid). */
export async function revokeToken(
  cfg: Pick<OAuthClientConfig, 'fetch'>,
  accessToken: string,
): Promise<boolean> {
  try {
    const response = await (cfg.fetch ?? fetch)(LINEAR_REVOKE_URL, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${accessToken}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ token: accessToken, token_type_hint: 'access_token' }),
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok || response.status === 400 || response.status === 401;
  } catch {
    return false;
  }
}

const ViewerSchema = z.object({
  data: z.object({
    viewer: z.object({ id: z.string() }),
    organization: z.object({ id: z.string(), name: z.string(), urlKey: z.string().optional() }),
  }),
});

/** The workspace a token belongs to, and the app's own user there (for ignoring self-caused events). */
export interface TokenOwner {
  organizationId: string;
  organizationName: string;
  urlKey: string | undefined;
  appUserId: string;
  /** Id of our OAuth application, as webhook `actor.id` shows it for `OauthClient` actors. */
  appActorId: string | undefined;
}

/**
 * Asks Linear which workspace a fresh access token belongs to.
 *
 * @example
 * const owner = await fetchTokenOwner({}, token); // { organizationId: '…', appUserId: '…', … }
 */
export async function fetchTokenOwner(
  cfg: Pick<OAuthClientConfig, 'fetch'> & { clientId?: string },
  accessToken: string,
): Promise<OAuthResult<TokenOwner>> {
  try {
    const response = await postGraphql(cfg, accessToken, {
      operationName: 'TrailmapInstallViewer',
      query: 'query TrailmapInstallViewer { viewer { id } organization { id name urlKey } }',
    });
    const parsed = ViewerSchema.safeParse(await response.json().catch(() => undefined));
    if (!response.ok || !parsed.success)
      return problem('unavailable', `Linear GraphQL answered ${response.status}`);
    const { viewer, organization } = parsed.data.data;
    return {
      ok: true,
      value: {
        organizationId: organization.id,
        organizationName: organization.name,
        urlKey: organization.urlKey,
        appUserId: viewer.id,
        appActorId: cfg.clientId ? await fetchAppActorId(cfg, accessToken, cfg.clientId) : undefined,
      },
    };
  } catch (error) {
    return problem('unavailable', `Linear GraphQL unreachable: ${String(error)}`);
  }
}

const AppInfoSchema = z.object({ data: z.object({ applicationInfo: z.object({ id: z.string() }) }) });

/**
 * Best effort: the OAuth application's own id (`applicationInfo`), which is what webhooks name as
 * the actor when the app acts as an `OauthClient`. Missing it only weakens loop detection.
 */
async function fetchAppActorId(
  cfg: Pick<OAuthClientConfig, 'fetch'>,
  accessToken: string,
  clientId: string,
): Promise<string | undefined> {
  try {
    const response = await postGraphql(cfg, accessToken, {
      operationName: 'TrailmapAppInfo',
      query: 'query TrailmapAppInfo($clientId: String!) { applicationInfo(clientId: $clientId) { id } }',
      variables: { clientId },
    });
    return AppInfoSchema.safeParse(await response.json().catch(() => undefined)).data?.data.applicationInfo
      .id;
  } catch {
    return undefined;
  }
}

/**
 * Posts one install-time GraphQL query with the fresh access token, under the same 10 s limit as
 * the token calls. Callers check the answer themselves and catch network failures: a missing
 * owner is an error, a missing app id is not.
 */
function postGraphql(
  cfg: Pick<OAuthClientConfig, 'fetch'>,
  accessToken: string,
  request: { operationName: string; query: string; variables?: Record<string, unknown> },
): Promise<Response> {
  return (cfg.fetch ?? fetch)(LINEAR_GRAPHQL_URL, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(10_000),
  });
}

function problem<T>(code: OAuthProblemCode, message: string): OAuthResult<T> {
  return { ok: false, problems: [{ field: 'oauth', code, message }] };
}
