import * as m0001 from './0001_workspace';
import * as m0002 from './0002_provisioning_logs';
import * as m0003 from './0003_log_json_blocks';
import * as m0004 from './0004_log_fts_automerge';
import * as m0005 from './0005_log_text_sets';
import * as m0006 from './0006_log_text_sets_per_batch';
import * as m0007 from './0007_trial_sync';

export interface Migration {
  version: number;
  name: string;
  up: string;
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
];

export const LATEST_VERSION = MIGRATIONS.length;
