import { z } from 'zod';
import { flattenRecord } from '../logs/log-row';
import { normalizeRecord, type NormalizeResult } from '../logs/normalize-record';

/**
 * One AADProvisioningLogs row (an object keyed by column name) as a provisioning-log record in
 * Graph's v1.0 shape. The names differ by viewer (graph-facts §1.5): ResultType is the status,
 * ResultSignature the error code, ResultDescription the reason, and the nested columns are JSON
 * strings. normalizeRecord holds that mapping for Azure Monitor exports; a pulled row is the same
 * thing arriving through the API, so it goes through the very same code and the same rejections.
 */
export function recordFromLaRow(row: Record<string, unknown>): NormalizeResult {
  return normalizeRecord(laRowInput(row));
}

/** The raw input the store's writer normalises: the row, marked as an Azure Monitor row even when projected without its Type. */
export function laRowInput(row: Record<string, unknown>): Record<string, unknown> {
  return { Type: 'AADProvisioningLogs', ...row };
}

/** A record of an identity's history as the Log Analytics panel lists it. */
export const laHistoryItemSchema = z.object({
  id: z.string(),
  activityDateTime: z.string(),
  status: z.string(),
  action: z.string(),
  appName: z.string().nullable(),
  sourceName: z.string().nullable(),
  targetName: z.string().nullable(),
  errorCode: z.string().nullable(),
  reason: z.string().nullable(),
});
export type LaHistoryItem = z.infer<typeof laHistoryItemSchema>;

export function historyItem(row: Record<string, unknown>): LaHistoryItem | null {
  const normalized = recordFromLaRow(row);
  if (!normalized.ok) return null;
  const { row: flat } = flattenRecord(normalized.record);
  return {
    id: flat.id,
    activityDateTime: new Date(flat.activityMs).toISOString(),
    status: flat.status,
    action: flat.action,
    appName: flat.appName,
    sourceName: flat.sourceName,
    targetName: flat.targetName,
    errorCode: flat.errorCode,
    reason: flat.reason,
  };
}
