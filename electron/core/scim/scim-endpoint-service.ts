import type { ScimLogDetail, ScimProfileSummary, ScimResourceItem, ScimStatus } from '../../../shared/ipc/contracts/scim';
import { AppError } from '../../../shared/errors';
import { DEFAULT_PROFILE_ID, profileById, VENDOR_PROFILES } from '../../../shared/vendors';
import type { VendorProfile } from '../../../shared/scim/schema/types';
import type { RequestLogQuery } from '../db/scim/repositories/request-log';
import { ScimStore, scimStorePath } from '../db/scim/scim-store';
import type { Logger } from '../logger';
import type { SecretBox } from '../platform';
import { SCIM_BASE_PATH, startScimServer, type ScimServer } from './http/server';
import { resourceView } from './resource-view';
import { ScimTokenFile } from './scim-token-file';

export interface ScimEndpointOptions {
  dataDir: string;
  secrets: SecretBox;
  logger: Logger;
  /** better-sqlite3 binding for Electron's ABI, as the workspace uses. */
  nativeBinding?: string;
}

const HOST = '127.0.0.1';

function filterable(profile: VendorProfile, type: 'User' | 'Group'): string[] {
  return [...profile.resources[type].common, ...profile.resources[type].schema.attributes].filter((a) => a.filterable).map((a) => a.name);
}

/**
 * Runs the local SCIM endpoint inside the core for the UI: one server at a time, always on 127.0.0.1,
 * with a Secret Token that persists (encrypted) until the admin regenerates it.
 */
export class ScimEndpointService {
  private storeInstance: ScimStore | null = null;
  private server: ScimServer | null = null;
  private startedAt: string | null = null;
  private readonly tokens: ScimTokenFile;
  private token: string | null = null;

  constructor(private readonly options: ScimEndpointOptions) {
    this.tokens = new ScimTokenFile(options.dataDir, options.secrets);
  }

  private get store(): ScimStore {
    this.storeInstance ??= ScimStore.open(scimStorePath(this.options.dataDir), {
      logger: this.options.logger,
      ...(this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {}),
    });
    return this.storeInstance;
  }

  private currentToken(): string {
    this.token ??= this.tokens.load();
    return this.token;
  }

  private profile(): VendorProfile {
    return profileById(this.store.settings.get('profile') ?? DEFAULT_PROFILE_ID) ?? (profileById(DEFAULT_PROFILE_ID) as VendorProfile);
  }

  private port(): number {
    return Number(this.store.settings.get('port') ?? 0) || 0;
  }

  status(): ScimStatus {
    const profile = this.profile();
    const latest = this.store.log.latest();
    return {
      running: this.server !== null,
      tenantUrl: this.server?.tenantUrl ?? null,
      host: HOST,
      port: this.server?.port ?? this.port(),
      profileId: profile.id,
      profileName: profile.displayName,
      storeFile: this.store.file,
      users: this.store.users.countAll(),
      groups: this.store.groups.countAll(),
      loggedRequests: latest.count,
      latestSeq: latest.seq,
      tokenProtection: this.options.secrets.protection,
      startedAt: this.startedAt,
    };
  }

  profiles(): ScimProfileSummary[] {
    return VENDOR_PROFILES.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      description: p.description,
      filterableUserAttributes: filterable(p, 'User'),
      filterableGroupAttributes: filterable(p, 'Group'),
    }));
  }

  async start(request: { port?: number | undefined; profileId?: string | undefined }): Promise<ScimStatus> {
    if (request.profileId !== undefined && !profileById(request.profileId)) {
      throw new AppError('BAD_REQUEST', `Unknown vendor profile "${request.profileId}". Choose one of ${VENDOR_PROFILES.map((p) => p.id).join(', ')}.`);
    }
    await this.stop();
    if (request.profileId !== undefined) this.store.settings.set('profile', request.profileId);
    if (request.port !== undefined) this.store.settings.set('port', String(request.port));
    try {
      this.server = await startScimServer({ store: this.store, profile: this.profile(), token: this.currentToken(), host: HOST, port: this.port(), logger: this.options.logger });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE') throw new AppError('BAD_REQUEST', `Port ${this.port()} is already in use. Choose another port, or 0 for any free port.`);
      if (code === 'EACCES') throw new AppError('BAD_REQUEST', `Port ${this.port()} needs administrator rights. Choose a port above 1024, or 0.`);
      throw error;
    }
    this.startedAt = new Date().toISOString();
    return this.status();
  }

  async stop(): Promise<ScimStatus> {
    const server = this.server;
    this.server = null;
    this.startedAt = null;
    if (server) await server.close();
    return this.status();
  }

  revealToken(): { token: string } {
    return { token: this.currentToken() };
  }

  /** A new token takes effect at once: a running endpoint restarts on the same port with it. */
  async regenerateToken(): Promise<ScimStatus> {
    this.token = this.tokens.regenerate();
    if (this.server) {
      const port = this.server.port;
      await this.stop();
      this.store.settings.set('port', String(port));
      return this.start({});
    }
    return this.status();
  }

  log(query: { limit?: number | undefined; afterSeq?: number | undefined; method?: string | undefined; outcome?: 'success' | 'error' | undefined; pathContains?: string | undefined }) {
    const { outcome, limit, ...rest } = query;
    const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== '')) as Omit<RequestLogQuery, 'limit'>;
    return { entries: this.store.log.list({ ...clean, limit: limit ?? 200, ...(outcome ? { status: outcome } : {}) }), latestSeq: this.store.log.latest().seq };
  }

  logEntry(seq: number): ScimLogDetail {
    const entry = this.store.log.get(seq);
    if (!entry) throw new AppError('NOT_FOUND', `Request #${seq} is no longer in the log (the oldest entries are dropped).`);
    return entry;
  }

  resources(type: 'User' | 'Group', search: string | undefined, offset: number, limit: number): { total: number; items: ScimResourceItem[] } {
    const repo = type === 'User' ? this.store.users : this.store.groups;
    const { total, rows } = repo.browse(search?.trim() || undefined, offset, limit);
    const baseUrl = this.server?.tenantUrl ?? `http://${HOST}:${this.port()}${SCIM_BASE_PATH}`;
    const profile = this.profile();
    return {
      total,
      items: rows.map((row) => ({
        id: row.id,
        name: (type === 'User' ? row.user_name : row.display_name) ?? row.id,
        externalId: row.external_id,
        active: row.active === undefined || row.active === null ? null : row.active === 1,
        lastModified: row.last_modified,
        json: JSON.stringify(resourceView(this.store, profile, type, row, baseUrl, { members: true }), null, 2),
      })),
    };
  }

  reset(): ScimStatus {
    this.store.reset();
    return this.status();
  }

  async dispose(): Promise<void> {
    await this.stop();
    this.storeInstance?.close();
    this.storeInstance = null;
  }
}
