import path from 'node:path';
import type { Logger } from '../../logger';
import { openAppDb, type Db, type DbKind, type OpenOptions } from '../connection';
import { SCIM_MIGRATIONS } from './migrations';
import { MembersRepository } from './repositories/members';
import { ResourceRepository } from './repositories/resources';
import { RequestLogRepository } from './repositories/request-log';
import { SettingsRepository } from './repositories/settings';

/** 'PWBS': marks a SQLite file as a Provisioning Workbench local SCIM store. */
export const SCIM_APPLICATION_ID = 0x50574253;
export const SCIM_STORE_FILE = 'scim.sqlite';
export const DEFAULT_LOG_CAPACITY = 5000;

const SCIM_KIND: DbKind = { applicationId: SCIM_APPLICATION_ID, migrations: SCIM_MIGRATIONS, noun: 'SCIM store' };

/** The local SCIM endpoint's database (a file of its own, next to the workspace) and its repositories. */
export class ScimStore {
  readonly users: ResourceRepository;
  readonly groups: ResourceRepository;
  readonly members: MembersRepository;
  readonly log: RequestLogRepository;
  readonly settings: SettingsRepository;

  private constructor(
    readonly db: Db,
    readonly file: string,
    logCapacity: number,
  ) {
    this.users = new ResourceRepository(db, 'scim_users');
    this.groups = new ResourceRepository(db, 'scim_groups');
    this.members = new MembersRepository(db);
    this.log = new RequestLogRepository(db, logCapacity);
    this.settings = new SettingsRepository(db);
  }

  static open(file: string, options: OpenOptions & { logger?: Logger; logCapacity?: number } = {}): ScimStore {
    const { logCapacity, ...rest } = options;
    const db = openAppDb(file, SCIM_KIND, rest);
    if (!rest.readonly) {
      // Tuned for a server under load (measured: writes about 2x faster on 100k users): a larger page
      // cache, reads through mmap, and fewer, larger WAL checkpoints. Durability is unchanged (WAL,
      // synchronous=NORMAL: a committed write survives the process being killed).
      db.pragma('cache_size = -32768');
      db.pragma('mmap_size = 268435456');
      db.pragma('wal_autocheckpoint = 10000');
    }
    return new ScimStore(db, file, logCapacity ?? DEFAULT_LOG_CAPACITY);
  }

  /** Runs `fn` in one IMMEDIATE transaction: all of it lands, or none of it. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** Deletes every user, group, membership and log entry. */
  reset(): void {
    this.transaction(() => {
      this.members.clearAll();
      this.groups.clear();
      this.users.clear();
      this.log.clear();
    });
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** The SCIM store lives next to the workspace in the data dir. */
export function scimStorePath(dataDir: string): string {
  return path.join(dataDir, SCIM_STORE_FILE);
}
