import type { JobOverview } from '../../../shared/ipc/dto/apps';
import type { SynchronizationJob } from '../../../shared/graph/synchronization';

/** Graph's placeholders for "never": .NET DateTime.MinValue, and empty strings in quarantine objects. */
export function realTime(value: string | null | undefined): string | null {
  if (!value || value.startsWith('0001-01-01')) return null;
  return value;
}

/** Disabled jobs report TimeSpan.MaxValue as their interval: that means "not scheduled". */
export function scheduleInterval(interval: string | null | undefined): string | null {
  if (!interval || interval.startsWith('P10675199D')) return null;
  return interval;
}

type Execution = NonNullable<NonNullable<SynchronizationJob['status']>['lastExecution']>;

function cycle(execution: Execution | null | undefined): JobOverview['lastExecution'] {
  if (!execution) return null;
  const began = realTime(execution.timeBegan);
  const ended = realTime(execution.timeEnded);
  if (!began && !ended && !execution.countImported && !execution.countExported) return null;
  const errorCode = execution.error?.code && execution.error.code !== 'None' ? execution.error.code : null;
  return {
    state: execution.state ?? 'Unknown',
    timeBegan: began,
    timeEnded: ended,
    countExported: execution.countExported ?? null,
    countImported: execution.countImported ?? null,
    countEscrowed: execution.countEscrowed ?? null,
    errorCode,
    errorMessage: errorCode ? (execution.error?.message ?? null) : null,
  };
}

export function toJobOverview(job: SynchronizationJob): JobOverview {
  const status = job.status;
  const quarantine = status?.quarantine;
  return {
    id: job.id,
    templateId: job.templateId ?? '',
    statusCode: (status?.code ?? 'NotConfigured') as JobOverview['statusCode'],
    scheduleState: job.schedule?.state ?? 'Disabled',
    scheduleInterval: scheduleInterval(job.schedule?.interval),
    lastExecution: cycle(status?.lastExecution),
    lastSuccessfulExecution: cycle(status?.lastSuccessfulExecution),
    quarantine: quarantine
      ? {
          reason: quarantine.reason || 'Unknown',
          currentBegan: realTime(quarantine.currentBegan),
          nextAttempt: realTime(quarantine.nextAttempt),
          seriesCount: quarantine.seriesCount ?? null,
          errorCode: quarantine.error?.code ?? null,
          errorMessage: quarantine.error?.message ?? null,
        }
      : null,
    entryCounts: (status?.synchronizedEntryCountByType ?? []).map((e) => ({ key: e.key, value: Number(e.value) })),
    settings: (job.synchronizationJobSettings ?? []).map((s) => ({ name: s.name, value: String(s.value ?? '') })),
    countSuccessiveCompleteFailures: status?.countSuccessiveCompleteFailures ?? 0,
    steadyStateLastAchieved: realTime(status?.steadyStateLastAchievedTime),
  };
}
