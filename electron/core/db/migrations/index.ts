import * as m0001 from './0001_workspace';
import * as m0002 from './0002_provisioning_logs';

export interface Migration {
  version: number;
  name: string;
  up: string;
}

/** Numbered, immutable migrations. Append only: never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'workspace', up: m0001.up },
  { version: 2, name: 'provisioning_logs', up: m0002.up },
];

export const LATEST_VERSION = MIGRATIONS.length;
