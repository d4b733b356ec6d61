import type { EntraLink, EntraState } from '../../../../shared/sync';
import type { Db } from '../connection';

export interface TrialScope {
  tenantId: string;
  appId: string;
  /** 'local' or the target's normalised base URL. */
  targetKey: string;
}

export interface TrialRunRow {
  id: string;
  tenant_id: string;
  app_id: string;
  target_key: string;
  started_at: string;
  scenario: string;
  subject_kind: string;
  subject_name: string;
  status: string;
  verdict: string;
}

interface LinkRow {
  source_id: string;
  kind: 'User' | 'Group';
  display_name: string;
  target_id: string;
  managed: number;
  last_exported: string;
  updated_at: string;
}

/** Entra's side of the trial-sync state and the runs kept for comparison. */
export class TrialRepository {
  private readonly linksStmt;
  private readonly clearLinksStmt;
  private readonly insertLinkStmt;
  private readonly insertRunStmt;
  private readonly runsStmt;
  private readonly runStmt;
  private readonly clearRunsStmt;
  private readonly saveState;

  constructor(db: Db) {
    this.linksStmt = db.prepare(`SELECT source_id, kind, display_name, target_id, managed, last_exported, updated_at FROM trial_links
      WHERE tenant_id = @tenantId AND app_id = @appId AND target_key = @targetKey ORDER BY kind DESC, display_name COLLATE NOCASE`);
    this.clearLinksStmt = db.prepare(`DELETE FROM trial_links WHERE tenant_id = @tenantId AND app_id = @appId AND target_key = @targetKey`);
    this.insertLinkStmt = db.prepare(`INSERT INTO trial_links (tenant_id, app_id, target_key, source_id, kind, display_name, target_id, managed, last_exported, updated_at)
      VALUES (@tenantId, @appId, @targetKey, @sourceId, @kind, @displayName, @targetId, @managed, @lastExported, @updatedAt)`);
    this.insertRunStmt = db.prepare(`INSERT INTO trial_runs (id, tenant_id, app_id, target_key, started_at, scenario, subject_kind, subject_name, status, verdict, json)
      VALUES (@id, @tenantId, @appId, @targetKey, @startedAt, @scenario, @subjectKind, @subjectName, @status, @verdict, @json)`);
    this.runsStmt = db.prepare(`SELECT id, tenant_id, app_id, target_key, started_at, scenario, subject_kind, subject_name, status, verdict FROM trial_runs
      WHERE tenant_id = ? AND app_id = ? ORDER BY started_at DESC, rowid DESC LIMIT ?`);
    this.runStmt = db.prepare(`SELECT json FROM trial_runs WHERE id = ?`);
    this.clearRunsStmt = db.prepare(`DELETE FROM trial_runs WHERE tenant_id = ? AND app_id = ?`);
    this.saveState = db.transaction((scope: TrialScope, state: EntraState) => {
      this.clearLinksStmt.run(scope);
      for (const link of Object.values(state.links)) {
        this.insertLinkStmt.run({ ...scope, ...link, managed: link.managed ? 1 : 0, lastExported: JSON.stringify(link.lastExported) });
      }
    });
  }

  state(scope: TrialScope): EntraState {
    const links: Record<string, EntraLink> = {};
    for (const row of this.linksStmt.all(scope) as LinkRow[]) {
      links[row.source_id] = {
        sourceId: row.source_id,
        kind: row.kind,
        displayName: row.display_name,
        targetId: row.target_id,
        managed: row.managed === 1,
        lastExported: JSON.parse(row.last_exported) as Record<string, unknown>,
        updatedAt: row.updated_at,
      };
    }
    return { links };
  }

  /** Replaces the whole state of one app and target in one transaction. */
  replaceState(scope: TrialScope, state: EntraState): void {
    this.saveState.immediate(scope, state);
  }

  resetState(scope: TrialScope): number {
    return this.clearLinksStmt.run(scope).changes;
  }

  addRun(scope: TrialScope, run: { id: string; startedAt: string; scenario: string; subjectKind: string; subjectName: string; status: string; verdict: string; json: string }): void {
    this.insertRunStmt.run({ ...scope, ...run });
  }

  runs(tenantId: string, appId: string, limit = 200): TrialRunRow[] {
    return this.runsStmt.all(tenantId, appId, limit) as TrialRunRow[];
  }

  runJson(id: string): string | undefined {
    return (this.runStmt.get(id) as { json: string } | undefined)?.json;
  }

  clearRuns(tenantId: string, appId: string): number {
    return this.clearRunsStmt.run(tenantId, appId).changes;
  }
}
