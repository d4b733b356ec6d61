import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Result, ResultError } from '../../../shared/ipc/result';
import { onEvent } from './api';
import { taskReducer, type TaskAction, type TaskState } from './taskState';

export interface Task<T> {
  state: TaskState<T>;
  busy: boolean;
  /** Starts `work` under a new task id (the core reports progress under it); resolves with its result. */
  run(label: string, work: (taskId: string) => Promise<Result<T>>): Promise<Result<T>>;
  /** Asks the core to stop the running task; its answer (usually "cancelled") still arrives through `run`. */
  cancel(): void;
  /** Shows a problem found before any work started (a file too large to upload). */
  refuse(error: ResultError): void;
  /** Clears the outcome. */
  dismiss(): void;
}

/**
 * Busy, progress, Cancel, error and a dismissible outcome for one kind of long work. `name` prefixes
 * task ids; `cancel` sends the cancel request for a task id.
 */
export function useTask<T>(name: string, cancel?: (taskId: string) => unknown): Task<T> {
  const [state, dispatch] = useReducer(taskReducer<T>, { status: 'idle' } as TaskState<T>);
  const running = useRef<string | null>(null);
  // The cancel request depends only on the task id, so the first one given is kept.
  const cancelRef = useRef(cancel);

  useEffect(
    () =>
      onEvent((event) => {
        if (event.type !== 'progress' || event.taskId !== running.current || event.finished) return;
        dispatch({ type: 'progress', taskId: event.taskId, label: event.label, done: event.done, total: event.total } satisfies TaskAction<T>);
      }),
    [],
  );

  const run = useCallback(
    async (label: string, work: (taskId: string) => Promise<Result<T>>) => {
      const taskId = `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      running.current = taskId;
      dispatch({ type: 'start', taskId, label });
      const result = await work(taskId);
      running.current = null;
      dispatch({ type: 'finish', taskId, result });
      return result;
    },
    [name],
  );

  return {
    state,
    busy: state.status === 'running',
    run,
    cancel: useCallback(() => {
      if (running.current) void cancelRef.current?.(running.current);
    }, []),
    refuse: useCallback((error: ResultError) => dispatch({ type: 'refuse', error }), []),
    dismiss: useCallback(() => dispatch({ type: 'dismiss' }), []),
  };
}
