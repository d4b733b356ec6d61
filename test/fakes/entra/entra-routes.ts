import crypto from 'node:crypto';
import type http from 'node:http';
import type { OAuth2Issuer } from 'oauth2-mock-server';
import type { FakeEntraUser } from './fake-entra';

export interface FakeEntraState {
  base: string;
  issuer: OAuth2Issuer;
  currentUser: FakeEntraUser;
  codes: Map<string, { user: FakeEntraUser; clientId: string; challenge: string | undefined; nonce: string | undefined; scope: string }>;
  refreshTokens: Map<string, { user: FakeEntraUser; clientId: string; scope: string }>;
  deviceCodes: Map<string, { user: FakeEntraUser; clientId: string; scope: string; polls: number }>;
  pendingPolls: number;
  tokenLifetime: number;
  requests: string[];
}

const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function oauthError(res: http.ServerResponse, error: string, description: string): void {
  json(res, 400, { error, error_description: `AADSTS00000: ${description}`, error_codes: [0], timestamp: new Date().toISOString() });
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function resourceScopes(scope: string): string {
  return scope.split(' ').filter((s) => s && !OIDC_SCOPES.has(s)).join(' ');
}

export function createEntraRoutes(state: FakeEntraState) {
  const issue = async (res: http.ServerResponse, user: FakeEntraUser, clientId: string, scope: string, nonce?: string) => {
    const now = Math.floor(Date.now() / 1000);
    const iss = `${state.base}/${user.tid}/v2.0`;
    state.issuer.url = state.base;
    const granted = resourceScopes(scope);
    const accessToken = await state.issuer.buildToken({
      expiresIn: state.tokenLifetime,
      scopesOrTransform: (_header, payload) =>
        Object.assign(payload, {
          iss,
          aud: 'https://graph.microsoft.com',
          tid: user.tid,
          oid: user.oid,
          upn: user.username,
          name: user.name,
          scp: granted.split(' ').map((s) => s.replace(/^https:\/\/[^/]+\//, '')).join(' '),
          appid: clientId,
          // Entra's unique token id: two tokens issued in the same second still differ.
          uti: crypto.randomBytes(16).toString('base64url'),
        }),
    });
    const idToken = await state.issuer.buildToken({
      expiresIn: state.tokenLifetime,
      scopesOrTransform: (_header, payload) =>
        Object.assign(payload, {
          iss,
          aud: clientId,
          sub: crypto.createHash('sha256').update(`${user.oid}:${clientId}`).digest('base64url'),
          tid: user.tid,
          oid: user.oid,
          preferred_username: user.username,
          name: user.name,
          ver: '2.0',
          iat: now,
          ...(nonce ? { nonce } : {}),
        }),
    });
    const refreshToken = crypto.randomBytes(24).toString('base64url');
    state.refreshTokens.set(refreshToken, { user, clientId, scope });
    json(res, 200, {
      token_type: 'Bearer',
      scope: granted,
      expires_in: state.tokenLifetime,
      ext_expires_in: state.tokenLifetime,
      access_token: accessToken,
      refresh_token: refreshToken,
      id_token: idToken,
      client_info: Buffer.from(JSON.stringify({ uid: user.oid, utid: user.tid })).toString('base64url'),
    });
  };

  const token = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const form = await readForm(req);
    const grant = form.get('grant_type');
    const clientId = form.get('client_id') ?? '';
    if (grant === 'authorization_code') {
      const entry = state.codes.get(form.get('code') ?? '');
      if (!entry) return oauthError(res, 'invalid_grant', 'The authorization code is invalid or was already redeemed.');
      state.codes.delete(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      if (entry.challenge && crypto.createHash('sha256').update(verifier).digest('base64url') !== entry.challenge) {
        return oauthError(res, 'invalid_grant', 'The code_verifier does not match the code_challenge.');
      }
      if (entry.clientId !== clientId) return oauthError(res, 'invalid_client', 'The code was issued to another client.');
      return issue(res, entry.user, clientId, form.get('scope') ?? entry.scope, entry.nonce);
    }
    if (grant === 'refresh_token') {
      const key = form.get('refresh_token') ?? '';
      const entry = state.refreshTokens.get(key);
      if (!entry) return oauthError(res, 'invalid_grant', 'The refresh token has expired or was revoked.');
      state.refreshTokens.delete(key);
      return issue(res, entry.user, clientId, form.get('scope') ?? entry.scope);
    }
    if (grant === 'device_code' || grant === 'urn:ietf:params:oauth:grant-type:device_code') {
      const key = form.get('device_code') ?? '';
      const entry = state.deviceCodes.get(key);
      if (!entry) return oauthError(res, 'expired_token', 'The device code has expired.');
      entry.polls += 1;
      if (entry.polls <= state.pendingPolls) return oauthError(res, 'authorization_pending', 'The user has not yet completed sign-in.');
      state.deviceCodes.delete(key);
      return issue(res, entry.user, clientId, form.get('scope') ?? entry.scope);
    }
    return oauthError(res, 'unsupported_grant_type', `Grant ${grant ?? '(none)'} is not supported by the fake authority.`);
  };

  const deviceCode = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const form = await readForm(req);
    const device = crypto.randomBytes(24).toString('base64url');
    const userCode = crypto.randomBytes(4).toString('hex').toUpperCase();
    state.deviceCodes.set(device, { user: state.currentUser, clientId: form.get('client_id') ?? '', scope: form.get('scope') ?? '', polls: 0 });
    json(res, 200, {
      user_code: userCode,
      device_code: device,
      verification_uri: 'https://microsoft.com/devicelogin',
      expires_in: 900,
      interval: 1,
      message: `To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ${userCode} to authenticate.`,
    });
  };

  const authorize = (url: URL, res: http.ServerResponse) => {
    const redirectUri = url.searchParams.get('redirect_uri');
    if (!redirectUri || !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(redirectUri)) {
      return oauthError(res, 'invalid_request', 'redirect_uri must be a loopback address for a public client.');
    }
    const code = crypto.randomBytes(24).toString('base64url');
    state.codes.set(code, {
      user: state.currentUser,
      clientId: url.searchParams.get('client_id') ?? '',
      challenge: url.searchParams.get('code_challenge') ?? undefined,
      nonce: url.searchParams.get('nonce') ?? undefined,
      scope: url.searchParams.get('scope') ?? '',
    });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    const stateParam = url.searchParams.get('state');
    if (stateParam) target.searchParams.set('state', stateParam);
    res.writeHead(302, { location: target.href });
    res.end();
  };

  return async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', state.base);
    state.requests.push(url.pathname);
    const host = String(req.headers['x-original-host'] ?? 'login.microsoftonline.com');
    const origin = `https://${host}`;
    let match = /^\/([^/]+)\/discovery\/instance$/.exec(url.pathname);
    if (match && req.method === 'GET') {
      return json(res, 200, {
        tenant_discovery_endpoint: `${origin}/{tenant}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
      });
    }
    match = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    if (match && req.method === 'GET') {
      const tenant = match[1] ?? 'common';
      return json(res, 200, {
        issuer: `${origin}/${/^[0-9a-f-]{36}$/.test(tenant) ? tenant : '{tenantid}'}/v2.0`,
        authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
        device_authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/devicecode`,
        end_session_endpoint: `${origin}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        response_modes_supported: ['query', 'fragment', 'form_post'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
      });
    }
    if (/\/discovery\/v2\.0\/keys$/.test(url.pathname)) return json(res, 200, { keys: state.issuer.keys.toJSON() });
    if (/\/oauth2\/v2\.0\/authorize$/.test(url.pathname) && req.method === 'GET') return authorize(url, res);
    if (/\/oauth2\/v2\.0\/token$/.test(url.pathname) && req.method === 'POST') return token(req, res);
    if (/\/oauth2\/v2\.0\/devicecode$/.test(url.pathname) && req.method === 'POST') return deviceCode(req, res);
    if (/\/oauth2\/v2\.0\/logout$/.test(url.pathname)) return json(res, 200, {});
    return json(res, 404, { error: 'not_found', error_description: `The fake authority does not serve ${url.pathname}` });
  };
}
