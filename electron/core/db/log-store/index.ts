/**
 * The provisioning-log store: records written in packed batches (rows, JSON in compressed blocks,
 * full-text entries shared as text sets) and read back for the viewer. The importers in
 * electron/core/logs hand it records through LogBatchWriter; the workspace opens the repositories.
 * The import worker imports prepared-batch.ts and log-json-blocks.ts directly, so its bundle does
 * not carry the repositories.
 */
export { LogBatchWriter, type IngestCounts, type Rejection } from './log-batch-writer';
export { BatchBuilder, type PreparedBatch } from './prepared-batch';
export { ProvisioningLogsRepository, type ProvisioningLogInput } from './provisioning-logs';
export { ProvisioningLogReads } from './provisioning-log-reads';
export { ProvisioningLogImportsRepository } from './provisioning-log-imports';
