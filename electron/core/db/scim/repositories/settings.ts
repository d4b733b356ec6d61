import type { Db } from '../../connection';

/** Small key/value settings of the endpoint (last port and profile), kept with its data. */
export class SettingsRepository {
  private readonly getStmt;
  private readonly setStmt;

  constructor(db: Db) {
    this.getStmt = db.prepare('SELECT value FROM scim_meta WHERE key = ?');
    this.setStmt = db.prepare('INSERT INTO scim_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  }

  get(key: string): string | undefined {
    return (this.getStmt.get(key) as { value: string } | undefined)?.value;
  }

  set(key: string, value: string): void {
    this.setStmt.run(key, value);
  }
}
