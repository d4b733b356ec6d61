import type { LogFilter } from '../../../../shared/logs/log-filter';

const TRIAL_RUN = 'trial-run';

/** The logs section's path (after `~logs`) that opens one trial run's records: trial origin, cycle = run id. */
export function trialRunLogsPath(runId: string): string[] {
  return [TRIAL_RUN, runId];
}

/** The filter a logs path asks for, or null when the path names none. */
export function filterFromLogsPath(path: readonly string[]): LogFilter | null {
  if (path[0] === TRIAL_RUN && path[1]) return { origin: 'trial', cycleId: path[1] };
  return null;
}
