/**
 * The text sets' full-text index merges its segments less eagerly, as migration 4 did for the
 * per-record index: on logs that repeat little (a large tenant's: a set per record) merging at
 * FTS5's default of four segments per level was a fifth of the writing thread's time; at 16 that
 * share goes (200,000 diverse records: 11.0 → 8.8 s of the writer's CPU), and a search reads at
 * most 16 segments per level.
 */
export const up = /* sql */ `
INSERT INTO provisioning_log_text_sets_fts (provisioning_log_text_sets_fts, rank) VALUES ('automerge', 16);
`;
