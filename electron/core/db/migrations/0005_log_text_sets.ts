/**
 * A record's searchable text (identities, error code, reason, step descriptions) is full-text
 * indexed once per distinct set instead of once per record: it repeats word for word across
 * cycles (the same user, app and outcome), and indexing it per record was a third of a large
 * import's time. A record points at its set through `text_set_id`. Records stored before keep
 * their own entries in `provisioning_logs_fts`; searches look in both.
 */
export const up = /* sql */ `
CREATE TABLE provisioning_log_text_sets (
  id INTEGER PRIMARY KEY,
  digest BLOB NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE provisioning_log_text_sets_fts USING fts5(identities, error_code, reason, descriptions, content = '', tokenize = 'unicode61');
ALTER TABLE provisioning_logs ADD COLUMN text_set_id INTEGER;
CREATE INDEX provisioning_logs_text_set ON provisioning_logs (text_set_id) WHERE text_set_id IS NOT NULL;
`;
