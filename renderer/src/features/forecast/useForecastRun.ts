import { useEffect, useState } from 'react';
import type { ForecastSummary, ForecastTarget } from '../../../../shared/ipc/contracts/forecast';
import type { ResultError } from '../../../../shared/ipc/result';
import { invoke, onEvent } from '../../lib/api';
import { useQuery } from '../../lib/useQuery';

export interface ForecastProgressState {
  taskId: string;
  done: number;
  total: number;
  cancelling: boolean;
}

/**
 * Runs `forecast:run` with progress events and Cancel (as the log import and pull do), and shows the
 * core's latest forecast for the app until a new one is made.
 */
export function useForecastRun(tenantId: string, appId: string) {
  const latest = useQuery('forecast:latest', { tenantId, appId });
  const [made, setMade] = useState<ForecastSummary | null>(null);
  const [progress, setProgress] = useState<ForecastProgressState | null>(null);
  const [error, setError] = useState<ResultError | null>(null);
  const taskId = progress?.taskId ?? null;

  useEffect(() => {
    if (!taskId) return;
    return onEvent((event) => {
      if (event.type === 'progress' && event.taskId === taskId) setProgress((p) => (p && p.taskId === taskId ? { ...p, done: event.done, total: event.total ?? 0 } : p));
    });
  }, [taskId]);

  const run = async (target: ForecastTarget): Promise<ForecastSummary | null> => {
    const id = `forecast-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    setProgress({ taskId: id, done: 0, total: 0, cancelling: false });
    setError(null);
    const result = await invoke('forecast:run', { tenantId, appId, taskId: id, target });
    setProgress(null);
    if (result.ok) {
      setMade(result.value);
      return result.value;
    }
    setError(result.error);
    return null;
  };

  const cancel = () => {
    if (!taskId) return;
    setProgress((p) => (p ? { ...p, cancelling: true } : p));
    void invoke('forecast:cancel', { taskId });
  };

  const summary = made ?? latest.data ?? null;
  return { summary, loadingLatest: latest.status === 'loading' && !made, progress, error, run, cancel };
}
