import crypto from 'node:crypto';
import type { AccountInfo, AuthenticationResult, INetworkModule, PublicClientApplication } from '@azure/msal-node';
import { AppError } from '../../../shared/errors';
import type { AccountSummary, AuthStatus, DeviceCodePrompt } from '../../../shared/ipc/contracts/auth';
import type { Logger } from '../logger';
import type { SecretBox } from '../platform';
import { loadAuthSettings, saveAuthSettings, type AuthSettings } from './auth-settings';
import { CLOUD_NAMES, CLOUDS, cloudEndpoints, type CloudEndpoints, type CloudName, type CustomEndpoints } from './clouds';
import { createEncryptedCachePlugin } from './encrypted-cache-plugin';
import { loadMsal, loadedMsal } from './msal';
import { toAuthAppError } from './msal-errors';
import { createRedirectingNetworkClient } from './redirecting-network-client';
import { DEFAULT_CLIENT_ID, READ_PERMISSIONS, WRITE_FEATURES, WRITE_PERMISSION, graphScopes, isClientId, isTenantSpecifier } from './scopes';

export interface AuthServiceOptions {
  dataDir: string;
  secrets: SecretBox;
  logger: Logger;
  /** Opens the authorize URL in the system browser; undefined where no browser can be opened. */
  openBrowser?: ((url: string) => Promise<void>) | undefined;
  /** A loopback authority (http://127.0.0.1:PORT) that replaces every cloud's login host: the local fake. */
  authorityEndpoint?: string | undefined;
  /** A loopback Graph (http://127.0.0.1:PORT) used instead of the cloud's Graph endpoint: the local fake. */
  graphEndpoint?: string | undefined;
  /** MSAL network module override (tests). */
  networkClient?: INetworkModule | undefined;
}

export interface SignInOptions {
  cloud?: CloudName | undefined;
  tenant?: string | undefined;
  clientId?: string | undefined;
  custom?: CustomEndpoints | undefined;
  write?: boolean | undefined;
}

/** A sign-in in progress: interactive ones only cancel; device-code ones also carry their result. */
interface SignInFlow {
  cancel: () => void;
  result?: Promise<AccountSummary>;
}

/** An interactive sign-in nobody finishes is given up after this long. */
const INTERACTIVE_TIMEOUT_MS = 10 * 60_000;

const LOGIN_HOSTS = [...new Set(Object.values(CLOUDS).map((cloud) => new URL(cloud.authorityHost).hostname))];

/**
 * Sign-in with MSAL Node (public client): interactive auth code + PKCE in the system browser with the
 * loopback redirect, or device code; several accounts, switch, sign out; silent tokens refreshed from
 * the encrypted cache, interaction only on InteractionRequiredAuthError. Tokens never leave this class
 * except to the Graph client through `getAccessToken`.
 */
export class AuthService {
  private settings: AuthSettings;
  private readonly clients = new Map<string, PublicClientApplication>();
  private readonly flows = new Map<string, SignInFlow>();
  private readonly networkClient: INetworkModule | undefined;

  constructor(private readonly options: AuthServiceOptions) {
    this.settings = loadAuthSettings(options.dataDir);
    this.networkClient = options.networkClient ?? (options.authorityEndpoint ? createRedirectingNetworkClient(LOGIN_HOSTS, options.authorityEndpoint) : undefined);
  }

  async status(): Promise<AuthStatus> {
    const accounts = await this.accounts();
    return {
      accounts,
      activeAccountId: accounts.find((account) => account.active)?.homeAccountId ?? null,
      clientId: this.settings.clientId,
      defaultClientId: DEFAULT_CLIENT_ID,
      cloud: this.settings.cloud,
      custom: this.settings.custom ?? null,
      clouds: CLOUD_NAMES.map((name) => ({ name, displayName: name === 'Custom' ? 'Custom endpoints' : CLOUDS[name].displayName })),
      readPermissions: [...READ_PERMISSIONS],
      writePermission: WRITE_PERMISSION,
      writeFeatures: [...WRITE_FEATURES],
      cacheProtection: this.options.secrets.protection,
      osProtected: this.options.secrets.osProtected,
      interactiveAvailable: this.options.openBrowser !== undefined,
    };
  }

  saveSettings(patch: { clientId?: string | undefined; cloud?: CloudName | undefined; custom?: CustomEndpoints | undefined }): void {
    if (patch.clientId !== undefined && !isClientId(patch.clientId)) throw new AppError('BAD_REQUEST', 'The client ID must be a GUID (the Application (client) ID of an app registration).');
    if (patch.cloud === 'Custom' || patch.custom) cloudEndpoints('Custom', patch.custom ?? this.settings.custom);
    this.settings = {
      ...this.settings,
      ...(patch.clientId !== undefined ? { clientId: patch.clientId.trim() } : {}),
      ...(patch.cloud !== undefined ? { cloud: patch.cloud } : {}),
      ...(patch.custom !== undefined ? { custom: patch.custom } : {}),
    };
    saveAuthSettings(this.options.dataDir, this.settings);
  }

  async accounts(): Promise<AccountSummary[]> {
    const cached = await (await this.client(CLOUDS.Global, this.settings.clientId)).getTokenCache().getAllAccounts();
    const known = cached.filter((account) => this.settings.accounts[account.homeAccountId]);
    const unique = new Map(known.map((account) => [account.homeAccountId, account]));
    return [...unique.values()].map((account) => this.summarize(account));
  }

  /**
   * Auth code + PKCE in the system browser; MSAL's loopback listener (127.0.0.1) receives the
   * form_post. Cancel (or the timeout) answers that listener with `access_denied` for the pending state,
   * so an abandoned browser tab never leaves a sign-in hanging.
   */
  async signInInteractive(request: SignInOptions & { flowId?: string | undefined }): Promise<AccountSummary> {
    const openBrowser = this.options.openBrowser;
    if (!openBrowser) throw new AppError('BAD_REQUEST', 'This window cannot open the system browser; sign in with a device code instead.');
    const { cloud, clientId, authority, scopes } = this.resolveRequest(request);
    const flowId = request.flowId ?? crypto.randomUUID();
    let pending: { redirectUri: string; state: string } | undefined;
    let cancelled = false;
    const cancel = () => {
      cancelled = true;
      if (pending) void answerLoopback(pending.redirectUri, { error: 'access_denied', error_description: 'Sign-in cancelled', state: pending.state });
    };
    const timer = setTimeout(cancel, INTERACTIVE_TIMEOUT_MS);
    this.flows.set(flowId, { cancel });
    try {
      const result = await (await this.client(cloud, clientId)).acquireTokenInteractive({
        scopes,
        authority,
        openBrowser: async (url) => {
          const params = new URL(url).searchParams;
          pending = { redirectUri: params.get('redirect_uri') ?? '', state: params.get('state') ?? '' };
          if (cancelled) return cancel();
          await openBrowser(url);
        },
        prompt: 'select_account',
        successTemplate: '<h1>Signed in</h1><p>You can close this window and return to Provisioning Workbench.</p>',
        errorTemplate: '<h1>Sign-in did not complete</h1><p>Return to Provisioning Workbench for details.</p>',
      });
      return this.remember(result, cloud.name, clientId, request.write ?? false);
    } catch (error) {
      if (cancelled) throw new AppError('BAD_REQUEST', 'Sign-in was cancelled.');
      throw toAuthAppError(error, 'Interactive sign-in failed');
    } finally {
      clearTimeout(timer);
      this.flows.delete(flowId);
    }
  }

  /** Starts a device-code sign-in; resolves with the code to show as soon as Entra issues it. */
  async startDeviceCode(request: SignInOptions): Promise<DeviceCodePrompt> {
    const { cloud, clientId, authority, scopes } = this.resolveRequest(request);
    const flowId = crypto.randomUUID();
    const msalRequest = {
      scopes,
      authority,
      cancel: false,
      deviceCodeCallback: (_response: { userCode: string; verificationUri: string; message: string; expiresIn: number }) => undefined as void,
    };
    const prompt = new Promise<DeviceCodePrompt>((resolve) => {
      msalRequest.deviceCodeCallback = (response) =>
        resolve({
          flowId,
          userCode: response.userCode,
          verificationUri: response.verificationUri,
          message: response.message,
          expiresAt: new Date(Date.now() + response.expiresIn * 1000).toISOString(),
        });
    });
    const result = this.client(cloud, clientId)
      .then((client) => client.acquireTokenByDeviceCode(msalRequest))
      .then((token) => {
        if (!token) throw new AppError('BAD_REQUEST', 'Device-code sign-in was cancelled.');
        return this.remember(token, cloud.name, clientId, request.write ?? false);
      })
      .catch((error: unknown) => {
        throw toAuthAppError(error, 'Device-code sign-in failed');
      });
    // Handled here so an abandoned flow is no unhandled rejection; completeDeviceCode still sees it.
    result.catch(() => undefined);
    this.flows.set(flowId, { cancel: () => void (msalRequest.cancel = true), result });
    // A failure before any code was issued (wrong client ID, unreachable authority) must surface here.
    return Promise.race([prompt, result.then(() => prompt)]);
  }

  async completeDeviceCode(flowId: string): Promise<AccountSummary> {
    const flow = this.flows.get(flowId);
    if (!flow?.result) throw new AppError('NOT_FOUND', 'That sign-in has already finished or was cancelled.');
    try {
      return await flow.result;
    } finally {
      this.flows.delete(flowId);
    }
  }

  cancelSignIn(flowId: string): boolean {
    const flow = this.flows.get(flowId);
    flow?.cancel();
    return flow !== undefined;
  }

  async switchAccount(homeAccountId: string): Promise<void> {
    if (!(await this.accounts()).some((account) => account.homeAccountId === homeAccountId)) throw new AppError('NOT_FOUND', 'That account is not signed in.');
    this.settings = { ...this.settings, activeAccountId: homeAccountId };
    saveAuthSettings(this.options.dataDir, this.settings);
  }

  async signOut(homeAccountId: string): Promise<void> {
    const cache = (await this.client(CLOUDS.Global, this.settings.clientId)).getTokenCache();
    const account = await cache.getAccountByHomeId(homeAccountId);
    if (account) await cache.removeAccount(account);
    const { [homeAccountId]: _removed, ...rest } = this.settings.accounts;
    const activeAccountId = this.settings.activeAccountId === homeAccountId ? Object.keys(rest)[0] : this.settings.activeAccountId;
    this.settings = { ...this.settings, accounts: rest, ...(activeAccountId ? { activeAccountId } : { activeAccountId: undefined }) };
    saveAuthSettings(this.options.dataDir, this.settings);
    this.options.logger.info('signed out', { tenantId: account?.tenantId });
  }

  async activeAccount(): Promise<AccountSummary | undefined> {
    return (await this.accounts()).find((account) => account.active);
  }

  /**
   * A Graph access token for the account (default: the active one), refreshed silently when needed.
   * `forceRefresh` skips MSAL's cached access token and redeems the refresh token: Graph answered 401
   * to the cached one (revoked, or expired early), so handing it back would only fail again.
   */
  async getAccessToken(homeAccountId?: string, options: { write?: boolean; forceRefresh?: boolean; scopes?: string[] } = {}): Promise<string> {
    const id = homeAccountId ?? this.settings.activeAccountId;
    const meta = id ? this.settings.accounts[id] : undefined;
    if (!id || !meta) throw new AppError('FORBIDDEN', 'No one is signed in. Sign in first (or pass an access token).');
    const cloud = this.cloudOf(meta.cloud);
    const client = await this.client(cloud, meta.clientId);
    const account = await client.getTokenCache().getAccountByHomeId(id);
    if (!account) throw new AppError('FORBIDDEN', 'That account is no longer signed in. Sign in again.');
    if (options.write && !meta.write) throw new AppError('FORBIDDEN', `This needs ${WRITE_PERMISSION}. Sign in again with write access turned on.`);
    try {
      const result = await client.acquireTokenSilent({
        account,
        // Another resource's scopes (Log Analytics) through the same account and refresh token.
        scopes: options.scopes ?? graphScopes(cloud.graphEndpoint, options.write ?? false),
        authority: `${cloud.authorityHost}/${account.tenantId}`,
        forceRefresh: options.forceRefresh ?? false,
      });
      if (options.forceRefresh) this.options.logger.info('access token refreshed on request', { tenantId: account.tenantId });
      return result.accessToken;
    } catch (error) {
      const msal = loadedMsal();
      if (msal && error instanceof msal.InteractionRequiredAuthError) this.options.logger.info('silent token needs interaction', { code: error.errorCode });
      throw toAuthAppError(error, `Could not get a token for ${account.username}`);
    }
  }

  /** Graph's v1.0 base for an account's cloud (or the configured local Graph). */
  graphBaseUrl(homeAccountId?: string): string {
    if (this.options.graphEndpoint) return `${this.options.graphEndpoint.replace(/\/+$/, '')}/v1.0`;
    const meta = this.settings.accounts[homeAccountId ?? this.settings.activeAccountId ?? ''];
    return `${this.cloudOf(meta?.cloud ?? this.settings.cloud).graphEndpoint}/v1.0`;
  }

  /** The cloud an account signed in to (default: the active account's). */
  cloudNameOf(homeAccountId?: string): CloudName | undefined {
    return this.settings.accounts[homeAccountId ?? this.settings.activeAccountId ?? '']?.cloud;
  }

  cloudOf(name: CloudName): CloudEndpoints {
    return cloudEndpoints(name, this.settings.custom);
  }

  private resolveRequest(request: SignInOptions) {
    const cloud = this.cloudOf(request.cloud ?? this.settings.cloud);
    const clientId = (request.clientId ?? this.settings.clientId).trim();
    if (!isClientId(clientId)) throw new AppError('BAD_REQUEST', 'The client ID must be a GUID.');
    const tenant = request.tenant?.trim() || 'organizations';
    if (!isTenantSpecifier(tenant)) throw new AppError('BAD_REQUEST', `"${tenant}" is not a tenant ID or domain.`);
    return { cloud, clientId, authority: `${cloud.authorityHost}/${tenant}`, scopes: graphScopes(cloud.graphEndpoint, request.write ?? false) };
  }

  private remember(result: AuthenticationResult, cloud: CloudName, clientId: string, write: boolean): AccountSummary {
    const account = result.account;
    if (!account) throw new AppError('INTERNAL', 'Sign-in returned no account.');
    this.settings = {
      ...this.settings,
      activeAccountId: account.homeAccountId,
      accounts: { ...this.settings.accounts, [account.homeAccountId]: { cloud, clientId, write } },
    };
    saveAuthSettings(this.options.dataDir, this.settings);
    this.options.logger.info('signed in', { tenantId: account.tenantId, cloud });
    return this.summarize(account);
  }

  private summarize(account: AccountInfo): AccountSummary {
    const meta = this.settings.accounts[account.homeAccountId];
    return {
      homeAccountId: account.homeAccountId,
      username: account.username,
      name: account.name ?? null,
      tenantId: account.tenantId,
      cloud: meta?.cloud ?? 'Global',
      write: meta?.write ?? false,
      active: account.homeAccountId === this.settings.activeAccountId,
    };
  }

  /** One MSAL client per authority host and client ID, all sharing the encrypted cache file. */
  private async client(cloud: CloudEndpoints, clientId: string): Promise<PublicClientApplication> {
    const key = `${cloud.authorityHost}|${clientId}`;
    let client = this.clients.get(key);
    if (!client) {
      const { LogLevel, PublicClientApplication } = await loadMsal();
      // Another call may have created it while MSAL loaded.
      const raced = this.clients.get(key);
      if (raced) return raced;
      const logger = this.options.logger.child('msal');
      client = new PublicClientApplication({
        auth: { clientId, authority: `${cloud.authorityHost}/organizations` },
        cache: { cachePlugin: createEncryptedCachePlugin(this.options.dataDir, this.options.secrets, () => logger.warn('token cache unreadable; sign in again')) },
        system: {
          ...(this.networkClient ? { networkClient: this.networkClient } : {}),
          loggerOptions: {
            piiLoggingEnabled: false,
            logLevel: LogLevel.Warning,
            loggerCallback: (level, message) => (level <= LogLevel.Error ? logger.warn(message) : logger.debug(message)),
          },
        },
      });
      this.clients.set(key, client);
    }
    return client;
  }
}

/** Posts an OAuth response to MSAL's loopback listener, as the browser would (form_post). */
async function answerLoopback(redirectUri: string, fields: Record<string, string>): Promise<void> {
  const url = new URL(redirectUri);
  if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  try {
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  } catch {
    // The listener is already gone: the sign-in finished on its own.
  }
}
