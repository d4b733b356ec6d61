import type {
  SynchronizationSchedule,
  SynchronizationStatus,
  SynchronizationTaskExecution,
} from '../shared/graph/synchronization';
import { GRAPH_MIN_DATE_TIME, TIMESPAN_MAX_VALUE } from '../shared/graph/synchronization';
import type { CycleSummary, JobHistory } from './job-history';
import { errorInformation } from './log-errors';
import type { SampleProvisioning } from './sample-app';
import { DAY, isoSeconds } from './time';

export function jobSchedule(provisioning: SampleProvisioning): SynchronizationSchedule {
  return provisioning.story.stopDaysAgo !== undefined
    ? { expiration: null, interval: TIMESPAN_MAX_VALUE, state: 'Disabled' }
    : { expiration: null, interval: 'PT40M', state: 'Active' };
}

function execution(cycle: CycleSummary, history: JobHistory, targetName: string): SynchronizationTaskExecution {
  const error = cycle.error ? errorInformation(cycle.error, { target: targetName, object: 'User', id: '' }) : null;
  return {
    activityIdentifier: cycle.cycleId,
    countEntitled: history.assignedUsers + history.provisionedGroups,
    countEntitledForProvisioning: history.provisionedUsers + history.provisionedGroups,
    countEscrowed: cycle.escrowed,
    countEscrowedRaw: cycle.escrowed,
    countExported: cycle.exported,
    countExports: cycle.exported + cycle.escrowed,
    countImported: cycle.imported,
    countImportedDeltas: cycle.imported,
    countImportedReferenceDeltas: 0,
    error: error ? { code: cycle.error, message: error.reason ?? '', tenantActionable: true } : null,
    state: cycle.error ? 'Failed' : cycle.escrowed > 0 ? 'EntryLevelErrors' : 'Succeeded',
    timeBegan: isoSeconds(cycle.beganMs),
    timeEnded: isoSeconds(cycle.endedMs),
  };
}

/** The job's `status`, consistent with the cycles that produced the sample's log records. */
export function jobStatus(
  provisioning: SampleProvisioning,
  history: JobHistory,
  targetName: string,
  objectNames: { user: string; group: string },
  now: Date,
): SynchronizationStatus {
  const { story } = provisioning;
  const cycles = history.cycles;
  const last = cycles[cycles.length - 1];
  const lastSuccessful = [...cycles].reverse().find((cycle) => !cycle.error && cycle.escrowed === 0);
  const lastWithExports = [...cycles].reverse().find((cycle) => !cycle.error && cycle.escrowed === 0 && cycle.exported > 0);
  const trailingFailures = cycles.length - 1 - cycles.map((cycle) => cycle.error !== null).lastIndexOf(false);
  const quarantined = story.quarantine !== undefined;
  const code = story.stopDaysAgo !== undefined ? 'Paused' : quarantined ? 'Quarantine' : 'Active';
  const firstCycle = cycles[0];
  const steadyFirst = story.startDaysAgo >= 30 ? now.getTime() - (story.startDaysAgo - 1) * DAY : (firstCycle?.endedMs ?? now.getTime());

  let quarantine: SynchronizationStatus['quarantine'] = null;
  if (story.quarantine) {
    const began = cycles.find((cycle) => cycle.error !== null)?.beganMs ?? now.getTime() - story.quarantine.daysAgo * DAY;
    const info = errorInformation(story.quarantine.error, { target: targetName, object: 'User', id: '' });
    quarantine = {
      currentBegan: isoSeconds(began),
      nextAttempt: isoSeconds((last?.beganMs ?? began) + DAY),
      reason: 'EncounteredQuarantineException',
      seriesBegan: isoSeconds(began),
      seriesCount: trailingFailures,
      error: { code: story.quarantine.error, message: info.reason ?? '', tenantActionable: true },
    };
  }

  return {
    code,
    countSuccessiveCompleteFailures: quarantined ? trailingFailures : 0,
    escrowsPruned: false,
    lastExecution: last ? execution(last, history, targetName) : null,
    lastSuccessfulExecution: lastSuccessful ? execution(lastSuccessful, history, targetName) : null,
    lastSuccessfulExecutionWithExports: lastWithExports ? execution(lastWithExports, history, targetName) : null,
    progress: [],
    quarantine,
    steadyStateFirstAchievedTime: isoSeconds(steadyFirst),
    steadyStateLastAchievedTime: lastSuccessful ? isoSeconds(lastSuccessful.endedMs) : GRAPH_MIN_DATE_TIME,
    synchronizedEntryCountByType: [
      { key: `user to ${objectNames.user.toLowerCase()}`, value: history.provisionedUsers },
      ...(history.provisionedGroups > 0 ? [{ key: `group to ${objectNames.group.toLowerCase()}`, value: history.provisionedGroups }] : []),
    ],
    troubleshootingUrl: null,
  };
}
