import { PROVISIONING_RESULTS } from '../../../../shared/graph/provisioning-log';
import type { LogFilter } from '../../../../shared/logs/log-filter';

const TRIAL_RUN = 'trial-run';

/** The logs section's path (after `~logs`) that opens one trial run's records: trial origin, cycle = run id. */
export function trialRunLogsPath(runId: string): string[] {
  return [TRIAL_RUN, runId];
}

const FILTER = 'filter';
/** The filter keys a link may carry (plain strings), and `status` as a comma-separated list. */
const LINK_KEYS = ['app', 'jobId', 'cycleId', 'since', 'until', 'identity', 'subjectId', 'errorCode'] as const;
type LinkKey = (typeof LINK_KEYS)[number];

/** The logs section's path that opens the viewer on this filter (e.g. one app's records during one cycle). */
export function logsPathForFilter(filter: Partial<Pick<LogFilter, LinkKey | 'status'>>): string[] {
  const path = [FILTER];
  for (const key of LINK_KEYS) {
    const value = filter[key];
    if (value) path.push(key, value);
  }
  if (filter.status?.length) path.push('status', filter.status.join(','));
  return path;
}

/** The filter a logs path asks for, or null when the path names none. */
export function filterFromLogsPath(path: readonly string[]): LogFilter | null {
  if (path[0] === TRIAL_RUN && path[1]) return { origin: 'trial', cycleId: path[1] };
  if (path[0] !== FILTER) return null;
  const filter: LogFilter = {};
  for (let i = 1; i + 1 < path.length; i += 2) {
    const key = path[i]!;
    const value = path[i + 1]!;
    if ((LINK_KEYS as readonly string[]).includes(key)) filter[key as LinkKey] = value;
    else if (key === 'status') filter.status = value.split(',').filter(isResult);
  }
  return Object.keys(filter).length > 0 ? filter : null;
}

function isResult(value: string): value is NonNullable<LogFilter['status']>[number] {
  return (PROVISIONING_RESULTS as readonly string[]).includes(value);
}
