import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { profileById } from '../../../shared/vendors';
import type { VendorProfile } from '../../../shared/scim/schema/types';
import { ScimStore } from '../db/scim/scim-store';
import type { Logger } from '../logger';
import { generateToken } from '../scim/http/bearer-token';
import { startScimServer, type ScimServer } from '../scim/http/server';
import { resourceView } from '../scim/resource-view';

export const TRIAL_TARGETS_DIR = 'trial-targets';

interface Running {
  store: ScimStore;
  server: ScimServer | null;
  profile: VendorProfile;
}

export interface LocalTarget {
  tenantUrl: string;
  token: string;
  profileId: string;
  storeFile: string;
}

const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100);

/**
 * Each app gets its own local SCIM endpoint for trial syncs: a SCIM store file of its own (so two
 * apps never see each other's users) served on 127.0.0.1 with the app's vendor profile, started on
 * first use with a fresh random token and kept running until the core closes.
 */
export class LocalTargets {
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly dataDir: string,
    private readonly logger: Logger,
    private readonly nativeBinding?: string,
  ) {}

  storeFile(tenantId: string, appId: string): string {
    return path.join(this.dataDir, TRIAL_TARGETS_DIR, `${safe(tenantId)}--${safe(appId)}.scim.sqlite`);
  }

  private entry(tenantId: string, appId: string, profileId: string): Running {
    const key = `${tenantId}\u0000${appId}`;
    const profile = profileById(profileId);
    if (!profile) throw new AppError('BAD_REQUEST', `Unknown vendor profile "${profileId}".`);
    let running = this.running.get(key);
    if (!running) {
      const file = this.storeFile(tenantId, appId);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const store = ScimStore.open(file, { logger: this.logger, ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}) });
      running = { store, server: null, profile };
      this.running.set(key, running);
    }
    return running;
  }

  /** The app's endpoint, started (or restarted with another profile) as needed. */
  async get(tenantId: string, appId: string, profileId: string): Promise<LocalTarget> {
    const running = this.entry(tenantId, appId, profileId);
    if (running.server && running.profile.id !== profileId) {
      await running.server.close();
      running.server = null;
    }
    if (!running.server) {
      running.profile = profileById(profileId)!;
      running.server = await startScimServer({ store: running.store, profile: running.profile, token: generateToken(), host: '127.0.0.1', port: 0, logger: this.logger });
    }
    return { tenantUrl: running.server.tenantUrl, token: running.server.token, profileId: running.profile.id, storeFile: running.store.file };
  }

  /** The profile the app's endpoint last ran with in this process, if it ran. */
  runningProfile(tenantId: string, appId: string): string | null {
    return this.running.get(`${tenantId}\u0000${appId}`)?.profile.id ?? null;
  }

  /** The object the endpoint holds, as it would serve it (members included); null when absent. */
  view(tenantId: string, appId: string, profileId: string, kind: 'User' | 'Group', targetId: string): Record<string, unknown> | null {
    const running = this.entry(tenantId, appId, profileId);
    const row = (kind === 'User' ? running.store.users : running.store.groups).get(targetId);
    if (!row) return null;
    const baseUrl = running.server?.tenantUrl ?? 'http://127.0.0.1/scim/v2';
    return resourceView(running.store, running.profile, kind, row, baseUrl, { members: true });
  }

  reset(tenantId: string, appId: string, profileId: string): void {
    this.entry(tenantId, appId, profileId).store.reset();
  }

  async dispose(): Promise<void> {
    for (const running of this.running.values()) {
      if (running.server) await running.server.close();
      running.store.close();
    }
    this.running.clear();
  }
}
