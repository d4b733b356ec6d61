import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WorkspaceDb } from '../../../../electron/core/db/workspace-db';
import { generateSampleTenant } from '../../../../sample-tenant';
import type { Snapshot } from '../../../../shared/snapshot/schema';

export const SAMPLE_NOW = new Date('2026-11-20T12:00:00Z');

let cached: Snapshot | undefined;
/** The sample tenant for a fixed "now" (generated once per test file; callers must not mutate it). */
export function sample(): Snapshot {
  cached ??= generateSampleTenant({ now: SAMPLE_NOW });
  return cached;
}

/** A real workspace file in a fresh temp dir. */
export function tempWorkspace(): { workspace: WorkspaceDb; dir: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pwb-ws-'));
  const workspace = WorkspaceDb.open(path.join(dir, 'workspace.sqlite'));
  return {
    workspace,
    dir,
    dispose: () => {
      workspace.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
