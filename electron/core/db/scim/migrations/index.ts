import type { Migration } from '../../migrations';
import * as m0001 from './0001_scim_store';

/** The SCIM store's migrations (its own file and numbering). Append only. */
export const SCIM_MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'scim_store', up: m0001.up }];
