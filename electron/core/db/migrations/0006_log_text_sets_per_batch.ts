/**
 * Text sets are shared within an import batch rather than across the whole store: looking every set
 * up by digest cost a random-key index insert per new set, which made imports of logs that repeat
 * little (many users, few cycles) far slower than indexing each record's text. A set is now the
 * rowid of its full-text entry; the digest table goes.
 */
export const up = /* sql */ `
DROP TABLE provisioning_log_text_sets;
`;
