import { z } from 'zod';
import { PROVISIONING_ACTIONS, PROVISIONING_RESULTS } from '../graph/provisioning-log';

const term = z.string().trim().min(1).max(400);

/** Every filter the viewer, the CLI and the IPC contract know. Empty means "all". */
export const logFilterSchema = z
  .object({
    since: z.iso.datetime({ offset: true }).optional(),
    until: z.iso.datetime({ offset: true }).optional(),
    status: z.array(z.enum(PROVISIONING_RESULTS)).max(10).optional(),
    action: z.array(z.enum(PROVISIONING_ACTIONS)).max(10).optional(),
    /** Service principal id (exact) or app display name (contains). */
    app: term.optional(),
    /** Source or target id (exact) or display name (contains). */
    identity: term.optional(),
    /** Exact source or target id: one identity's history. */
    subjectId: term.optional(),
    sourceSystem: term.optional(),
    targetSystem: term.optional(),
    jobId: term.optional(),
    cycleId: term.optional(),
    changeId: term.optional(),
    errorCode: term.optional(),
    initiatedBy: term.optional(),
    /** 'trial' keeps only trial-sync records, 'real' everything else. */
    origin: z.enum(['trial', 'real']).optional(),
    /** Full-text search over identities, error codes, reasons and step descriptions. */
    text: term.optional(),
  })
  .strict();
export type LogFilter = z.infer<typeof logFilterSchema>;

export const LOG_SORT_COLUMNS = ['activityDateTime', 'status', 'action', 'identity', 'app', 'duration', 'errorCode', 'sourceSystem', 'targetSystem'] as const;
export type LogSortColumn = (typeof LOG_SORT_COLUMNS)[number];
export const logSortSchema = z.object({ column: z.enum(LOG_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) }).strict();
export type LogSort = z.infer<typeof logSortSchema>;
export const DEFAULT_LOG_SORT: LogSort = { column: 'activityDateTime', direction: 'desc' };

export const LOG_STATS_DIMENSIONS = ['status', 'action', 'app', 'errorCode', 'day', 'cycle', 'identity'] as const;
export type LogStatsDimension = (typeof LOG_STATS_DIMENSIONS)[number];

export const DATE_PRESETS = ['24h', '7d', '30d', '1m', 'all'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];
export const DATE_PRESET_LABELS: Record<DatePreset, string> = { '24h': '24 hours', '7d': '7 days', '30d': '30 days', '1m': 'One month', all: 'All time' };

/** The `since` of a date preset relative to `now` (the portal's Date filter choices). */
export function presetSince(preset: DatePreset, now: Date): string | undefined {
  const day = 86_400_000;
  switch (preset) {
    case '24h':
      return new Date(now.getTime() - day).toISOString();
    case '7d':
      return new Date(now.getTime() - 7 * day).toISOString();
    case '30d':
      return new Date(now.getTime() - 30 * day).toISOString();
    case '1m': {
      const since = new Date(now);
      since.setUTCMonth(since.getUTCMonth() - 1);
      return since.toISOString();
    }
    case 'all':
      return undefined;
  }
}

/**
 * Parses a time given on the command line: an ISO date/time, or a relative span like `7d`, `24h`,
 * `90m` meaning that long before `now`. Returns null when it is neither.
 */
export function parseTimeArg(value: string, now: Date): string | null {
  const relative = /^(\d+)\s*([dhm])$/.exec(value.trim());
  if (relative) {
    const unit = { d: 86_400_000, h: 3_600_000, m: 60_000 }[relative[2] as 'd' | 'h' | 'm'];
    return new Date(now.getTime() - Number(relative[1]) * unit).toISOString();
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
