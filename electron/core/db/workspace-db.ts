import type { Logger } from '../logger';
import { openWorkspaceDb, type Db, type OpenOptions } from './connection';
import { AppsRepository } from './repositories/apps';
import { DirectoryRepository } from './repositories/directory';
import { ProvisioningLogImportsRepository, ProvisioningLogReads, ProvisioningLogsRepository } from './log-store';
import { TenantsRepository } from './repositories/tenants';
import { TrialRepository } from './repositories/trial';

/** The workspace database with its repositories: the only way the rest of the core reaches SQL. */
export class WorkspaceDb {
  readonly tenants: TenantsRepository;
  readonly directory: DirectoryRepository;
  readonly apps: AppsRepository;
  readonly logs: ProvisioningLogsRepository;
  readonly logReads: ProvisioningLogReads;
  readonly logImports: ProvisioningLogImportsRepository;
  readonly trial: TrialRepository;

  private constructor(
    readonly db: Db,
    readonly file: string,
  ) {
    this.tenants = new TenantsRepository(db);
    this.directory = new DirectoryRepository(db);
    this.apps = new AppsRepository(db);
    this.logs = new ProvisioningLogsRepository(db);
    this.logReads = new ProvisioningLogReads(db);
    this.logImports = new ProvisioningLogImportsRepository(db);
    this.trial = new TrialRepository(db);
  }

  static open(file: string, options: OpenOptions & { logger?: Logger } = {}): WorkspaceDb {
    return new WorkspaceDb(openWorkspaceDb(file, options), file);
  }

  /** Runs `fn` in one IMMEDIATE transaction: all of it lands, or none of it. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
