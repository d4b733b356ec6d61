import type Database from 'better-sqlite3';
import * as m0001 from './0001_workspace';
import * as m0002 from './0002_provisioning_logs';
import * as m0003 from './0003_log_json_blocks';
import * as m0004 from './0004_log_fts_automerge';
import * as m0005 from './0005_log_text_sets';
import * as m0006 from './0006_log_text_sets_per_batch';
import * as m0007 from './0007_trial_sync';
import * as m0008 from './0008_on_demand_runs';
import * as m0009 from './0009_log_text_sets_automerge';
import * as m0010 from './0010_log_change_prefix_index';
import * as m0011 from './0011_log_rows_backfill';

export interface Migration {
  version: number;
  name: string;
  /** SQL, or code for a change SQL alone cannot make (rewriting rows from their JSON). */
  up: string | ((db: Database.Database) => void);
}

/** Numbered, immutable migrations. Append only: never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'workspace', up: m0001.up },
  { version: 2, name: 'provisioning_logs', up: m0002.up },
  { version: 3, name: 'log_json_blocks', up: m0003.up },
  { version: 4, name: 'log_fts_automerge', up: m0004.up },
  { version: 5, name: 'log_text_sets', up: m0005.up },
  { version: 6, name: 'log_text_sets_per_batch', up: m0006.up },
  { version: 7, name: 'trial_sync', up: m0007.up },
  { version: 8, name: 'on_demand_runs', up: m0008.up },
  { version: 9, name: 'log_text_sets_automerge', up: m0009.up },
  { version: 10, name: 'log_change_prefix_index', up: m0010.up },
  { version: 11, name: 'log_rows_backfill', up: m0011.up },
];

export const LATEST_VERSION = MIGRATIONS.length;
