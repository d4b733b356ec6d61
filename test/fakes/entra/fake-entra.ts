/**
 * A local Entra ID authority for MSAL Node, on 127.0.0.1 over plain http. MSAL insists on https
 * authorities, so MSAL keeps its real authority (login.microsoftonline.com or a national cloud) and
 * `networkClient` rewrites those hosts to this server (toolchain-facts §4, variant F): production
 * configuration is unchanged apart from the injected network module.
 *
 * Tokens are RS256 JWTs signed by an oauth2-mock-server issuer (its JWKS is served), shaped like
 * Entra's: `tid`, `oid`, `preferred_username`, `scp`, and `client_info` in the token response so MSAL
 * computes `homeAccountId` as `oid.tid`. Serves instance discovery, OIDC metadata, authorize (PKCE,
 * nonce), token (authorization_code, refresh_token, device_code) and devicecode.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Issuer } from 'oauth2-mock-server';
import { FAKE_TENANT_ID } from '../graph/fake-tenant';
import { createEntraRoutes, type FakeEntraState } from './entra-routes';
import { createRedirectingNetworkClient, type RedirectingNetworkModule } from '../../../electron/core/auth/redirecting-network-client';

export interface FakeEntraUser {
  oid: string;
  tid: string;
  username: string;
  name: string;
}

export const FAKE_ADMIN: FakeEntraUser = { oid: '0b7c8d9e-1f20-4a3b-9c4d-5e6f7a8b9c0d', tid: FAKE_TENANT_ID, username: 'admin@contoso-fake.test', name: 'Fake Admin' };
export const FAKE_AUDITOR: FakeEntraUser = { oid: '1c8d9e0f-2031-4b4c-8d5e-6f7a8b9c0d1e', tid: FAKE_TENANT_ID, username: 'auditor@contoso-fake.test', name: 'Fake Auditor' };

/** Hosts whose https traffic the network client sends here: the four clouds' login hosts. */
export const ENTRA_HOSTS = ['login.microsoftonline.com', 'login.microsoftonline.us', 'login.chinacloudapi.cn'];

export interface FakeEntraOptions {
  /** How many `authorization_pending` answers a device-code poll gets before tokens (default 1). */
  pendingPolls?: number;
  /** Access-token lifetime in seconds (default 3600). */
  tokenLifetimeSeconds?: number;
}

export interface FakeEntra {
  /** http://127.0.0.1:PORT */
  url: string;
  /** For MSAL's `system.networkClient`: sends Entra hosts' traffic here. */
  networkClient: RedirectingNetworkModule;
  /** The user the next interactive or device-code sign-in authenticates as. */
  signInAs(user: FakeEntraUser): void;
  /** A headless system browser: follows /authorize and form_posts the code to MSAL's loopback listener. */
  openBrowser(url: string): Promise<void>;
  /** Invalidates every refresh token, as a password reset or revoked session does. */
  revokeRefreshTokens(): void;
  /** Every request path the authority served (no bodies: they carry codes and tokens). */
  requests: string[];
  close(): Promise<void>;
}

export async function startFakeEntra(options: FakeEntraOptions = {}): Promise<FakeEntra> {
  const issuer = new OAuth2Issuer();
  await issuer.keys.generate('RS256');
  const state: FakeEntraState = {
    base: '',
    issuer,
    currentUser: FAKE_ADMIN,
    codes: new Map(),
    refreshTokens: new Map(),
    deviceCodes: new Map(),
    pendingPolls: options.pendingPolls ?? 1,
    tokenLifetime: options.tokenLifetimeSeconds ?? 3600,
    requests: [],
  };
  const handle = createEntraRoutes(state);
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'server_error', error_description: error instanceof Error ? error.message : String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const networkClient = createRedirectingNetworkClient(ENTRA_HOSTS, state.base);

  return {
    url: state.base,
    networkClient,
    requests: state.requests,
    signInAs: (user) => void (state.currentUser = user),
    revokeRefreshTokens: () => state.refreshTokens.clear(),
    openBrowser: async (authorizeUrl) => {
      const response = await fetch(networkClient.rewrite(authorizeUrl), { redirect: 'manual' });
      const location = response.headers.get('location');
      if (!location) throw new Error(`The fake authority did not redirect (${response.status})`);
      const redirect = new URL(location);
      const loopback = new URL('/', redirect);
      if (loopback.hostname === 'localhost') loopback.hostname = '127.0.0.1';
      await fetch(loopback, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: redirect.searchParams.toString() });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** PKCE S256: base64url(sha256(verifier)). */
export function pkceChallenge(verifier: string): string {
  return crypto.createHash('sha256').update(verifier).digest('base64url');
}
