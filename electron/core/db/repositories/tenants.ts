import type { Db } from '../connection';

export interface TenantRow {
  id: string;
  display_name: string;
  default_domain: string | null;
  source: 'sample' | 'graph' | 'file';
  fetched_at: string;
  json: string;
  app_count: number;
}

export class TenantsRepository {
  private readonly upsertStmt;
  private readonly listStmt;
  private readonly getStmt;

  constructor(db: Db) {
    this.upsertStmt = db.prepare(`
      INSERT INTO tenants (id, display_name, default_domain, source, fetched_at, json)
      VALUES (@id, @displayName, @defaultDomain, @source, @fetchedAt, @json)
      ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, default_domain = excluded.default_domain,
        source = excluded.source, fetched_at = excluded.fetched_at, json = excluded.json`);
    const select = `SELECT t.*, (SELECT COUNT(DISTINCT j.service_principal_id) FROM sync_jobs j WHERE j.tenant_id = t.id) AS app_count FROM tenants t`;
    this.listStmt = db.prepare(`${select} ORDER BY t.source = 'sample', t.display_name COLLATE NOCASE`);
    this.getStmt = db.prepare(`${select} WHERE t.id = ?`);
  }

  upsert(tenant: { id: string; displayName: string; defaultDomain: string | null; source: TenantRow['source']; fetchedAt: string; json: string }): void {
    this.upsertStmt.run(tenant);
  }

  list(): TenantRow[] {
    return this.listStmt.all() as TenantRow[];
  }

  get(id: string): TenantRow | undefined {
    return this.getStmt.get(id) as TenantRow | undefined;
  }
}
