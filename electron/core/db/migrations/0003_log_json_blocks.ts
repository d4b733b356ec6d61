/**
 * Makes the provisioning-log store cheap to write at a million records:
 * - records' JSON is stored in Brotli blocks of a few hundred records (`provisioning_log_blocks`),
 *   found through the row's `json_block`/`json_line`; rows written before keep their JSON in
 *   `provisioning_log_json`;
 * - steps and modified properties are read from the record's JSON (which always held them, losslessly),
 *   so their two copy tables go;
 * - the source-id and target-id indexes go: two random-key B-trees rewritten on every import batch.
 *   An identity's history is found through the full-text index, whose identities column holds
 *   those ids, and checked against the columns (see buildWhere).
 */
export const up = /* sql */ `
CREATE TABLE provisioning_log_blocks (
  id INTEGER PRIMARY KEY,
  codec TEXT NOT NULL,
  data BLOB NOT NULL
);
ALTER TABLE provisioning_logs ADD COLUMN json_block INTEGER;
ALTER TABLE provisioning_logs ADD COLUMN json_line INTEGER;
DROP TABLE provisioning_log_steps;
DROP TABLE provisioning_log_properties;
DROP INDEX provisioning_logs_source;
DROP INDEX provisioning_logs_target;
`;
